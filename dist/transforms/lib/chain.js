/**
 * Printing chains in the file's own continuation style, and the one rule for what may follow a body. Every
 * RUN body is reused as written (its own line breaks, comments and indentation), so a merge touches only the
 * glue between bodies.
 */
import { bodyStyle, styleOf } from '../../src/document/style.js';
import { analyseShell } from '../../src/document/shell.js';
import { heredocAppend } from './heredoc.js';
/** The continuation style of these RUNs: the first one's that shows one, else the file's. */
export function styleOfRuns(doc, runs) {
    const bodies = runs.map((run) => {
        const style = bodyStyle(doc.text.slice(run.bodyStart, run.bodyEnd), doc.escapeChar);
        // `RUN --mount=… \` + newline + `  apt-get …`: with no later line that starts a command, the line the body
        // starts on shows the RUN's own indent (better than the file's).
        const indent = ownLineIndent(doc.text, run.bodyStart);
        if (indent && style.commandIndents.size === 0)
            style.commandIndents.set(indent, 1);
        return style;
    });
    return styleOf(bodies, doc.style);
}
/** The indent before `offset` when only blanks stand between it and the start of a continuation line. */
function ownLineIndent(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const indent = text.slice(lineStart, offset);
    return /^[ \t]+$/.test(indent) ? indent : null;
}
/**
 * ` \` + EOL + indent + `&& ` (operator first) or ` && \` + EOL + indent (operator last), with `comments` as
 * comment lines between the two lines (Docker drops them from the command).
 */
export function chainGlue(doc, style, comments = []) {
    const { operatorFirst, indent } = style;
    const lineEnd = `${operatorFirst ? '' : ' &&'} ${doc.escapeChar}${doc.eol}`;
    return lineEnd + comments.map((c) => indent + c + doc.eol).join('') + indent + (operatorFirst ? '&& ' : '');
}
/** `; \` + EOL + indent: the only spelling of a `;` line end that files use. */
function sequenceGlue(doc, style) {
    return `; ${doc.escapeChar}${doc.eol}${style.indent}`;
}
/**
 * How commands may follow a body so that they run when, and only when, it succeeded:
 * - `&&`, unless errexit may be on and the body's tail (a loop, `if`, `{ }`, `( )`, a function …) relies on it:
 *   POSIX ignores errexit inside every element of an AND-OR list but the last;
 * - `;` when errexit is surely on and a failure of the last statement always stops the shell;
 * - null: neither is exact (the caller leaves the RUN alone).
 */
export function joinAfter(run) {
    const shell = run.shell;
    const errexit = errexitAtEnd(run);
    if (errexit === 'off' || !shell.tailNeedsErrexit)
        return '&&';
    return errexit === 'on' && shell.lastFailureExits ? ';' : null;
}
/** Whether errexit is on after the body's last statement. */
export function errexitAtEnd(run) {
    const after = run.shell.errexitAfter;
    // A heredoc script starts with its own shell's errexit (`bash -e <<EOF`, a `-e` shebang), not always the SHELL's.
    if (after === 'unchanged')
        return (run.heredoc ? run.heredoc.errexit : run.shellErrexit) ? 'on' : 'off';
    return after;
}
/**
 * Text to insert after a RUN's last statement so that `commands` run when, and only when, it succeeded;
 * null when no join keeps that meaning.
 */
export function appendedCommands(doc, run, commands) {
    const join = joinAfter(run);
    if (join === null)
        return null;
    const style = styleOfRuns(doc, [run]);
    const glue = join === '&&' ? chainGlue(doc, style) : sequenceGlue(doc, style);
    return commands.map((c) => glue + c).join('');
}
/**
 * A body may stand before `&&` in a merged chain. A body that turns errexit on only ends a chain (the later
 * bodies did not run under it). A plain `&&` chain follows {@link joinAfter}; any other body is grouped or put
 * in a subshell, where errexit would be ignored in all of it, so it must not run under errexit at all.
 */
export function mayPrecedeAnd(run) {
    const shell = run.shell;
    if (shell.setsErrexit)
        return false;
    if (isPlainChain(run))
        return joinAfter(run) === '&&';
    return !run.shellErrexit;
}
/** A plain `&&` chain, or one closed by a `;` (`a && b;`), which joins a chain the same way once the `;` goes. */
function isPlainChain(run) {
    return run.shell.isPlainAndChain || closingSemicolon(run) !== null;
}
/** The logical offset of the `;` that closes a body that is otherwise a plain `&&` chain; null for any other body. */
function closingSemicolon(run) {
    const shell = run.shell;
    const text = run.logical.text;
    const rest = text.slice(shell.lastStatementEnd);
    if (!/^\s*;\s*$/.test(rest))
        return null;
    if (!analyseShell(text.slice(0, shell.lastStatementEnd)).isPlainAndChain)
        return null;
    return shell.lastStatementEnd + rest.indexOf(';');
}
/**
 * A body that changes shell state for what follows (`cd`, `export`, `set -x` …) can stand before another one only
 * inside `( … )`, so the next body starts from the state a fresh RUN would have had. No author wraps a whole RUN
 * body in a subshell to join it to the next: such a merge does not read as the file's own, so by default it is
 * not made (--merge=all still makes it).
 */
export function needsSubshell(run) {
    return run.shell.changesShellState;
}
/**
 * A RUN body as one element of an `&&` chain. Each original RUN ran in a fresh shell and failed the build
 * on a non-zero status, so: a body that is not a plain `&&` chain is grouped (`a; b` must not become
 * `x && a; b`), and a body that changes shell state for later commands, or must not see some ARGs, runs in
 * a subshell.
 */
export function chainElement(doc, ins, isolate, unset = []) {
    const run = ins.run;
    const raw = doc.text.slice(run.bodyStart, run.bodyEnd);
    const shell = run.shell;
    // ARGs declared after this body (an --unsafe crossing) must not reach its commands.
    if (unset.length > 0)
        return `( unset ${unset.join(' ')}; ${raw} )`;
    if (isolate && needsSubshell(run))
        return `( ${raw} )`;
    const semicolon = closingSemicolon(run);
    if (semicolon !== null) {
        // `a && b;` is already an `&&` chain: last, it stays as written; before another body, its `;` goes.
        if (!isolate)
            return raw;
        const statementEnd = run.logical.map[shell.lastStatementEnd - 1] + 1 - run.bodyStart;
        return raw.slice(0, statementEnd) + raw.slice(run.logical.map[semicolon] + 1 - run.bodyStart);
    }
    if (!shell.isPlainAndChain)
        return /;\s*$/.test(raw) ? `{ ${raw} }` : `{ ${raw}; }`;
    return raw;
}
/**
 * The edit that appends `commands` to run when, and only when, the `writers` (the commands whose output they
 * clean up) ran and succeeded; null when unsound. Writers that all sit in one `if`/`case` branch get the
 * commands at the end of that branch (see {@link branchAppend}); otherwise they go after the RUN's last statement:
 * in the `&&` chain of a shell-form RUN, or in the script of a heredoc RUN (see heredoc.ts).
 */
export function appendEdit(doc, ins, commands, writers = []) {
    const run = ins.run;
    const branch = sharedBranch(writers);
    if (branch)
        return run.heredoc ? null : branchAppend(doc, run, branch, commands);
    if (run.heredoc)
        return heredocAppend(doc, ins, commands);
    const at = run.logical.map[run.shell.lastStatementEnd - 1] + 1;
    const text = appendedCommands(doc, run, commands);
    return text === null ? null : { start: at, end: trailingBlanksEnd(doc.text, at), text };
}
/**
 * The end of the blanks after `offset` when nothing else follows on its line: text continued after them would
 * carry them to the end of the new last line, as trailing whitespace the diff shows.
 */
function trailingBlanksEnd(text, offset) {
    const blanks = /^[ \t]*(?=\r?\n|$)/.exec(text.slice(offset));
    return blanks ? offset + blanks[0].length : offset;
}
/** The branch every writer sits in, when they all sit in the same one. */
function sharedBranch(writers) {
    const first = writers[0]?.branch;
    if (!first)
        return null;
    return writers.every((w) => w.branch?.start === first.start) ? first : null;
}
/**
 * `if c; then apt-get install x; fi` writes only when `c` holds: the clean-up joins the branch's last statement
 * (`… install x && apt-get clean; fi`), as an author writes it, so it never runs when nothing was installed (nor
 * fails where the manager does not exist). Only after a plain `&&` chain; and when errexit may be on, only where
 * nothing runs after the branch (`a && b` ignores errexit in `a`, and a compound whose status comes from there does
 * not stop the shell either: a failure would then run on into what follows). On the same physical line as code
 * that follows (`; fi`) the commands stay on that line; otherwise they continue it in the RUN's own style.
 */
function branchAppend(doc, run, branch, commands) {
    if (!branch.endsInAndChain)
        return null;
    if (errexitMayBeOn(run) && !branch.endsBody)
        return null;
    const at = run.logical.map[branch.lastStatementEnd - 1] + 1;
    const lineEnd = doc.text.indexOf('\n', at);
    const rest = doc.text
        .slice(at, lineEnd === -1 ? doc.text.length : lineEnd)
        .replace(/\r$/, '')
        .trim();
    if (rest !== '' && rest !== doc.escapeChar) {
        return { start: at, end: at, text: commands.map((c) => ` && ${c}`).join('') };
    }
    const glue = chainGlue(doc, styleOfRuns(doc, [run]));
    return { start: at, end: trailingBlanksEnd(doc.text, at), text: commands.map((c) => glue + c).join('') };
}
/** errexit may be on somewhere in the body: from the SHELL, a `set -e` in it, or its state at the end. */
function errexitMayBeOn(run) {
    return run.shellErrexit || run.shell.setsErrexit || errexitAtEnd(run) !== 'off';
}
