/** Shared questions about RUN instructions: can it be touched at all, and which RUNs sit next to each other. */
import { isSuppressed } from '../../src/document/pragmas.js';
/** A shell-form RUN under a POSIX shell whose body parsed cleanly: the only kind we rewrite. */
export function isRewritableRun(ins) {
    const run = ins.run;
    return (!!run &&
        run.form === 'shell' &&
        run.posixShell &&
        !!run.shell &&
        !run.shell.hasError &&
        run.logical.text.trim() !== '');
}
/** A RUN whose commands we may append to: a rewritable shell-form RUN, or a heredoc RUN that is a POSIX script. */
export function hasEditableScript(ins) {
    const run = ins.run;
    if (run?.form !== 'heredoc')
        return isRewritableRun(ins);
    return !!run.heredoc && !!run.shell && !run.shell.hasError && run.logical.text.trim() !== '';
}
export function suppressed(doc, ins, keys) {
    return doc.ignoreFile || isSuppressed(ins.pragmas, doc.globalIgnores, keys);
}
/**
 * Maximal stretches of RUN instructions in one stage with nothing but comments and blank lines between them
 * (any other instruction ends a stretch, as in hadolint DL3059). With `crossEnv`, ENV and ARG instructions may
 * sit between RUNs too; they are listed in `crossed`.
 */
export function adjacentRuns(doc, crossEnv = false) {
    const stretches = [];
    let current = [];
    let crossed = [];
    const close = () => {
        if (current.length > 0)
            stretches.push(current);
        current = [];
        crossed = [];
    };
    for (const ins of doc.instructions) {
        if (current.length > 0 && current[0].run.stage !== ins.stage)
            close();
        if (ins.keyword === 'RUN') {
            current.push({ run: ins, crossed });
            crossed = [];
        }
        else if (crossEnv && current.length > 0 && (ins.keyword === 'ENV' || ins.keyword === 'ARG')) {
            crossed = [...crossed, ins];
        }
        else {
            close();
        }
    }
    close();
    return stretches;
}
/** Start of the line an instruction starts on, when only blanks precede it there. */
export function lineStartOf(text, offset) {
    let s = offset;
    while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t'))
        s--;
    return s === 0 || text[s - 1] === '\n' || text[s - 1] === '\r' ? s : offset;
}
/** End of the line an offset is on, including its line break. */
export function lineEndOf(text, offset) {
    const nl = text.indexOf('\n', offset);
    return nl === -1 ? text.length : nl + 1;
}
/** Start of the comment lines directly above a line start (no blank line between), or that line start. */
export function commentBlockStart(text, lineStart) {
    let start = lineStart;
    while (start > 0) {
        const previous = text.lastIndexOf('\n', start - 2) + 1;
        if (!text.slice(previous, start).trim().startsWith('#'))
            break;
        start = previous;
    }
    return start;
}
