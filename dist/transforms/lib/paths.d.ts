/** Paths named by commands, compared after normalisation (trailing `/`, `/*`, `$HOME`, `~`). */
import type { ShellCommand, ShellWord } from '../../src/document/shell.js';
export declare function normalisePath(path: string): string;
/**
 * True when removing or mounting `outer` also covers `inner`. An `inner` under `~` (a per-user cache) is
 * covered by the same path under `/root` or any `/home/<user>`: the build may run as any user.
 */
export declare function covers(outer: string, inner: string): boolean;
/** covers() for paths already normalised: for a caller that compares one path with many, or many with one. */
export declare function coversNormal(o: string, i: string): boolean;
/** The commands that remove paths (a CleanupMatcher of kind 'remove' matches their paths): no other one does. */
export declare const PATH_REMOVERS: ReadonlySet<string>;
/**
 * The paths a recursive `rm` deletes (with `flat`, also the `DIR/*` a plain `rm` empties of files). A glob counts only when unquoted (a quoted `*` is a file named `*`),
 * and only when its wildcard is the whole last component (`dir/*`), which means "everything in dir".
 * With `variables`, a path that starts with one variable is kept as written (`"$COMPOSER_HOME"/cache` as
 * `$COMPOSER_HOME/cache`), for the caller to compare with where that variable points.
 */
export declare function removedPaths(command: ShellCommand, variables?: boolean, flat?: boolean): string[];
/** A word's value with `~`, `$HOME` and `${HOME}` kept as `~` (builds run as root unless USER says otherwise). */
export declare function staticPath(word: ShellWord): string | null;
