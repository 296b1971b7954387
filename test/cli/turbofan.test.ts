/**
 * The process entry turns TurboFan on from the batch's size (src/cli/turbofan.ts): before the first file of a
 * large batch, never for a small one.
 */
import { expect, test } from '@jest/globals';
import { runCli } from '../../src/cli/run.js';
import { TURBOFAN_FILES, turbofanWhenItPays } from '../../src/cli/turbofan.js';
import { tempTree } from '../support/cli.js';

/** Feeds a run of `total` files to the listener; returns the `done` counts at which it turned TurboFan on. */
function simulate(total: number): number[] {
  const turnedOnAt: number[] = [];
  let done = 0;
  const listener = turbofanWhenItPays(() => turnedOnAt.push(done));
  for (; done <= total; done++) listener(done, total);
  return turnedOnAt;
}

test('a small batch never turns TurboFan on, a large one once, before its first file', () => {
  expect(simulate(1)).toEqual([]);
  expect(simulate(TURBOFAN_FILES - 1)).toEqual([]);
  expect(simulate(TURBOFAN_FILES)).toEqual([0]);
  expect(simulate(10_000)).toEqual([0]);
});

test('the CLI reports a batch’s progress to the process entry', async () => {
  const cwd = tempTree({ 'a/Dockerfile': 'FROM debian\n', 'b/Dockerfile': 'FROM debian\n' });
  const progress: [number, number][] = [];
  const status = await runCli(['--check', '--jobs', '1', '.'], {
    cwd,
    env: {},
    stdout: () => {},
    stderr: () => {},
    readStdin: async () => '',
    stdoutIsTTY: false,
    onProgress: (done, total) => progress.push([done, total]),
  });
  expect(status).toBe(0);
  expect(progress).toEqual([
    [0, 2],
    [1, 2],
    [2, 2],
  ]);
});
