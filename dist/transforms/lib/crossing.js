import { builderParts, shellQuoted, staticEnvBefore } from './builder-env.js';
import { commentBlockStart, lineStartOf } from './runs.js';
/**
 * Variables a shell reads at start-up or gives its own meaning to: exported in the middle of a chain they do
 * not act as they would in a fresh RUN's shell (which resets IFS, reads ENV/BASH_ENV, sets PWD …).
 */
const SHELL_SPECIAL = /^(IFS|PS[1-4]|ENV|BASH_ENV|BASH\w*|SHELLOPTS|CDPATH|GLOBIGNORE|POSIXLY_CORRECT|PWD|OLDPWD|SHLVL|OPTIND|OPTARG|LINENO|RANDOM|SECONDS|HOSTNAME|PPID|UID|EUID|GROUPS|TMOUT|HISTFILE|FUNCNEST|EXECIGNORE)$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Null when some ENV/ARG between the members cannot be reproduced exactly in the shell. */
export function crossingPlan(doc, group) {
    const exportsBefore = group.map(() => []);
    const unsetAfter = group.map(() => []);
    const movedAbove = [];
    const movedBelow = [];
    const firstEnv = group[0].run.env;
    const assigned = new Set();
    let safe = true;
    for (const [i, entry] of group.entries()) {
        // What the first member crossed lies before the group: it stays where it is.
        if (i === 0)
            continue;
        for (const ins of entry.crossed) {
            const lineStart = lineStartOf(doc.text, ins.start);
            const text = doc.text.slice(commentBlockStart(doc.text, lineStart), ins.end);
            if (ins.keyword === 'ENV') {
                const env = staticEnvBefore(doc, ins);
                const parts = [];
                for (const { name, raw } of ins.assignments) {
                    const value = raw === null ? null : builderParts(raw, env, doc.escapeChar);
                    const word = value && (authorsQuoting(raw, doc.escapeChar) ?? shellQuoted(value));
                    if (!word || !NAME.test(name) || SHELL_SPECIAL.test(name))
                        return null;
                    parts.push(`${name}=${word}`);
                    if (!isPlainLiteral(raw, doc.escapeChar))
                        safe = false;
                    assigned.add(name);
                }
                exportsBefore[i].push(`export ${parts.join(' ')}`);
                // Its comment lines describe what follows: they stay with the export in the chain (see merge-runs).
                // A blank line that set the ENV apart goes along with it.
                if (blankLineBefore(doc.text, commentBlockStart(doc.text, lineStart)))
                    movedBelow.push('');
                movedBelow.push(doc.text.slice(lineStart, ins.end));
            }
            else {
                safe = false;
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
        safe,
        exportsBefore,
        unset: unsetAfter,
        movedAbove,
        movedBelow,
    };
}
/**
 * A value the builder takes literally: no expansion, no escape character, no line break, and quotes (if any)
 * only around the whole value. A bare value with blanks (the legacy `ENV MSG hello world` form) is left to
 * --unsafe: its whitespace handling is the builder's and not obviously the same everywhere.
 */
function isPlainLiteral(raw, escapeChar) {
    const inner = /^"[^"]*"$|^'[^']*'$/.test(raw) ? raw.slice(1, -1) : raw;
    if (inner.includes('$') || inner.includes(escapeChar) || /["'\r\n]/.test(inner))
        return false;
    return inner === raw ? !/\s/.test(raw) : true;
}
/**
 * A plain literal already quoted by the author (`"cockpit-ws"`, `'a b'`) in a form the shell reads the same way as
 * the builder did: the export keeps the author's spelling. null when it must be quoted anew.
 */
function authorsQuoting(raw, escapeChar) {
    if (!isPlainLiteral(raw, escapeChar))
        return null;
    return /^'[^']*'$|^"[^"`\\$]*"$/.test(raw) ? raw : null;
}
/** The line above `lineStart` is blank (only blanks), so the text there was set apart from what came before. */
function blankLineBefore(text, lineStart) {
    if (lineStart === 0)
        return false;
    const previous = text.lastIndexOf('\n', lineStart - 2) + 1;
    return text.slice(previous, lineStart).trim() === '';
}
function referencedBefore(group, index, name) {
    const pattern = new RegExp(`\\$\\{?${name}\\b`);
    return group
        .slice(1, index + 1)
        .flatMap((e) => e.crossed)
        .some((ins) => ins.keyword === 'ENV' && ins.assignments.some((a) => pattern.test(a.raw ?? '')));
}
