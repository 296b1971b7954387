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
export declare function emptySummary(): Summary;
export declare function summarise(results: readonly FileResult[]): Summary;
/** Counts one result in; a batch can be summarised as it streams, without keeping its results. */
export declare function addToSummary(s: Summary, r: FileResult): void;
