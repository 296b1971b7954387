/**
 * `--profile` for the benches: runs the CLI once more under `node --cpu-prof` (apart from the timed runs, which the
 * profiler would slow down) and prints the top self-time entries, summed over every thread's profile (a batch
 * with worker threads writes one per thread). Idle time is left out; the garbage collector stays in.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `node <bin> ...args` under the profiler; returns the top `count` self-time entries as printable lines. */
export function profileCli(bin, args, count = 5) {
  const dir = mkdtempSync(join(tmpdir(), 'dfsq-prof-'));
  try {
    const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, bin, ...args], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, CI: '1' },
    });
    if (![0, 1, 2].includes(run.status)) throw new Error(`exit ${run.status}: ${(run.stderr ?? '').slice(-500)}`);
    const profiles = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    return topSelf(
      profiles.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8'))),
      count,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Self time per function (name, file, line), summed over the profiles, as `share  name file:line` lines. */
export function topSelf(profiles, count) {
  const self = new Map();
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const { functionName, url, lineNumber } = byId.get(id).callFrame;
      if (functionName === '(idle)') return;
      const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
      const dt = profile.timeDeltas[i] ?? 0;
      self.set(key, (self.get(key) ?? 0) + dt);
      total += dt;
    });
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, us]) => `${((us / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}
