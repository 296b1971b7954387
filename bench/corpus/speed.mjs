#!/usr/bin/env node
/**
 * Speed over real files: the parse-only floor (dockerfile-ast + tree-sitter-bash per RUN, one thread, in-process:
 * bench/monorepo/parse-worker.mjs) against `dockerfile-squash --check --jobs 1` on the same files, measured in the
 * same run. The ratio floor / tool is printed for wall time and for CPU time (user + sys, which a loaded machine
 * disturbs less), with the tool's peak RSS and the load average.
 *
 *   npm run compile && node bench/corpus/speed.mjs [corpus] [--repeat 3] [--profile]
 *
 * --profile: also the top five self-time entries of the same `--check --jobs 1` run under `node --cpu-prof`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createParser, parseAll } from '../monorepo/parse-worker.mjs';
import { profileCli } from '../lib/cpu-profile.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const repeatAt = args.indexOf('--repeat');
const repeat = repeatAt >= 0 ? Number(args[repeatAt + 1]) : 3;
const folder = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--repeat') ?? join(ROOT, 'corpus'));
const BIN = join(ROOT, 'bin/dockerfile-squash.js');

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.isFile() ? [join(dir, d.name)] : []))
    .sort();
}
const files = walk(folder);

const parser = await createParser();
parseAll(parser, files); // warm-up: the floor's JIT state should match a tool that runs for seconds
let floorWall = Infinity;
let floorCpu = Infinity;
for (let i = 0; i < repeat; i++) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  parseAll(parser, files);
  floorWall = Math.min(floorWall, performance.now() - t);
  const used = process.cpuUsage(cpu);
  floorCpu = Math.min(floorCpu, (used.user + used.system) / 1000);
}

let tool = { wall: Infinity, cpu: Infinity, rss: 0 };
for (let i = 0; i < repeat; i++) {
  const run = timeCli(['--check', '--jobs', '1', ...files]);
  tool = { wall: Math.min(tool.wall, run.wall), cpu: Math.min(tool.cpu, run.cpu), rss: Math.max(tool.rss, run.rss) };
}

const ms = (v) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`);
console.log(`# ${files.length} files in ${folder}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`best of ${repeat}    wall       cpu (user+sys)`);
console.log(`floor        ${ms(floorWall).padStart(9)}  ${ms(floorCpu).padStart(9)}`);
console.log(`--check -j1  ${ms(tool.wall).padStart(9)}  ${ms(tool.cpu).padStart(9)}   peak RSS ${tool.rss} MB`);
console.log(
  `ratio floor/tool: wall ${((floorWall / tool.wall) * 100).toFixed(0)}%, cpu ${((floorCpu / tool.cpu) * 100).toFixed(0)}%`,
);
if (args.includes('--profile')) {
  console.log('top five self-time entries (node --cpu-prof):');
  for (const line of profileCli(BIN, ['--check', '--jobs', '1', ...files])) console.log(`  ${line}`);
}

function timeCli(argv) {
  if (!existsSync('/usr/bin/time')) throw new Error('needs /usr/bin/time for CPU time and RSS');
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %U %S %M', process.execPath, BIN, ...argv], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CI: '1' },
  });
  const wall = performance.now() - start;
  const [, user, sys, rss] = /TIME ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr ?? '') ?? [];
  if (![0, 1, 2].includes(run.status)) throw new Error(`exit ${run.status}: ${run.stderr.slice(-500)}`);
  return { wall, cpu: (Number(user) + Number(sys)) * 1000, rss: Math.round(Number(rss) / 1024) };
}
