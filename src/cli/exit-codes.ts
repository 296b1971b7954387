/**
 * The one table from outcome to exit code (Prettier's convention): 0 nothing to do or written, 1 --check or
 * --list-different found files that would change, 2 any error, an unexpected internal one included.
 */
import type { ErrorKind } from '../index.js';

export const EXIT_OK = 0;
export const EXIT_CHANGES_FOUND = 1;

export const EXIT_CODES: Record<ErrorKind, number> = {
  usage: 2,
  config: 2,
  unmatched: 2,
  unreadable: 2,
  'not-dockerfile': 2,
  parse: 2,
  transform: 2,
  'not-written': 2,
  internal: 2,
};

/** The exit code of a run: its worst error, else 1 when changes were found and that was the question. */
export function exitCodeOf(errors: readonly ErrorKind[], changesFound: boolean, reportsChanges: boolean): number {
  if (errors.length > 0) return Math.max(...errors.map((k) => EXIT_CODES[k]));
  return reportsChanges && changesFound ? EXIT_CHANGES_FOUND : EXIT_OK;
}
