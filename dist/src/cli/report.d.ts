/** What the user sees: coloured diffs, the summary and the JSON report. */
import { createColors } from 'picocolors';
import type { SquashFileResult, Summary } from '../index.js';
export type Colors = ReturnType<typeof createColors>;
export declare function colorsFor(enabled: boolean): Colors;
/**
 * Whether to colour a stream: --color/--no-color, else FORCE_COLOR (any value but '0' or 'false' forces them on,
 * as in chalk and supports-color), else NO_COLOR turns them off, else on for a terminal that is not dumb.
 */
export declare function wantsColor(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean): boolean;
export declare function colorDiff(diff: string, c: Colors): string;
export declare const count: (n: number, one: string, many?: string) => string;
/**
 * The summary: files by outcome, then what the fixes did, then what was held back. Coloured when `c` is; wrapped
 * at word boundaries to `width` columns when given (a terminal), one line otherwise (logs, pipes).
 */
export declare function summaryText(s: Summary, options: {
    write: boolean;
    colors: Colors;
    width?: number;
}): string;
/** Breaks `text` at spaces so no line is wider than `width` visible columns (colour codes take none). */
export declare function wrap(text: string, width: number): string;
export declare function jsonReport(results: readonly SquashFileResult[], summary: Summary): string;
