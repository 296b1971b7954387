/** What the user sees: coloured diffs, per-file lines, the summary and the JSON report. */
import { createColors } from 'picocolors';
import type { FileResult, Reason } from './process-file.js';

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

export interface Summary {
  files: number;
  changed: number;
  unchanged: number;
  skipped: number;
  errors: number;
  /** Skipped and failed files by reason (e.g. `ignore-file pragma`, `parse error`, `not written`). */
  skippedBy: Partial<Record<Reason, number>>;
  errorsBy: Partial<Record<Reason, number>>;
  runsMerged: number;
  layersRemoved: number;
  teardowns: number;
  flags: number;
  heldBack: number;
  /** Build stages left without a teardown because their filesystem never ships (--all-stages adds them). */
  stagesNotShipping: number;
}

const FLAG_RULES = new Set(['no-cache-flag', 'slim-install']);

export function emptySummary(): Summary {
  return {
    files: 0,
    changed: 0,
    unchanged: 0,
    skipped: 0,
    errors: 0,
    skippedBy: {},
    errorsBy: {},
    runsMerged: 0,
    layersRemoved: 0,
    teardowns: 0,
    flags: 0,
    heldBack: 0,
    stagesNotShipping: 0,
  };
}

export function summarise(results: readonly FileResult[]): Summary {
  const s = emptySummary();
  for (const r of results) addToSummary(s, r);
  return s;
}

/** Counts one file in; a batch can be summarised as it streams, without keeping its results. */
export function addToSummary(s: Summary, r: FileResult): void {
  s.files++;
  if (r.status === 'changed') s.changed++;
  else if (r.status === 'unchanged') s.unchanged++;
  else if (r.status === 'skipped') s.skipped++;
  else s.errors++;
  if (r.reason) {
    const by = r.status === 'skipped' ? s.skippedBy : s.errorsBy;
    by[r.reason] = (by[r.reason] ?? 0) + 1;
  }
  s.heldBack += r.heldBack.length;
  s.stagesNotShipping += r.stagesNotShipping;
  if (r.status === 'error') return;
  for (const fix of r.fixes) {
    if (fix.ruleId === 'merge-runs') {
      const runs = Number(fix.data?.['runs'] ?? 0);
      s.runsMerged += runs;
      s.layersRemoved += Math.max(0, runs - 1);
    } else if (fix.ruleId === 'teardown') s.teardowns++;
    else if (FLAG_RULES.has(fix.ruleId)) s.flags += Number(fix.data?.['flags'] ?? 1);
  }
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
    parts.push(
      `${plural(s.stagesNotShipping, 'build stage')} left without teardown (never ship; --all-stages adds it)`,
    );
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
