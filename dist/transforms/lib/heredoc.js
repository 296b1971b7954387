import { analyseShell } from '../../src/document/shell.js';
import { errexitAtEnd, joinAfter } from './chain.js';
/** The script's errexit is on from its first command to its end. */
export function scriptErrexit(ins) {
    const run = ins.run;
    const shell = run.shell;
    const text = run.logical.text;
    const sets = shell.commands.filter((c) => c.name === 'set' && !c.isolated);
    if (sets.some((c) => c.args.some((a) => /^\+[a-zA-Z]*e/.test(a.value ?? '') || a.value === '+o')))
        return false;
    if (run.heredoc.errexit)
        return true;
    const first = shell.commands[0];
    if (!first || first.name !== 'set' || first.isolated)
        return false;
    if (!first.args.some((a, i) => /^-[a-zA-Z]*e/.test(a.value ?? '') || (a.value === '-o' && first.args[i + 1]?.value === 'errexit')))
        return false;
    // Only blank lines, comments (the shebang among them) and nothing else before it.
    return text
        .slice(0, first.start)
        .split('\n')
        .every((line) => /^\s*(#.*)?$/.test(line));
}
/** An edit that appends `commands` to the script so that they run only when it succeeded; null when unsound. */
export function heredocAppend(doc, ins, commands) {
    const run = ins.run;
    const shell = run.shell;
    const { text, map } = run.logical;
    if (shell.hasBackgroundJob || shell.lastStatementEnd === 0)
        return null;
    // Under errexit a script is a list of lines, each its own statement: new lines read as the script does.
    const join = errexitAtEnd(run) === 'on' && shell.lastFailureExits ? ';' : joinAfter(run);
    if (join === null)
        return null;
    const statementStart = lastStatementStart(text, shell.lastStatementEnd);
    const statement = text.slice(statementStart, shell.lastStatementEnd);
    const indent = /^[ \t]*/.exec(statement)[0];
    if (join === ';') {
        const at = map[lineAround(text, shell.lastStatementEnd - 1).end - 1] + 1;
        return { start: at, end: at, text: commands.map((c) => doc.eol + indent + c).join('') };
    }
    const style = continuationStyle(statement, indent, doc.style.indent, run.heredoc.stripsTabs);
    const glue = style.operatorFirst ? ` \\${doc.eol}${style.indent}&& ` : ` && \\${doc.eol}${style.indent}`;
    const at = map[shell.lastStatementEnd - 1] + 1;
    return { start: at, end: at, text: commands.map((c) => glue + c).join('') };
}
function lineAround(text, offset) {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    const nl = text.indexOf('\n', offset);
    return { start, end: nl < 0 ? text.length : nl };
}
/** Start of the last statement: after the last line that does not continue into it. */
function lastStatementStart(text, end) {
    let start = text.lastIndexOf('\n', end - 1) + 1;
    while (start > 0 && /\\[ \t]*\r?$/.test(text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1))) {
        start = text.lastIndexOf('\n', start - 2) + 1;
    }
    return start;
}
/**
 * How the last statement continues its lines, if it does (`&& \` at the end or `&&` first, and the indent of
 * its continuation lines); a one-line statement continues as the file's RUNs do, one indent step further in.
 */
function continuationStyle(statement, indent, step, stripsTabs) {
    const lines = statement.split('\n');
    if (lines.length > 1) {
        const operatorLast = lines.slice(0, -1).some((l) => /(&&|\|\|)\s*\\\s*$/.test(l));
        return { operatorFirst: !operatorLast, indent: /^[ \t]*/.exec(lines[lines.length - 1])[0] };
    }
    // Under `<<-` a tab-indented script keeps tabs (they are stripped; spaces would stay).
    return { operatorFirst: true, indent: indent + (stripsTabs && indent.startsWith('\t') ? '\t' : step) };
}
/**
 * Two adjacent heredoc RUNs merge into one script only when that is plainly the same build: the same header
 * (flags aside, `<<EOF`, `bash -e <<'EOF'` …), errexit on from the start of both with the same prologue (the
 * shebang and the `set -e…` line, dropped from the second script), and a first script that leaves no state
 * behind but that prologue and whose last statement's failure ends it. Then every failure still stops the build
 * at the same command and the second script starts from the state its own RUN had. Without errexit a script's
 * lines run on after a failure and only its last status counts: merging would need a grouping nobody writes,
 * so such RUNs stay apart. Comment lines between the RUNs move into the script, where the second one starts.
 */
export function heredocMergeEdit(doc, first, second) {
    const a = first.run;
    const b = second.run;
    if (!a.heredoc || !b.heredoc || a.heredoc.header !== b.heredoc.header)
        return null;
    if (!scriptErrexit(first) || !scriptErrexit(second))
        return null;
    const pa = prologueEnd(first);
    const pb = prologueEnd(second);
    if (a.logical.text.slice(0, pa) !== b.logical.text.slice(0, pb))
        return null;
    if (a.shell.hasBackgroundJob || b.shell.hasBackgroundJob || !a.shell.lastFailureExits)
        return null;
    if (analyseShell(a.logical.text.slice(pa)).changesShellState)
        return null;
    const rest = b.logical.text.slice(pb).replace(/^\n/, '');
    if (rest.trim() === '')
        return null;
    const between = doc.text
        .slice(first.end, second.start)
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.startsWith('#'));
    const restSource = doc.text.slice(b.logical.map[b.logical.text.length - rest.length], b.heredoc.contentEnd);
    const text = doc.text.slice(a.heredoc.contentStart, a.heredoc.contentEnd) +
        between.map((c) => doc.eol + c).join('') +
        doc.eol +
        restSource;
    return { start: a.heredoc.contentStart, end: b.heredoc.contentEnd, text };
}
/** End of the script's prologue: its shebang line and its leading `set -e…` line, if any (after the line break). */
function prologueEnd(ins) {
    const { text } = ins.run.logical;
    const first = ins.run.shell.commands[0];
    let end = text.startsWith('#!') ? text.indexOf('\n') + 1 : 0;
    if (first?.name === 'set' && scriptErrexit(ins) && !ins.run.heredoc.errexit) {
        const nl = text.indexOf('\n', first.end);
        end = nl < 0 ? text.length : nl + 1;
    }
    return end;
}
