import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readShellOptions } from '../../src/document/shell-options.js';

/**
 * Each case: the words after the shell's name, what the reader makes of them, and the shells that accept them
 * (dash has no `-o pipefail` and no long options). Each is also run in those real shells: a script that fails
 * and then prints shows whether errexit is on, and the script reaches the shell the way the reader says.
 */
const cases: [string[], boolean | null, 'command' | 'stdin', string[]][] = [
  [['-eo', 'pipefail', '-c'], true, 'command', ['bash']],
  [['-o', 'pipefail', '-e', '-c'], true, 'command', ['bash']],
  [['-euxo', 'pipefail', '-c'], true, 'command', ['bash']],
  [['--noprofile', '--norc', '-eo', 'pipefail', '-c'], true, 'command', ['bash']],
  [['-ec'], true, 'command', ['dash', 'bash']],
  [['-ceu'], true, 'command', ['dash', 'bash']],
  // `-c` does not end the options; each `o` of a cluster takes the next word.
  [['-c', '-e'], true, 'command', ['dash', 'bash']],
  [['-xo', 'errexit', '-c'], true, 'command', ['dash', 'bash']],
  [['-e', '+e', '-c'], false, 'command', ['dash', 'bash']],
  [['-o', 'errexit', '+o', 'errexit', '-c'], false, 'command', ['dash', 'bash']],
  // bash's -E is errtrace, -O a shopt name.
  [['-E', '-c'], null, 'command', ['bash']],
  [['-O', 'extglob', '-xc'], null, 'command', ['bash']],
  [['-e'], true, 'stdin', ['dash', 'bash']],
  [['-s', '-e'], true, 'stdin', ['dash', 'bash']],
  [['-eo', 'pipefail'], true, 'stdin', ['bash']],
];

describe('readShellOptions', () => {
  test.each(cases)('%j: errexit %s, script from %s', (words, errexit, from) => {
    // A SHELL's words get the RUN's text appended: the -c string.
    const options = readShellOptions(from === 'command' ? [...words, 'apt-get update'] : words);
    expect(options.errexit).toBe(errexit);
    expect(options.from).toBe(from);
    expect(options.operand).toBe(words.length);
  });

  test.each(cases)('%j in real shells', (words, errexit, from, shells) => {
    const script = 'false\necho survived\n';
    for (const shell of shells) {
      const run = spawnSync(`/usr/bin/${shell}`, from === 'command' ? [...words, script] : words, {
        input: from === 'stdin' ? script : '',
        encoding: 'utf8',
      });
      expect({ shell, survived: run.stdout.includes('survived') }).toEqual({ shell, survived: errexit !== true });
    }
  });

  test('the first operand: the -c string, or the script file', () => {
    expect(readShellOptions(['-ec', 'apt-get update', 'arg0'])).toEqual({ errexit: true, from: 'command', operand: 1 });
    expect(readShellOptions(['-e', '/setup.sh', 'x'])).toEqual({ errexit: true, from: 'file', operand: 1 });
    expect(readShellOptions(['--rcfile', '/r', '-c', 'x'])).toEqual({ errexit: null, from: 'command', operand: 3 });
    expect(readShellOptions(['-s', '--', 'a'])).toEqual({ errexit: null, from: 'stdin', operand: 2 });
  });
});
