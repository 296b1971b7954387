/**
 * How the file already writes multi-line RUNs, so that what we print looks like the rest of it:
 * `a \` + newline + `    && b` (operator first) or `a && \` + newline + `    b` (operator last), and the indent.
 */
import { continuationCut } from './logical-body.js';
const DEFAULT_STYLE = { operatorFirst: true, indent: '    ' };
export function detectStyle(rawBodies, escapeChar) {
    let first = 0;
    let last = 0;
    const indents = new Map();
    for (const raw of rawBodies) {
        const lines = raw.split(/\r?\n/);
        for (let i = 0; i < lines.length - 1; i++) {
            const line = lines[i];
            const cut = continuationCut(line, escapeChar);
            if (cut === -1)
                continue;
            if (/(&&|\|\|)\s*$/.test(line.slice(0, cut)))
                last++;
            const next = lines[i + 1];
            if (/^\s*(&&|\|\|)/.test(next))
                first++;
            const indent = /^[ \t]*/.exec(next)[0];
            if (indent && !next.trimStart().startsWith('#'))
                indents.set(indent, (indents.get(indent) ?? 0) + 1);
        }
    }
    let indent = DEFAULT_STYLE.indent;
    let best = 0;
    for (const [candidate, count] of indents) {
        if (count > best) {
            best = count;
            indent = candidate;
        }
    }
    return { operatorFirst: last > first ? false : true, indent };
}
