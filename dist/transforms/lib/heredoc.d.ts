/**
 * Editing heredoc RUNs (`RUN <<EOF … EOF`) whose heredoc is a POSIX script, in the script's own style.
 *
 * Appending commands must keep the RUN's exit status: it is the status of the script's last command, and
 * without errexit a heredoc's lines run whatever failed before them. The join is chain.ts's `joinAfter`, with the
 * script's own errexit (`bash -e <<EOF`, a `-e` shebang, `set -e` in it, a SHELL with -e around `<<EOF`):
 * - `;` (errexit surely on at the end, and a failure of the last statement always stops the script; preferred
 *   there even where `&&` would do): the commands go on new lines after it, at its indent, each its own
 *   statement, as the script is written;
 * - `&&` (errexit off, or the last statement does not rely on it): chained after the last statement,
 *   continued on new lines with `\`, so they run only when it succeeded and the script ends with its status;
 * - neither: left alone.
 * Inside a heredoc the shell's own continuation character `\` applies, whatever the file's escape character.
 */
import type { Document, Instruction } from '../../src/document/types.js';
import type { Edit } from '../../src/fix/types.js';
/** The script's errexit is on from its first command to its end. */
export declare function scriptErrexit(ins: Instruction): boolean;
/** An edit that appends `commands` to the script so that they run only when it succeeded; null when unsound. */
export declare function heredocAppend(doc: Document, ins: Instruction, commands: string[]): Edit | null;
/**
 * Two adjacent heredoc RUNs merge into one script only when that is plainly the same build: the same header
 * (flags aside, `<<EOF`, `bash -e <<'EOF'` …), errexit on from the start of both with the same prologue (the
 * shebang and the `set -e…` line, dropped from the second script), and a first script that leaves no state
 * behind but that prologue and whose last statement's failure ends it. Then every failure still stops the build
 * at the same command and the second script starts from the state its own RUN had. Without errexit a script's
 * lines run on after a failure and only its last status counts: merging would need a grouping nobody writes,
 * so such RUNs stay apart. Comment lines between the RUNs move into the script, where the second one starts.
 */
export declare function heredocMergeEdit(doc: Document, first: Instruction, second: Instruction): Edit | null;
