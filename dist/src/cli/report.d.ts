/** What the user sees: coloured diffs, per-file lines, the summary and the JSON report. */
import { createColors } from 'picocolors';
import type { FileResult } from '../engine/process-file.js';
import { type Summary } from '../engine/summary.js';
export type Colors = ReturnType<typeof createColors>;
export declare function colorsFor(enabled: boolean): Colors;
export declare function colorDiff(diff: string, c: Colors): string;
export declare function summaryLine(s: Summary, write: boolean, c: Colors): string;
export declare function jsonReport(results: readonly FileResult[]): string;
