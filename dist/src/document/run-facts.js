/**
 * What a RUN executes, for every form, as shell commands: the transforms that ask "does a later RUN read the
 * package lists?" must not depend on how that RUN is spelled. Shell form: its body. Exec form: the argv itself,
 * or the script of `sh -c`. Heredoc: the script (run by the SHELL unless a shebang names another interpreter),
 * or the command line and the heredocs it feeds to a shell. Whatever the tool cannot read as shell is kept as
 * opaque text, so a caller can stay conservative about it.
 */
import { analyseShell } from './shell.js';
const POSIX_SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'ksh', 'mksh', 'busybox']);
const opaque = (text) => ({ commands: [], opaque: [text] });
function scriptFacts(script) {
    const info = analyseShell(script);
    return info.hasError ? opaque(script) : withHeredocScripts(info);
}
export function shellFormFacts(shell, body, posixShell) {
    return posixShell && !shell.hasError ? withHeredocScripts(shell) : opaque(body);
}
/** `["apt-get", "install", "-y", "x"]` runs that program with those words; `["sh", "-c", "…"]` runs the script. */
export function execFormFacts(argv) {
    const invocation = shellInvocation(argv);
    if (invocation?.from === 'command')
        return scriptFacts(invocation.script);
    return { commands: analyseShell(argv.map(singleQuoted).join(' ')).commands, opaque: [] };
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
 * A heredoc fed to a shell that reads its script from stdin (`bash <<EOF`, `sh -s <<EOF`) is more commands,
 * run where that shell runs. Any other heredoc is data for its reader (`cat > f`, `python3 -`): opaque, since
 * a file written from it may well be run later.
 */
function withHeredocScripts(info) {
    if (info.heredocs.length === 0)
        return { commands: info.commands, opaque: [] };
    const commands = [];
    const opaqueTexts = [];
    info.commands.forEach((command, index) => {
        commands.push(command);
        for (const heredoc of info.heredocs.filter((h) => h.command === index)) {
            if (readsScriptFromStdin(command)) {
                const inner = scriptFacts(heredoc.body);
                commands.push(...inner.commands);
                opaqueTexts.push(...inner.opaque);
            }
            else
                opaqueTexts.push(heredoc.body);
        }
    });
    for (const heredoc of info.heredocs)
        if (heredoc.command === null)
            opaqueTexts.push(heredoc.body);
    return { commands, opaque: opaqueTexts };
}
function readsScriptFromStdin(command) {
    if (!command.name || !POSIX_SHELLS.has(basename(command.name)))
        return false;
    const argv = command.words.map((w) => w.value);
    return !argv.includes(null) && shellInvocation(argv)?.from === 'stdin';
}
function shellInvocation(argv) {
    if (argv.length === 0 || !POSIX_SHELLS.has(basename(argv[0])))
        return null;
    let command = false;
    let stdin = false;
    let i = 1;
    for (; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--' || arg === '-') {
            i++;
            break;
        }
        if (/^[-+]o$/.test(arg) || arg === '-O' || arg === '+O')
            i++;
        else if (/^-[a-zA-Z]+$/.test(arg)) {
            command ||= arg.includes('c');
            stdin ||= arg.includes('s');
        }
        else if (!arg.startsWith('--') && !/^\+[a-zA-Z]+$/.test(arg))
            break;
    }
    // `sh -c` without its string is an error at run time; reading nothing is the closest harmless reading.
    if (command)
        return argv[i] !== undefined ? { from: 'command', script: argv[i] } : { from: 'stdin' };
    return { from: stdin || i >= argv.length ? 'stdin' : 'file' };
}
function singleQuoted(word) {
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
