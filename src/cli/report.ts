/** What the user sees: diffs, per-file lines, the summary and the JSON report. */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { createColors } from 'picocolors';
import type { FileResult } from './process-file.js';

export type Colors = ReturnType<typeof createColors>;

export function colorsFor(enabled: boolean): Colors {
  return createColors(enabled);
}

export function unifiedDiff(result: FileResult): string {
  const name = result.path.replace(/^\/+/, '');
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, result.original, result.output, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  });
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

export interface Summary {
  files: number;
  changed: number;
  unchanged: number;
  skipped: number;
  errors: number;
  runsMerged: number;
  layersRemoved: number;
  teardowns: number;
  flags: number;
  heldBack: number;
}

export function summarise(results: FileResult[]): Summary {
  const s: Summary = {
    files: results.length,
    changed: 0,
    unchanged: 0,
    skipped: 0,
    errors: 0,
    runsMerged: 0,
    layersRemoved: 0,
    teardowns: 0,
    flags: 0,
    heldBack: 0,
  };
  for (const r of results) {
    if (r.status === 'changed') s.changed++;
    else if (r.status === 'unchanged') s.unchanged++;
    else if (r.status === 'skipped') s.skipped++;
    else s.errors++;
    s.heldBack += r.heldBack.length;
    for (const fix of r.fixes) {
      const runs = Number(fix.data?.['runs'] ?? 0);
      if (fix.ruleId === 'merge-runs') {
        s.runsMerged += runs;
        s.layersRemoved += runs - 1;
      } else if (fix.ruleId === 'teardown') s.teardowns++;
      else if (fix.ruleId === 'no-cache-flag') s.flags += Number(fix.data?.['flags'] ?? 1);
    }
  }
  return s;
}

export function summaryLine(s: Summary, write: boolean, c: Colors): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [
    `${plural(s.files, 'file')}: ${s.changed} ${write ? 'written' : 'to change'}, ${s.unchanged} unchanged, ${s.skipped} skipped, ${plural(s.errors, 'error')}`,
  ];
  if (s.runsMerged > 0) parts.push(`${s.runsMerged} RUNs merged (${plural(s.layersRemoved, 'layer')} fewer)`);
  if (s.teardowns > 0) parts.push(`${plural(s.teardowns, 'teardown')} added`);
  if (s.flags > 0) parts.push(`${plural(s.flags, 'no-cache flag')} added`);
  if (s.heldBack > 0)
    parts.push(`${`${s.heldBack} unsafe ${s.heldBack === 1 ? 'fix' : 'fixes'}`} held back (--unsafe applies them)`);
  const line = parts.join(' · ');
  return s.errors > 0 ? c.red(line) : line;
}

export function jsonReport(results: FileResult[]): string {
  return (
    JSON.stringify(
      {
        files: results.map((r) => ({
          path: r.path,
          status: r.status,
          ...(r.message ? { message: r.message } : {}),
          written: r.written,
          fixes: r.fixes.map((f) => ({
            ruleId: f.ruleId,
            message: f.message,
            applicability: f.applicability,
            pass: f.pass,
            ...f.data,
          })),
          heldBack: r.heldBack.map((f) => ({ ruleId: f.ruleId, message: f.message, applicability: f.applicability })),
          ...(r.status === 'changed' ? { diff: unifiedDiff(r) } : {}),
        })),
        summary: summarise(results),
      },
      null,
      2,
    ) + '\n'
  );
}
