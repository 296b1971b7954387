/**
 * The process entry turns TurboFan on from the batch's progress (src/cli/turbofan.ts): never on a short run,
 * once on a long one, judged by the pace after the first file.
 */
import { expect, test } from '@jest/globals';
import { runCli } from '../../src/cli/run.js';
import { PACE_PROBE_MS, TURBOFAN_PAYS_OFF_MS, turbofanWhenItPays } from '../../src/cli/turbofan.js';
import { tempTree } from '../support/cli.js';

/** Feeds a run of `total` files costing `msPerFile` of CPU each (the first `firstMs`) to the listener. */
function simulate(total: number, msPerFile: number, firstMs = msPerFile): number[] {
  let cpu = 0;
  const turnedOnAt: number[] = [];
  let done = 0;
  const listener = turbofanWhenItPays(
    () => turnedOnAt.push(done),
    () => cpu,
  );
  listener(0, total);
  for (done = 1; done <= total; done++) {
    cpu += done === 1 ? firstMs : msPerFile;
    listener(done, total);
  }
  return turnedOnAt;
}

test('a short run never turns TurboFan on', () => {
  // 100 files at 20 ms: 2 s of work in all, less than the compilations would cost.
  expect(simulate(100, 20)).toEqual([]);
  // Fast files: the probe is never reached.
  expect(simulate(400, 1)).toEqual([]);
});

test('a long run turns it on once, as soon as the pace after the first file is known', () => {
  const turnedOnAt = simulate(2000, 20);
  expect(turnedOnAt).toHaveLength(1);
  // The pace counts from the end of the first file, and needs PACE_PROBE_MS of CPU time.
  expect(turnedOnAt[0]).toBe(1 + PACE_PROBE_MS / 20);
});

test('the first file, which pays for loading, does not make a short run look long', () => {
  expect(simulate(50, 20, TURBOFAN_PAYS_OFF_MS)).toEqual([]);
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
