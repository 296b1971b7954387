/**
 * How multi-line RUNs are written, so that what we print looks like the rest of it:
 * `a \` + newline + `    && b` (operator first) or `a && \` + newline + `    b` (operator last), and the indent
 * of a line that starts a command. A RUN's own style wins where it shows one; the file's fills the gaps.
 */
import { continuationCut } from './logical-body.js';
const DEFAULT_STYLE = { operatorFirst: true, indent: '    ' };
const OPERATOR_AT_END = /(&&|\|\|)\s*$/;
const COMMAND_ENDS = /(&&|\|\||;|\||\bthen|\bdo|\belse|\{)\s*$/;
const OPERATOR_AT_START = /^\s*(&&|\|\|)/;
export function bodyStyle(raw, escapeChar) {
    const style = { operatorFirst: 0, operatorLast: 0, commandIndents: new Map(), lineIndents: new Map() };
    // Comment and blank lines inside a continuation are dropped by Docker: they neither join nor start commands.
    const lines = raw.split(/\r?\n/).filter((l, i) => i === 0 || (l.trim() !== '' && !l.trimStart().startsWith('#')));
    for (let i = 0; i < lines.length - 1; i++) {
        const line = lines[i];
        const cut = continuationCut(line, escapeChar);
        if (cut === -1)
            continue;
        const code = line.slice(0, cut);
        const next = lines[i + 1];
        if (OPERATOR_AT_END.test(code))
            style.operatorLast++;
        if (OPERATOR_AT_START.test(next))
            style.operatorFirst++;
        const indent = /^[ \t]*/.exec(next)[0];
        if (!indent)
            continue;
        count(style.lineIndents, indent);
        if (COMMAND_ENDS.test(code) || OPERATOR_AT_START.test(next))
            count(style.commandIndents, indent);
    }
    return style;
}
/** The style of the first body that shows one, else the file's (`fallback`). */
export function styleOf(bodies, fallback) {
    const operators = bodies.find((b) => b.operatorFirst !== b.operatorLast);
    const indented = bodies.find((b) => b.commandIndents.size > 0);
    return {
        operatorFirst: operators ? operators.operatorFirst > operators.operatorLast : fallback.operatorFirst,
        indent: indented ? mostCommon(indented.commandIndents) : fallback.indent,
    };
}
/** The file's style: the sum over its RUN bodies. */
export function detectStyle(rawBodies, escapeChar) {
    const total = { operatorFirst: 0, operatorLast: 0, commandIndents: new Map(), lineIndents: new Map() };
    for (const raw of rawBodies) {
        const body = bodyStyle(raw, escapeChar);
        total.operatorFirst += body.operatorFirst;
        total.operatorLast += body.operatorLast;
        for (const [indent, n] of body.commandIndents)
            count(total.commandIndents, indent, n);
        for (const [indent, n] of body.lineIndents)
            count(total.lineIndents, indent, n);
    }
    return {
        operatorFirst: total.operatorLast > total.operatorFirst ? false : DEFAULT_STYLE.operatorFirst,
        indent: mostCommon(total.commandIndents) ?? mostCommon(total.lineIndents) ?? DEFAULT_STYLE.indent,
    };
}
function count(map, key, n = 1) {
    map.set(key, (map.get(key) ?? 0) + n);
}
/** The most frequent key; the first seen on a tie. */
function mostCommon(map) {
    let best = null;
    let bestCount = 0;
    for (const [key, n] of map) {
        if (n > bestCount) {
            best = key;
            bestCount = n;
        }
    }
    return best;
}
