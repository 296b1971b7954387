/**
 * What a RUN executes, for every form, as shell commands: the transforms that ask "does a later RUN read the
 * package lists?" must not depend on how that RUN is spelled. Shell form: its body. Exec form: the argv itself,
 * or the script of `sh -c`. Heredoc: the script (run by the SHELL unless a shebang names another interpreter),
 * or the command line and the heredocs it feeds to a shell. Whatever the tool cannot read as shell is kept as
 * opaque text, so a caller can stay conservative about it.
 */
import { type ShellCommand, type ShellInfo } from './shell.js';
export interface RunFacts {
    /** The commands the RUN executes, in order (a `bash <<EOF` script's commands where that bash runs). */
    commands: ShellCommand[];
    /** Text handed to a program whose meaning is not read (a python heredoc, a script that does not parse). */
    opaque: string[];
}
/** The RUN's heredocs as the Dockerfile parser found them. */
export interface HeredocText {
    /** The operator and name as written (`<<EOF`, `<<-"EOT"`). */
    operator: string;
    content: string;
}
export declare function shellFormFacts(shell: ShellInfo, body: string, posixShell: boolean): RunFacts;
/** `["apt-get", "install", "-y", "x"]` runs that program with those words; `["sh", "-c", "…"]` runs the script. */
export declare function execFormFacts(argv: string[]): RunFacts;
/**
 * BuildKit runs a RUN that is only a heredoc as a script: by its shebang's interpreter, or by the SHELL when it
 * has none. Any other RUN with heredocs goes to the SHELL whole, command line and documents together.
 */
export declare function heredocFacts(commandLine: string, wholeText: string, heredocs: HeredocText[], posixShell: boolean): RunFacts;
