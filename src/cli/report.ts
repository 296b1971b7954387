/** What the user sees: coloured diffs, per-file lines, the summary and the JSON report. */
import { createColors } from 'picocolors';
import type { FileResult } from '../engine/process-file.js';
import { summarise, type Summary } from '../engine/summary.js';

export type Colors = ReturnType<typeof createColors>;

export function colorsFor(enabled: boolean): Colors {
  return createColors(enabled);
}

export function colorDiff(diff: string, c: Colors): string {
  return diff
    .split('\n')
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---')) return c.bold(line);
      if (line.startsWith('@@')) return c.cyan(line);
      if (line.startsWith('+')) return c.green(line);
      if (line.startsWith('-')) return c.red(line);
      return line;
    })
    .join('\n');
}

export function summaryLine(s: Summary, write: boolean, c: Colors): string {
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const reasons = (by: Partial<Record<string, number>>) => {
    const entries = Object.entries(by).filter(([, n]) => n);
    return entries.length ? ` (${entries.map(([why, n]) => `${n} ${why}`).join(', ')})` : '';
  };
  const parts = [
    `${plural(s.files, 'file')}: ${s.changed} ${write ? 'written' : 'to change'}, ${s.unchanged} unchanged, ` +
      `${s.skipped} skipped${reasons(s.skippedBy)}, ${plural(s.errors, 'error')}${reasons(s.errorsBy)}`,
  ];
  if (s.runsMerged > 0) parts.push(`${s.runsMerged} RUNs merged (${plural(s.layersRemoved, 'layer')} fewer)`);
  if (s.teardowns > 0) parts.push(`${plural(s.teardowns, 'teardown')} added`);
  if (s.flags > 0) parts.push(`${plural(s.flags, 'install flag')} added`);
  if (s.stagesNotShipping > 0)
    parts.push(`${plural(s.stagesNotShipping, 'build stage')} not shipped, left alone (--all-stages rewrites)`);
  if (s.heldBack > 0)
    parts.push(`${plural(s.heldBack, 'unsafe fix', 'unsafe fixes')} held back (--unsafe applies them)`);
  const line = parts.join(' · ');
  return s.errors > 0 ? c.red(line) : line;
}

export function jsonReport(results: readonly FileResult[]): string {
  return (
    JSON.stringify(
      {
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
      },
      null,
      2,
    ) + '\n'
  );
}
