/**
 * Printing chains in the file's own continuation style, and the one rule for what may follow a body. Every
 * RUN body is reused as written (its own line breaks, comments and indentation), so a merge touches only the
 * glue between bodies.
 */
import { type ContinuationStyle } from '../../src/document/style.js';
import type { ShellCommand } from '../../src/document/shell.js';
import type { Document, Instruction, RunDetails } from '../../src/document/types.js';
import type { Edit } from '../../src/fix/types.js';
/** The continuation style of these RUNs: the first one's that shows one, else the file's. */
export declare function styleOfRuns(doc: Document, runs: RunDetails[]): ContinuationStyle;
/**
 * ` \` + EOL + indent + `&& ` (operator first) or ` && \` + EOL + indent (operator last), with `comments` as
 * comment lines between the two lines (Docker drops them from the command).
 */
export declare function chainGlue(doc: Document, style: ContinuationStyle, comments?: string[]): string;
/**
 * How commands may follow a body so that they run when, and only when, it succeeded:
 * - `&&`, unless errexit may be on and the body's tail (a loop, `if`, `{ }`, `( )`, a function …) relies on it:
 *   POSIX ignores errexit inside every element of an AND-OR list but the last;
 * - `;` when errexit is surely on and a failure of the last statement always stops the shell;
 * - null: neither is exact (the caller leaves the RUN alone).
 */
export declare function joinAfter(run: RunDetails): '&&' | ';' | null;
/** Whether errexit is on after the body's last statement. */
export declare function errexitAtEnd(run: RunDetails): 'on' | 'off' | 'unknown';
/**
 * Text to insert after a RUN's last statement so that `commands` run when, and only when, it succeeded;
 * null when no join keeps that meaning.
 */
export declare function appendedCommands(doc: Document, run: RunDetails, commands: string[]): string | null;
/**
 * A body may stand before `&&` in a merged chain. A body that turns errexit on only ends a chain (the later
 * bodies did not run under it). A plain `&&` chain follows {@link joinAfter}; any other body is grouped or put
 * in a subshell, where errexit would be ignored in all of it, so it must not run under errexit at all.
 */
export declare function mayPrecedeAnd(run: RunDetails): boolean;
/**
 * A body that changes shell state for what follows (`cd`, `export`, `set -x` …) can stand before another one only
 * inside `( … )`, so the next body starts from the state a fresh RUN would have had. No author wraps a whole RUN
 * body in a subshell to join it to the next: such a merge does not read as the file's own, so by default it is
 * not made (--merge=all still makes it).
 */
export declare function needsSubshell(run: RunDetails): boolean;
/**
 * A RUN body as one element of an `&&` chain. Each original RUN ran in a fresh shell and failed the build
 * on a non-zero status, so: a body that is not a plain `&&` chain is grouped (`a; b` must not become
 * `x && a; b`), and a body that changes shell state for later commands, or must not see some ARGs, runs in
 * a subshell.
 */
export declare function chainElement(doc: Document, ins: Instruction, isolate: boolean, unset?: string[]): string;
/**
 * The edit that appends `commands` to run when, and only when, the `writers` (the commands whose output they
 * clean up) ran and succeeded; null when unsound. Writers that all sit in one `if`/`case` branch get the
 * commands at the end of that branch (see {@link branchAppend}); otherwise they go after the RUN's last statement:
 * in the `&&` chain of a shell-form RUN, or in the script of a heredoc RUN (see heredoc.ts).
 */
export declare function appendEdit(doc: Document, ins: Instruction, commands: string[], writers?: ShellCommand[]): Edit | null;
