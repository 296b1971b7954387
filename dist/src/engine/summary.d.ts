/** The summary model: counts over a batch's per-file results, built as results stream in. */
import type { FileResult, Reason } from './process-file.js';
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
    /** Build stages left as they are because their filesystem never ships (--all-stages rewrites them). */
    stagesNotShipping: number;
}
export declare function emptySummary(): Summary;
export declare function summarise(results: readonly FileResult[]): Summary;
/** Counts one file in; a batch can be summarised as it streams, without keeping its results. */
export declare function addToSummary(s: Summary, r: FileResult): void;
