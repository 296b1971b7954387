import { commentBlockStart, lineStartOf } from './runs.js';
const SAFE_TEXT = /^[^$"'`\\]*$/;
const REFERENCE = /\$\{(\w+)(?::[-+]([^}]*))?\}|\$(\w+)/g;
/** Null when some ENV/ARG between the members cannot be reproduced exactly in the shell. */
export function crossingPlan(doc, group) {
    const exportsBefore = group.map(() => []);
    const unsetAfter = group.map(() => []);
    const movedAbove = [];
    const movedBelow = [];
    const firstEnv = group[0].run.env;
    const assigned = new Set();
    for (const [i, entry] of group.entries()) {
        // What the first member crossed lies before the group: it stays where it is.
        if (i === 0)
            continue;
        for (const ins of entry.crossed) {
            const text = doc.text.slice(commentBlockStart(doc.text, lineStartOf(doc.text, ins.start)), ins.end);
            if (ins.keyword === 'ENV') {
                const parts = [];
                for (const [k, { name, raw }] of ins.assignments.entries()) {
                    const value = shellValue(raw, ins.assignments.slice(0, k).map((a) => a.name));
                    if (value === null)
                        return null;
                    parts.push(`${name}="${value}"`);
                    assigned.add(name);
                }
                exportsBefore[i].push(`export ${parts.join(' ')}`);
                movedBelow.push(text);
            }
            else {
                for (const { name } of ins.assignments) {
                    // An earlier ENV/ARG of the same name, or an ENV in the group, would take precedence over the ARG.
                    if (firstEnv.has(name) || assigned.has(name) || referencedBefore(group, i, name))
                        return null;
                    for (let j = 0; j < i; j++)
                        unsetAfter[j].push(name);
                }
                movedAbove.push(text);
            }
        }
    }
    return {
        crosses: movedAbove.length + movedBelow.length > 0,
        exportsBefore,
        unset: unsetAfter,
        movedAbove,
        movedBelow,
    };
}
/**
 * An ENV value as a double-quoted shell word with the same expansion: plain text and `$VAR`, `${VAR}`,
 * `${VAR:-x}`, `${VAR:+x}` only, and no reference to a name set earlier in the same ENV (the builder expands
 * it with the value from before the instruction, `export A=1 B=$A` with the new one). `PATH=/x:$PATH` is fine.
 */
function shellValue(raw, setEarlierInSameEnv) {
    if (raw === null)
        return null;
    const inner = /^"[^"]*"$/.test(raw) ? raw.slice(1, -1) : raw;
    if (!/^"/.test(raw) && /\s/.test(inner))
        return null;
    let ok = true;
    const rest = inner.replace(REFERENCE, (_m, braced, word, plain) => {
        const name = (braced ?? plain);
        if (setEarlierInSameEnv.includes(name) || (word !== undefined && !SAFE_TEXT.test(word)))
            ok = false;
        return '';
    });
    return ok && SAFE_TEXT.test(rest) ? inner : null;
}
function referencedBefore(group, index, name) {
    const pattern = new RegExp(`\\$\\{?${name}\\b`);
    return group
        .slice(1, index + 1)
        .flatMap((e) => e.crossed)
        .some((ins) => ins.keyword === 'ENV' && ins.assignments.some((a) => pattern.test(a.raw ?? '')));
}
