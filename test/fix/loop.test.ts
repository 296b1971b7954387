/**
 * The fix loop's contract, as a table of tiny transforms (ESLint's source-code-fixer style): it settles, it stops
 * at the pass cap and on a cycle, and a transform that throws or a rewrite that no longer parses leaves the
 * file as it was and names the transform.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { initShellParser } from '../../src/document/shell.js';
import type { Document } from '../../src/document/types.js';
import { FixError, MAX_PASSES, runFixLoop, type FixProposer } from '../../src/fix/loop.js';
import type { Fix } from '../../src/fix/types.js';

beforeAll(() => initShellParser());

const fix = (
  ruleId: string,
  start: number,
  end: number,
  text: string,
  applicability: Fix['applicability'] = 'safe',
) => ({
  ruleId,
  message: ruleId,
  applicability,
  edits: [{ start, end, text }],
});

/** Replaces the first occurrence of `from` with `to`, as long as `from` is in the text. */
const replace = (id: string, from: string, to: string, applicability: Fix['applicability'] = 'safe'): FixProposer => ({
  id,
  propose: (doc: Document) => {
    const at = doc.text.indexOf(from);
    return at === -1 ? [] : [fix(id, at, at + from.length, to, applicability)];
  },
});

/** Appends one more `x` to the file on every pass: never settles. */
const growing: FixProposer = {
  id: 'grow',
  propose: (doc) => [fix('grow', doc.text.length, doc.text.length, '#x\n')],
};

const throwing: FixProposer = {
  id: 'boom',
  propose: () => {
    throw new Error('exploded');
  },
};

const TEXT = 'FROM debian\nRUN echo a\n';

interface Row {
  name: string;
  proposers: FixProposer[];
  unsafe?: boolean;
  text?: string;
  output?: string;
  passes?: number;
  applied?: string[];
  heldBack?: string[];
  /** Why the file was left alone without asking any transform. */
  leftAlone?: string;
  /** The FixError: its message and the transform it names. */
  error?: [RegExp, string | null];
}

const rows: Row[] = [
  { name: 'nothing proposed: the text as it was, 0 passes', proposers: [], output: TEXT, passes: 0, applied: [] },
  {
    name: 'one fix: applied in pass 1, then nothing more is proposed',
    proposers: [replace('ab', 'echo a', 'echo b')],
    output: 'FROM debian\nRUN echo b\n',
    passes: 1,
    applied: ['ab'],
  },
  {
    name: 'a fix that builds on another waits for the next pass',
    proposers: [replace('ab', 'echo a', 'echo b'), replace('bc', 'echo b', 'echo c')],
    output: 'FROM debian\nRUN echo c\n',
    passes: 2,
    applied: ['ab', 'bc'],
  },
  {
    name: 'unsafe fixes are held back without unsafe, and reported',
    proposers: [replace('risky', 'echo a', 'echo z', 'unsafe')],
    output: TEXT,
    passes: 0,
    applied: [],
    heldBack: ['risky'],
  },
  {
    name: 'unsafe fixes apply with unsafe',
    proposers: [replace('risky', 'echo a', 'echo z', 'unsafe')],
    unsafe: true,
    output: 'FROM debian\nRUN echo z\n',
    applied: ['risky'],
  },
  {
    name: `pass cap: fixes that never settle stop after ${MAX_PASSES} passes`,
    proposers: [growing],
    error: [new RegExp(`did not settle after ${MAX_PASSES} passes`), 'grow'],
  },
  {
    name: 'cycle: two fixes that undo each other stop as soon as a text comes back',
    proposers: [replace('ab', 'echo a', 'echo b'), replace('ba', 'echo b', 'echo a')],
    // Pass 1 takes 'ab'; pass 2's 'ba' brings the original back and is the one named.
    error: [/undo each other \(cycle\)/, 'ba'],
  },
  {
    name: 'a transform that throws is named',
    proposers: [replace('ab', 'echo a', 'echo b'), throwing],
    error: [/transform failed: exploded/, 'boom'],
  },
  {
    name: 'a rewrite whose RUN no longer parses as shell',
    proposers: [replace('quote', 'echo a', 'echo "a')],
    error: [/the rewritten file no longer parses \(line 2: RUN does not parse as shell/, 'quote'],
  },
  {
    name: 'a rewritten RUN that lands under a non-POSIX SHELL',
    proposers: [replace('pwsh', 'RUN echo a', 'SHELL ["pwsh", "-c"]\nRUN echo b')],
    error: [/a rewritten RUN no longer parses as shell/, 'pwsh'],
  },
  {
    name: 'a rewrite whose Dockerfile no longer parses (unterminated heredoc)',
    proposers: [replace('heredoc', 'RUN echo a', 'RUN <<EOF\necho a')],
    error: [/the rewritten file no longer parses \(line 2: unterminated heredoc <<EOF\)/, 'heredoc'],
  },
  {
    name: 'input that does not parse is not rewritten; the problems say why',
    text: 'FROM debian\nRUN echo "a\n',
    proposers: [replace('ab', 'echo', 'printf')],
    output: 'FROM debian\nRUN echo "a\n',
    passes: 0,
    applied: [],
  },
  {
    name: 'ignore-file: no transform runs, not even one that throws',
    text: '# dockerfile-squash ignore-file\n' + TEXT,
    proposers: [throwing],
    output: '# dockerfile-squash ignore-file\n' + TEXT,
    applied: [],
    leftAlone: 'ignore-file pragma',
  },
];

describe('runFixLoop', () => {
  test.each(rows)('$name', (row) => {
    const text = row.text ?? TEXT;
    const call = () => runFixLoop(text, row.proposers, { unsafe: row.unsafe ?? false });
    if (row.error) {
      let caught: unknown;
      try {
        call();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(FixError);
      expect((caught as FixError).message).toMatch(row.error[0]);
      expect((caught as FixError).transformId).toBe(row.error[1]);
      return;
    }
    const result = call();
    expect(result.output).toBe(row.output);
    if (row.passes !== undefined) expect(result.passes).toBe(row.passes);
    if (row.applied) expect(result.applied.map((f) => f.ruleId)).toEqual(row.applied);
    expect(result.heldBack.map((f) => f.ruleId)).toEqual(row.heldBack ?? []);
    expect(result.leftAlone?.reason).toBe(row.leftAlone);
  });

  test('input that does not parse reports its problems with line numbers', () => {
    const result = runFixLoop('FROM debian\nRUN echo "a\n', [], { unsafe: false });
    expect(result.problems).toEqual([{ line: 2, message: expect.stringMatching(/does not parse as shell/) }]);
  });
});
