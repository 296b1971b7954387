#!/usr/bin/env node
/**
 * Corpus check: runs dockerfile-squash (the built dist/, so `npm run compile` first) over every file in a folder
 * and reports, per file and in total: crashes (anything but an InputError), parse errors (InputError: input the
 * tool refuses), changed files with their diff size and RUN counts, idempotence failures (a second run changes
 * the output again) and equivalence divergences (test/harness/equivalence.ts: every RUN of both versions runs in
 * a sandboxed bash whose external commands are logging stubs, with each call made to fail in turn).
 *
 *   npm run compile && node bench/corpus/run.mjs /work/corpus [--no-equivalence] [--json out.json] [--diff]
 *
 * The harness is TypeScript: it is compiled (with test/property/equivalence-options.ts, which says what a rewrite
 * may add: every manager's clean-ups and inserted flags) by the project's tsc into node_modules/.cache/dfsq-corpus/,
 * inside the repository so that its imports resolve against node_modules. The corpus itself is not committed: collect
 * it from public repositories (see README "Development").
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--json');
if (!folder) {
  console.error('usage: node bench/corpus/run.mjs <folder> [--no-equivalence] [--json out.json] [--diff]');
  process.exit(2);
}

const DIST = join(ROOT, 'dist/src/index.js');
if (!existsSync(DIST)) {
  console.error(`${relative(process.cwd(), DIST)} is missing: run \`npm run compile\` first`);
  process.exit(2);
}
const { squashSync, initShellParser, InputError, decodeSource } = await import(pathToFileURL(DIST).href);
const { parseDocument } = await import(pathToFileURL(join(ROOT, 'dist/src/document/parse.js')).href);
const { diffLines } = await import('diff');
await initShellParser();

/** Compiles the harness (and what it imports) with the project's tsc; returns its module, or null when skipped. */
async function loadHarness() {
  if (flag('--no-equivalence')) return null;
  const out = join(ROOT, 'node_modules/.cache/dfsq-corpus');
  const { compileTs } = await import(pathToFileURL(join(ROOT, 'test/support/compile-ts.mjs')).href);
  compileTs(['test/harness/equivalence.ts', 'test/property/equivalence-options.ts'], out, 'inherit');
  const harness = await import(pathToFileURL(join(out, 'test/harness/equivalence.js')).href);
  const options = await import(pathToFileURL(join(out, 'test/property/equivalence-options.js')).href);
  const available = await harness.harnessAvailable();
  if (!available.ok) {
    console.error(`equivalence harness unavailable (${available.reason}): divergences not checked`);
    return null;
  }
  return { checkRewrite: options.checkRewrite, dispose: harness.disposeHarness };
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.isFile() ? [join(dir, d.name)] : []))
    .sort();
}

const runCount = (text) => parseDocument(text).instructions.filter((i) => i.keyword === 'RUN').length;
const stripBom = (text) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

const harness = await loadHarness();
const files = walk(resolve(folder));
const rows = [];
const started = Date.now();
for (const path of files) {
  const name = relative(resolve(folder), path);
  const row = {
    file: name,
    status: 'unchanged',
    added: 0,
    removed: 0,
    runs: '',
    idempotent: '',
    equivalent: '',
    note: '',
  };
  rows.push(row);
  let text;
  try {
    const decoded = decodeSource(readFileSync(path));
    text = (decoded.bom ? '\uFEFF' : '') + decoded.text; // squashSync handles the BOM itself
  } catch (error) {
    row.status = error instanceof InputError ? 'parse-error' : 'crash';
    row.note = error.message;
    continue;
  }
  let result;
  try {
    result = squashSync(text);
  } catch (error) {
    row.status = error instanceof InputError ? 'parse-error' : 'crash';
    row.note = `${error.name}: ${error.message}`;
    continue;
  }
  if (!result.changed) continue;
  row.status = 'changed';
  for (const part of diffLines(text, result.output)) {
    if (part.added) row.added += part.count;
    if (part.removed) row.removed += part.count;
  }
  row.runs = `${runCount(stripBom(text))}→${runCount(stripBom(result.output))}`;
  row.fixes = result.fixes.map((f) => f.ruleId);
  row.output = result.output;
  try {
    row.idempotent = squashSync(result.output).changed ? 'NO' : 'yes';
  } catch (error) {
    row.idempotent = `NO (${error.message})`;
  }
  if (harness) {
    try {
      const verdict = await harness.checkRewrite(stripBom(text), stripBom(result.output));
      row.equivalent = verdict.ok ? 'yes' : 'NO';
      if (!verdict.ok) row.note = verdict.reason;
    } catch (error) {
      row.equivalent = 'harness error';
      row.note = error.message;
    }
  }
}

const count = (predicate) => rows.filter(predicate).length;
const summary = {
  files: rows.length,
  crashes: count((r) => r.status === 'crash'),
  parseErrors: count((r) => r.status === 'parse-error'),
  changed: count((r) => r.status === 'changed'),
  unchanged: count((r) => r.status === 'unchanged'),
  idempotenceFailures: count((r) => r.idempotent.startsWith('NO')),
  equivalenceDivergences: harness ? count((r) => r.equivalent === 'NO') : 'not checked',
  harnessErrors: count((r) => r.equivalent === 'harness error'),
  linesAdded: rows.reduce((n, r) => n + r.added, 0),
  linesRemoved: rows.reduce((n, r) => n + r.removed, 0),
  runsBefore: 0,
  runsAfter: 0,
  seconds: ((Date.now() - started) / 1000).toFixed(1),
};
for (const r of rows.filter((r) => r.runs)) {
  const [before, after] = r.runs.split('→').map(Number);
  summary.runsBefore += before;
  summary.runsAfter += after;
}

const table = (header, data) => {
  const widths = header.map((h, i) => Math.max(h.length, ...data.map((d) => String(d[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...data.map(line)].join('\n');
};

const interesting = rows.filter((r) => r.status !== 'unchanged');
console.log(
  table(
    ['file', 'status', '+lines', '-lines', 'RUNs', 'idempotent', 'equivalent', 'fixes / note'],
    interesting.map((r) => [
      r.file,
      r.status,
      r.added,
      r.removed,
      r.runs,
      r.idempotent,
      r.equivalent,
      (r.note || [...new Set(r.fixes ?? [])].join(',')).replace(/\s+/g, ' ').slice(0, 120),
    ]),
  ),
);
console.log();
console.log(
  table(
    ['files', 'crashes', 'parse errors', 'changed', 'unchanged', 'idempotence failures', 'equivalence divergences'],
    [
      [
        summary.files,
        summary.crashes,
        summary.parseErrors,
        summary.changed,
        summary.unchanged,
        summary.idempotenceFailures,
        summary.equivalenceDivergences,
      ],
    ],
  ),
);
console.log(
  `\nchanged files: +${summary.linesAdded} / -${summary.linesRemoved} lines, RUN instructions ${summary.runsBefore} → ${summary.runsAfter}; ${summary.seconds}s`,
);
if (flag('--diff')) {
  for (const r of interesting.filter((r) => r.output)) {
    console.log(`\n--- ${r.file}`);
    for (const part of diffLines(readFileSync(join(resolve(folder), r.file), 'utf8'), r.output)) {
      if (part.added || part.removed)
        for (const l of part.value.replace(/\n$/, '').split('\n')) console.log(`${part.added ? '+' : '-'}${l}`);
    }
  }
}
await harness?.dispose();
const jsonPath = option('--json');
if (jsonPath) writeFileSync(jsonPath, JSON.stringify({ summary, rows: rows.map(({ output, ...r }) => r) }, null, 2));
process.exitCode =
  summary.crashes + summary.idempotenceFailures + (harness ? summary.equivalenceDivergences : 0) > 0 ? 1 : 0;
