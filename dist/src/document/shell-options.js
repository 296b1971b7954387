/**
 * How a POSIX shell reads its own command line (`bash -euxo pipefail -c 'script'`, `sh -ec`, `bash -s <<EOF`):
 * the one reader for a SHELL instruction, an exec-form RUN, a `bash -c` in a body and a heredoc's shell. As dash
 * and bash do it: options are read up to the first operand (`-c` does not end them: `sh -c -e 'x'` is errexit),
 * each `o` of a cluster takes the next word as an option name (`-eo pipefail`, `-xo errexit`), `+` turns off what
 * `-` turns on, and the last word about errexit wins.
 */
/** bash's long options that take a value. */
const VALUED_LONG = new Set(['--rcfile', '--init-file']);
/** `words` are the options and operands after the shell's own name. */
export function readShellOptions(words) {
    let errexit = null;
    let command = false;
    let stdin = false;
    let i = 0;
    while (i < words.length) {
        const word = words[i];
        if (word === '--' || word === '-') {
            i++;
            break;
        }
        if (word.startsWith('--')) {
            i += VALUED_LONG.has(word) ? 2 : 1;
            continue;
        }
        if (!/^[-+][a-zA-Z]+$/.test(word))
            break;
        const on = word[0] === '-';
        // Each `o` (set -o name) and `O` (shopt name) of the cluster takes the next word, in order.
        let next = i + 1;
        for (const letter of word.slice(1)) {
            if (letter === 'o' || letter === 'O') {
                if (letter === 'o' && words[next] === 'errexit')
                    errexit = on;
                next++;
            }
            else if (letter === 'e')
                errexit = on;
            else if (letter === 'c')
                command = on;
            else if (letter === 's')
                stdin = on;
        }
        i = Math.min(next, words.length);
    }
    // `sh -c` without its string is an error at run time; reading nothing is the closest harmless reading.
    if (command)
        return { errexit, from: i < words.length ? 'command' : 'stdin', operand: i };
    return { errexit, from: stdin || i >= words.length ? 'stdin' : 'file', operand: i };
}
