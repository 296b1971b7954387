/**
 * What a RUN executes, for every form, as shell commands: the transforms that ask "does a later RUN read the
 * package lists?" must not depend on how that RUN is spelled. Shell form: its body. Exec form: the argv itself,
 * or the script of `sh -c`. Heredoc: the script (run by the SHELL unless a shebang names another interpreter),
 * or the command line and the heredocs it feeds to a shell. Whatever the tool cannot read as shell is kept as
 * opaque text, so a caller can stay conservative about it.
 */
import { analyseShell } from './shell.js';
import { readShellOptions } from './shell-options.js';
const POSIX_SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'ksh', 'mksh', 'busybox']);
const opaque = (text) => ({ commands: [], opaque: [text] });
function scriptFacts(script) {
    const info = analyseShell(script);
    return info.hasError ? opaque(script) : withNestedScripts(info);
}
export function shellFormFacts(shell, body, posixShell) {
    return posixShell && !shell.hasError ? withNestedScripts(shell) : opaque(body);
}
/** `["apt-get", "install", "-y", "x"]` runs that program with those words; `["sh", "-c", "…"]` runs the script. */
export function execFormFacts(argv) {
    return withNestedScripts(analyseShell(argv.map(singleQuoted).join(' ')));
}
/**
 * BuildKit runs a RUN that is only a heredoc as a script: by its shebang's interpreter, or by the SHELL when it
 * has none. Any other RUN with heredocs goes to the SHELL whole, command line and documents together.
 */
export function heredocFacts(commandLine, wholeText, heredocs, posixShell) {
    const only = heredocs.length === 1 && commandLine.trim() === heredocs[0].operator ? heredocs[0] : null;
    if (only) {
        const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(only.content);
        if (shebang) {
            const program = basename(shebang[1]) === 'env' ? (shebang[2] ?? '') : shebang[1];
            return POSIX_SHELLS.has(basename(program)) ? scriptFacts(only.content) : opaque(only.content);
        }
        return posixShell ? scriptFacts(only.content) : opaque(only.content);
    }
    return posixShell ? scriptFacts(wholeText) : opaque(wholeText);
}
/**
 * A shell started by a command runs more commands where it runs: the `-c` string of `bash -c '…'` (through
 * wrappers: `env bash -c`, `sudo sh -c`), and a heredoc fed to a shell that reads its script from stdin
 * (`bash <<EOF`, `sh -s <<EOF`). Any other heredoc is data for its reader (`cat > f`, `python3 -`): opaque, since
 * a file written from it may well be run later; so is a script or a shell's options built from expansions.
 */
function withNestedScripts(info) {
    const commands = [];
    const opaqueTexts = [];
    const add = (facts) => {
        commands.push(...facts.commands);
        opaqueTexts.push(...facts.opaque);
    };
    info.commands.forEach((command, index) => {
        commands.push(command);
        const invocation = shellInvocationOf(command);
        if (invocation?.from === 'command')
            add(scriptFacts(invocation.script));
        if (invocation?.from === 'unknown')
            opaqueTexts.push(command.words.map((w) => w.raw).join(' '));
        for (const heredoc of info.heredocs.filter((h) => h.command === index)) {
            if (invocation?.from === 'stdin')
                add(scriptFacts(heredoc.body));
            else
                opaqueTexts.push(heredoc.body);
        }
    });
    for (const heredoc of info.heredocs)
        if (heredoc.command === null)
            opaqueTexts.push(heredoc.body);
    return { commands, opaque: opaqueTexts };
}
function shellInvocationOf(command) {
    if (!command.name || !POSIX_SHELLS.has(basename(command.name)))
        return null;
    const words = command.args.map((w) => w.value);
    const options = readShellOptions(words.map((w) => w ?? '$'));
    if (words.slice(0, options.operand + 1).includes(null))
        return { from: 'unknown' };
    return options.from === 'command' ? { from: 'command', script: words[options.operand] } : { from: options.from };
}
function singleQuoted(word) {
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
