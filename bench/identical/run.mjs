#!/usr/bin/env node
/**
 * The safety net for speed work: a digest of what the built tool (dist/, so `npm run compile` first) makes of
 * every file, under the default options, --unsafe and --merge all, so that a change meant to be invisible can be
 * proven output-identical on the real corpus and the generated monorepo.
 *
 *   node bench/identical/run.mjs digest <folder>... [--monorepo 10000] --out before.json
 *   node bench/identical/run.mjs compare before.json after.json
 *
 * Per file and option set the digest keeps what the CLI's per-file pipeline reports (processFile, as for --json:
 * status and reason, the located fixes with their replacements, held-back fixes, stages left alone) and a hash of
 * the output.
 * `--monorepo N` adds bench/monorepo's generated tree of N files (seed 42), generated once into the temp folder.
 * `compare` prints every file whose digest differs and exits 1 when there is one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [mode, ...rest] = process.argv.slice(2);
const option = (name) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : undefined;
};
const operands = rest.filter((a, i) => !a.startsWith('--') && !rest[i - 1]?.startsWith('--'));

const OPTION_SETS = {
  default: {},
  unsafe: { unsafe: true },
  'merge-all': { merge: 'all' },
};

const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.isFile() ? [join(dir, d.name)] : []))
    .sort();
}

async function monorepo(count) {
  const root = join(tmpdir(), `dfsq-identical-monorepo-42-${count}`);
  const marker = join(root, '.generated');
  if (!existsSync(marker)) {
    const { generateMonorepo } = await import(pathToFileURL(join(ROOT, 'bench/monorepo/generate.mjs')).href);
    writeFileSync(marker, JSON.stringify(generateMonorepo(root, { count, seed: 42 })));
  }
  return root;
}

async function digest() {
  const out = option('--out');
  if (!out) throw new Error('digest needs --out FILE');
  const { initShellParser } = await import(pathToFileURL(join(ROOT, 'dist/src/index.js')).href);
  const { processFile, DEFAULT_FILE_OPTIONS } = await import(
    pathToFileURL(join(ROOT, 'dist/src/engine/process-file.js')).href
  );
  await initShellParser();
  const folders = operands.map((f) => resolve(f));
  if (option('--monorepo')) folders.push(await monorepo(Number(option('--monorepo'))));
  const result = {};
  const started = performance.now();
  let files = 0;
  for (const folder of folders) {
    for (const path of walk(folder)) {
      if (path.endsWith('.generated')) continue;
      files++;
      const name = `${folder.split('/').pop()}/${relative(folder, path)}`;
      for (const [set, request] of Object.entries(OPTION_SETS)) {
        const task = { path: name, absolute: path, options: { ...DEFAULT_FILE_OPTIONS, ...request } };
        // The CLI's own per-file pipeline (status, located fixes, held-back fixes, stages left alone), as --json.
        const { original, output, ...entry } = await processFile(task, false, {
          text: true,
          diff: false,
          replacements: true,
        });
        entry.output = output === undefined ? null : hash(output);
        // An internal error's message carries a stack trace, whose paths and line numbers move with any change.
        if (entry.message) entry.message = entry.message.split('\n')[0];
        result[`${set}\t${name}`] = entry;
      }
    }
  }
  writeFileSync(out, JSON.stringify(result));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${files} files × ${Object.keys(OPTION_SETS).length} option sets → ${out} (${seconds} s)`);
}

function compare() {
  const [a, b] = operands.map((f) => JSON.parse(readFileSync(f, 'utf8')));
  if (!a || !b) throw new Error('compare needs two digests');
  let differences = 0;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const before = JSON.stringify(a[key] ?? null);
    const after = JSON.stringify(b[key] ?? null);
    if (before === after) continue;
    if (differences++ < 50) console.log(`${key}\n  before ${before}\n  after  ${after}`);
  }
  const total = new Set([...Object.keys(a), ...Object.keys(b)]).size;
  console.log(differences === 0 ? `identical: ${total} entries` : `${differences} of ${total} entries differ`);
  process.exitCode = differences === 0 ? 0 : 1;
}

if (mode === 'digest') await digest();
else if (mode === 'compare') compare();
else {
  console.error('usage: run.mjs digest <folder>... [--monorepo N] --out FILE | run.mjs compare A B');
  process.exitCode = 2;
}
