/** What the user sees: coloured diffs, per-file lines, the summary and the JSON report. */
import { createColors } from 'picocolors';
import { summarise } from '../engine/summary.js';
export function colorsFor(enabled) {
    return createColors(enabled);
}
export function colorDiff(diff, c) {
    return diff
        .split('\n')
        .map((line) => {
        if (line.startsWith('+++') || line.startsWith('---'))
            return c.bold(line);
        if (line.startsWith('@@'))
            return c.cyan(line);
        if (line.startsWith('+'))
            return c.green(line);
        if (line.startsWith('-'))
            return c.red(line);
        return line;
    })
        .join('\n');
}
export function summaryLine(s, write, c) {
    const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
    const reasons = (by) => {
        const entries = Object.entries(by).filter(([, n]) => n);
        return entries.length ? ` (${entries.map(([why, n]) => `${n} ${why}`).join(', ')})` : '';
    };
    const parts = [
        `${plural(s.files, 'file')}: ${s.changed} ${write ? 'written' : 'to change'}, ${s.unchanged} unchanged, ` +
            `${s.skipped} skipped${reasons(s.skippedBy)}, ${plural(s.errors, 'error')}${reasons(s.errorsBy)}`,
    ];
    if (s.runsMerged > 0)
        parts.push(`${s.runsMerged} RUNs merged (${plural(s.layersRemoved, 'layer')} fewer)`);
    if (s.teardowns > 0)
        parts.push(`${plural(s.teardowns, 'teardown')} added`);
    if (s.flags > 0)
        parts.push(`${plural(s.flags, 'install flag')} added`);
    if (s.stagesNotShipping > 0)
        parts.push(`${plural(s.stagesNotShipping, 'build stage')} not shipped, left alone (--all-stages rewrites)`);
    if (s.heldBack > 0)
        parts.push(`${plural(s.heldBack, 'unsafe fix', 'unsafe fixes')} held back (--unsafe applies them)`);
    const line = parts.join(' · ');
    return s.errors > 0 ? c.red(line) : line;
}
export function jsonReport(results) {
    return (JSON.stringify({
        files: results.map((r) => ({
            path: r.path,
            status: r.status,
            ...(r.message ? { message: r.message } : {}),
            ...(r.reason ? { reason: r.reason } : {}),
            written: r.written,
            fixes: r.fixes.map((f) => ({
                ruleId: f.ruleId,
                message: f.message,
                applicability: f.applicability,
                pass: f.pass,
                range: f.span.range,
                ...f.data,
            })),
            heldBack: r.heldBack,
            stagesNotShipping: r.stagesNotShipping,
            ...(r.diff !== undefined ? { diff: r.diff } : {}),
        })),
        summary: summarise(results),
    }, null, 2) + '\n');
}
