/** ` \` + EOL + indent + `&& ` (operator first) or ` && \` + EOL + indent (operator last). */
export function chainGlue(doc) {
    const { operatorFirst, indent } = doc.style;
    const breakLine = ` ${doc.escapeChar}${doc.eol}${indent}`;
    return operatorFirst ? `${breakLine}&& ` : ` &&${breakLine.slice(0)}`;
}
/** Text to insert after a RUN's last statement so that `commands` run when, and only when, it succeeded. */
export function appendedCommands(doc, commands) {
    const glue = chainGlue(doc);
    return commands.map((c) => glue + c).join('');
}
/**
 * A RUN body as one element of an `&&` chain. Each original RUN ran in a fresh shell and failed the build
 * on a non-zero status, so: a body that is not a plain `&&` chain is grouped (`a; b` must not become
 * `x && a; b`), and a body that changes shell state for later commands runs in a subshell.
 */
export function chainElement(doc, ins, isolate) {
    const run = ins.run;
    const raw = doc.text.slice(run.bodyStart, run.bodyEnd);
    const shell = run.shell;
    if (isolate && shell.changesShellState)
        return `( ${raw} )`;
    if (!shell.isPlainAndChain)
        return /;\s*$/.test(raw) ? `{ ${raw} }` : `{ ${raw}; }`;
    return raw;
}
