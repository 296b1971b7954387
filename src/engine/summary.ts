/**
 * The summary model: counts over a batch's per-file results, built as results stream in. Each fix carries the
 * figures its transform counted (runs merged, teardowns, ...); the summary only adds them up, so it names no
 * transform and counts a custom transform's fixes like the built-ins'.
 */
import type { Figures } from '../fix/types.js';
import type { Reason } from './errors.js';
import type { FileResult } from './process-file.js';

export interface Summary {
  /** Files looked at (operands that matched nothing are counted under errors only). */
  files: number;
  changed: number;
  unchanged: number;
  skipped: number;
  errors: number;
  /** Skipped and failed files by reason (e.g. `ignore-file pragma`, `parse error`, `not written`). */
  skippedBy: Partial<Record<Reason, number>>;
  errorsBy: Partial<Record<Reason, number>>;
  /** Fixes applied (or, without writing, that would be), every transform's. */
  fixes: number;
  runsMerged: number;
  layersRemoved: number;
  teardowns: number;
  flags: number;
  heldBack: number;
  /** Build stages left as they are because their filesystem never ships (allStages rewrites them). */
  stagesNotShipping: number;
}

const FIGURES = ['runsMerged', 'layersRemoved', 'teardowns', 'flags'] as const satisfies readonly (keyof Figures)[];

export function emptySummary(): Summary {
  return {
    files: 0,
    changed: 0,
    unchanged: 0,
    skipped: 0,
    errors: 0,
    skippedBy: {},
    errorsBy: {},
    fixes: 0,
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

/** Counts one result in; a batch can be summarised as it streams, without keeping its results. */
export function addToSummary(s: Summary, r: FileResult): void {
  if (!r.operand) s.files++;
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
  s.fixes += r.fixes.length;
  for (const fix of r.fixes) for (const figure of FIGURES) s[figure] += fix.figures?.[figure] ?? 0;
}
