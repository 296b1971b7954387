/**
 * One pass of the one applier. Fixes are taken in order of their first edit; a fix is skipped whole when any
 * of its edits overlaps an edit already taken. Touching edits (one ends where the next starts) do not overlap,
 * but two insertions at the same point do, so the order of inserted text never depends on sorting details.
 */
import type { Edit, Fix } from './types.js';
export interface ApplyResult {
    output: string;
    applied: Fix[];
    skipped: Fix[];
}
export declare function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult;
export declare function overlaps(a: Edit, b: Edit): boolean;
