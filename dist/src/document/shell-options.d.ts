/**
 * How a POSIX shell reads its own command line (`bash -euxo pipefail -c 'script'`, `sh -ec`, `bash -s <<EOF`):
 * the one reader for a SHELL instruction, an exec-form RUN, a `bash -c` in a body and a heredoc's shell. As dash
 * and bash do it: options are read up to the first operand (`-c` does not end them: `sh -c -e 'x'` is errexit),
 * each `o` of a cluster takes the next word as an option name (`-eo pipefail`, `-xo errexit`), `+` turns off what
 * `-` turns on, and the last word about errexit wins.
 */
export interface ShellOptions {
    /** errexit as the options leave it; null when they do not set it. */
    errexit: boolean | null;
    /** Where the script comes from: the first operand (with -c), stdin (-s, or no operand), or the file named. */
    from: 'command' | 'stdin' | 'file';
    /** Index in the words of the first operand (the -c string or the script's file); the words' length when none. */
    operand: number;
}
/** `words` are the options and operands after the shell's own name. */
export declare function readShellOptions(words: readonly string[]): ShellOptions;
