#!/usr/bin/env node
/**
 * Monorepo benchmark (a script, not a test). Generates a deterministic synthetic monorepo of Dockerfiles, then
 * times the parse-only floor, `dockerfile-squash --check` over the whole tree, in-process vs worker threads for
 * 1 / 100 / all files, and a one-file run against `node -e 0`. Prints the figures and which targets are met.
 *
 *   npm run compile && node bench/monorepo/run.mjs [--count 10000] [--seed 42] [--dir /tmp/x] [--skip-sequential]
 *     [--profile]   (then also the top five self-time entries of `--check` over the tree, from `node --cpu-prof`)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { generateMonorepo } from './generate.mjs';
import { createParser, parseAll } from './parse-worker.mjs';
import { profileCli } from '../lib/cpu-profile.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '42' },
    dir: { type: 'string' },
    'skip-sequential': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const seed = Number(values.seed);
const root = values.dir ?? join(tmpdir(), `dfsq-monorepo-${seed}-${count}`);
const BIN = new URL('../../bin/dockerfile-squash.js', import.meta.url).pathname;
const cores = availableParallelism();

function heading(text) {
  console.log(`\n## ${text}`);
}

// 1. The tree.
const marker = join(root, '.generated');
let paths;
if (existsSync(marker)) {
  paths = JSON.parse(readFileSync(marker, 'utf8'));
} else {
  rmSync(root, { recursive: true, force: true });
  const t = performance.now();
  paths = generateMonorepo(root, { count, seed });
  writeFileSync(marker, JSON.stringify(paths));
  console.log(`generated ${count} Dockerfiles in ${root} (${ms(performance.now() - t)})`);
}
const files = paths.map((p) => join(root, p)).sort();
const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
const lines = files.reduce((n, f) => n + readFileSync(f, 'utf8').split('\n').length - 1, 0);
console.log(
  `# dockerfile-squash monorepo benchmark (load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')})`,
);
console.log(
  `node ${process.version}, ${cores} cores; ${files.length} files, ${lines} lines, ${(bytes / 1e6).toFixed(1)} MB`,
);

// 2. Parse-only floor: one thread, then the same number of threads the CLI uses.
heading('parse-only floor (dockerfile-ast + tree-sitter-bash per RUN)');
let t = performance.now();
const floorCpuStart = process.cpuUsage();
const parser = await createParser();
const runs = parseAll(parser, files);
const floorSequential = performance.now() - t;
const floorCpuUsed = process.cpuUsage(floorCpuStart);
const floorCpu = (floorCpuUsed.user + floorCpuUsed.system) / 1000;
console.log(
  `1 thread:  ${ms(floorSequential)}  ${rate(files.length, floorSequential)}  cpu ${ms(floorCpu)}  (${runs} RUN bodies)`,
);
t = performance.now();
const shares = Array.from({ length: cores }, (_, i) => files.filter((_, j) => j % cores === i));
await Promise.all(
  shares.map(
    (share) =>
      new Promise((resolve, reject) => {
        const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url), { workerData: { files: share } });
        worker.once('message', resolve);
        worker.once('error', reject);
      }),
  ),
);
const floorParallel = performance.now() - t;
console.log(`${cores} threads: ${ms(floorParallel)}  ${rate(files.length, floorParallel)}`);

// 3. The CLI over the whole tree (automatic concurrency), with peak RSS.
heading(`dockerfile-squash --check over ${files.length} files`);
const whole = timeCli(['--check', root]);
console.log(
  `automatic:  ${ms(whole.wall)}  ${rate(files.length, whole.wall)}  cpu ${ms(whole.cpuMs)}  peak RSS ${whole.rssMb} MB  exit ${whole.status}`,
);
console.log(`            ${whole.summary}`);

// 4. In-process vs workers at three sizes.
heading(`in-process (--jobs 1) vs main thread + worker threads (--jobs ${cores})`);
const one = [files[0]];
const hundred = files.slice(0, 100);
const sizes = [
  ['1 file', one],
  ['100 files', hundred],
  [`${files.length} files`, [root]],
];
for (const [label, operands] of sizes) {
  if (values['skip-sequential'] && operands[0] === root) {
    console.log(`${label.padEnd(12)} (skipped: --skip-sequential)`);
    continue;
  }
  const sequential = timeCli(['--check', '--jobs', '1', ...operands]);
  const pooled = timeCli(['--check', '--jobs', String(cores), ...operands]);
  console.log(
    `${label.padEnd(12)} in-process ${ms(sequential.wall).padStart(9)} (${sequential.rssMb} MB)   ` +
      `--jobs ${cores} ${ms(pooled.wall).padStart(9)} (${pooled.rssMb} MB)`,
  );
}

// 5. Start-up: one file (of median size) vs `node -e 0`, with the parse-only floor and the library alone for scale.
heading('start-up: one file vs node -e 0');
const bySize = [...files].sort((a, b) => readFileSync(a).length - readFileSync(b).length);
const oneFile = bySize[Math.floor(bySize.length / 2)];
console.log(
  `file: ${oneFile.slice(root.length + 1)} (${readFileSync(oneFile, 'utf8').split('\n').length - 1} lines, the median size)`,
);
const PARSE_ONE = new URL('./parse-worker.mjs', import.meta.url).pathname;
const SQUASH_ONE = new URL('./squash-one.mjs', import.meta.url).pathname;
const commands = [
  ['node -e 0', 'node -e 0'],
  ['parse-only floor', `node ${PARSE_ONE} ${oneFile}`],
  ['squash() library alone', `node ${SQUASH_ONE} ${oneFile}`],
  ['dockerfile-squash --check', `node ${BIN} --check ${oneFile}`],
];
let medians;
if (spawnSync('hyperfine', ['--version']).status === 0) {
  const json = join(tmpdir(), `dfsq-hyperfine-${process.pid}.json`);
  spawnSync(
    'hyperfine',
    ['-N', '--warmup', '3', '--runs', '30', '-i', '--export-json', json, ...commands.map(([, c]) => c)],
    { stdio: 'ignore' },
  );
  medians = JSON.parse(readFileSync(json, 'utf8')).results.map((r) => r.median * 1000);
  rmSync(json);
  console.log('(hyperfine medians, 30 runs)');
} else {
  medians = commands.map(([, command]) => {
    const [program, ...args] = command.split(' ');
    const times = [];
    for (let i = 0; i < 15; i++) {
      const s = performance.now();
      spawnSync(program === 'node' ? process.execPath : program, args, { stdio: 'ignore' });
      times.push(performance.now() - s);
    }
    return times.sort((a, b) => a - b)[7];
  });
  console.log('(medians of 15 spawns; hyperfine not installed)');
}
commands.forEach(([label], i) =>
  console.log(`${label.padEnd(26)} ${ms(medians[i]).padStart(7)}  ${(medians[i] / medians[0]).toFixed(2)}× node -e 0`),
);
const startupRatio = medians[3] / medians[0];

// 6. Targets.
heading('targets');
const throughputShare = floorParallel / whole.wall;
const rows = [
  [
    `batch ≥ 50% of parse-only throughput (same ${cores} threads)`,
    `${(throughputShare * 100).toFixed(0)}%`,
    throughputShare >= 0.5,
  ],
  [`${files.length} files < 10 s on ${cores} cores`, ms(whole.wall), whole.wall < 10_000],
  [
    'CPU time (user+sys) ≥ 50% of the floor’s (load-proof)',
    `${((floorCpu / whole.cpuMs) * 100).toFixed(0)}%`,
    floorCpu / whole.cpuMs >= 0.5,
  ],
  ['peak RSS ≤ 200 MB', `${whole.rssMb} MB`, whole.rssMb <= 200],
  ['one-file run ≤ 2.5× node -e 0', `${startupRatio.toFixed(2)}×`, startupRatio <= 2.5],
];
for (const [target, value, met] of rows) console.log(`${met ? 'met   ' : 'MISSED'}  ${target.padEnd(52)} ${value}`);

if (values.profile) {
  heading(`profile: top five self-time entries, --check over ${files.length} files (node --cpu-prof, every thread)`);
  for (const line of profileCli(BIN, ['--check', root])) console.log(line);
}

function timeCli(args) {
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const argv = useTime ? ['-f', 'RSS_KB=%M CPU_S=%U+%S', process.execPath, BIN, ...args] : [BIN, ...args];
  const start = performance.now();
  const run = spawnSync(command, argv, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CI: '1' },
  });
  const wall = performance.now() - start;
  const rss = /RSS_KB=(\d+)/.exec(run.stderr ?? '');
  const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(run.stderr ?? '');
  const summary = (run.stderr ?? '').split('\n').find((l) => / files?: /.test(l)) ?? '';
  const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN;
  return { wall, cpuMs, status: run.status, rssMb: rss ? Math.round(Number(rss[1]) / 1024) : NaN, summary };
}

function ms(value) {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}

function rate(n, elapsed) {
  return `${Math.round((n / elapsed) * 1000)} files/s`;
}
