/**
 * The one table from outcome to exit code (Prettier's convention): 0 nothing to do or written, 1 --check or
 * --list-different found files that would change, 2 any error, an unexpected internal one included.
 */
import type { ErrorKind } from '../index.js';
export declare const EXIT_OK = 0;
export declare const EXIT_CHANGES_FOUND = 1;
export declare const EXIT_CODES: Record<ErrorKind, number>;
/** The exit code of a run: its worst error, else 1 when changes were found and that was the question. */
export declare function exitCodeOf(errors: readonly ErrorKind[], changesFound: boolean, reportsChanges: boolean): number;
