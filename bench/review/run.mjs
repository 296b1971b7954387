#!/usr/bin/env node
/**
 * Review run over the real-world corpus (bench/corpus/manifest.tsv, gathered into `corpus/` by
 * bench/corpus/gather.mjs): what a reviewer of the tool's pull request would see, hunk by hunk.
 *
 *   npm run compile && node bench/review/run.mjs [corpus] [--equivalence] [--unsafe] [--merge all] [--all-stages]
 *                                              [--jobs n] [--out bench/review/out] [--outputs]
 *
 * Every file is handed to the public batch API (`squashFiles`, the built dist/) by name, as a user naming it on the
 * command line would, so skips (with their reason) and refusals are the CLI's own. For each changed file the diff
 * (no context) is split into hunks; each hunk is attributed to the fixes whose located span meets it and gets a
 * mechanical category a reviewer can sort on: what it does (merge, teardown, flag, slim), and tags for the
 * situations where hunks have gone wrong before (an expert-optimised file, a stage that never ships, a heredoc,
 * a non-root USER, sudo, errexit with a compound command joined by &&, comments moved, an apt list removal in a RUN
 * that does not run `apt-get update`, a cache mount, …). Then each output is squashed again (idempotence) and, with
 * --equivalence, checked by the semantic-equivalence harness (test/harness/equivalence.ts, as bench/corpus/run.mjs).
 *
 * Figures go to stdout; `<out>/hunks.tsv` (one line per hunk: file, rules, lines, category, +/- lines),
 * `<out>/hunks.diff` (the hunks themselves, to read by eye) and `<out>/files.tsv` (status and reason per file)
 * are written to an ignored folder: they hold text of the corpus files, which is never committed. With --outputs,
 * each rewritten file is also saved as `<out>/after/<path>`, to read a hunk in its context (`diff -u corpus/X
 * <out>/after/X`).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const VALUED = new Set(['--merge', '--jobs', '--out']);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const folder = resolve(args.find((a, i) => !a.startsWith('--') && !VALUED.has(args[i - 1])) ?? join(ROOT, 'corpus'));
const OUT = resolve(option('--out', join(ROOT, 'bench/review/out')));
const options = {
  unsafe: flag('--unsafe'),
  merge: option('--merge', 'manager'),
  allStages: flag('--all-stages'),
};

const DIST = join(ROOT, 'dist/src/index.js');
if (!existsSync(DIST)) {
  console.error(`${relative(process.cwd(), DIST)} is missing: run \`npm run compile\` first`);
  process.exit(2);
}
if (!existsSync(folder)) {
  console.error(`${relative(process.cwd(), folder)} is missing: run \`node bench/corpus/gather.mjs\` first`);
  process.exit(2);
}
const { squashFiles, squashSync, initShellParser } = await import(pathToFileURL(DIST).href);
const { parseDocument } = await import(pathToFileURL(join(ROOT, 'dist/src/document/parse.js')).href);
const { structuredPatch } = await import('diff');
await initShellParser();

// ---------------------------------------------------------------------------------------------------------------
// Mechanical facts about a file and a hunk. Each is a regular expression or a lookup a reviewer could redo by hand.

/** A file that already cleans up after its package manager somewhere: its author knows the layer rules. */
const EXPERT_IDIOM = new RegExp(
  [
    String.raw`/var/lib/apt/lists`,
    String.raw`\bapt(?:-get)?\s+(?:-\S+\s+)*(?:dist-)?clean\b`,
    String.raw`--no-cache(?:-dir)?\b`,
    String.raw`\b(?:conda|mamba|micromamba)\s+clean\b`,
    String.raw`\b(?:yum|dnf5?|microdnf|tdnf|zypper)\s+(?:-\S+\s+)*(?:clean|cc)\b`,
    String.raw`/var/cache/(?:apk|yum|dnf|zypp)\b`,
    String.raw`\b(?:npm|yarn)\s+cache\s+clean\b`,
    String.raw`\bpip3?\s+cache\s+(?:purge|remove)\b`,
    String.raw`\bcomposer\s+clear-cache\b`,
    String.raw`\bpnpm\s+store\s+prune\b`,
  ].join('|'),
);
const WINDOWS_BASE = /windows|nanoserver|servercore/i;
const TEMPLATE_NAME = /\.(?:template|j2|jinja2?|tmpl|tpl|in)$/i;
const TEMPLATE_SYNTAX = /\{\{[^}\n]*\}\}|\{%[^%\n]*%\}/;
const APT_LISTS = /\/var\/lib\/apt\/lists/;
const APT_UPDATE = /\bapt(?:-get)?\s+(?:-\S+\s+)*update\b/;
const APT_CLEAN_ADDED = /\bapt-get\s+clean\b/;
const DIST_CLEAN = /\bapt(?:-get)?\s+(?:-\S+\s+)*dist-clean\b/;
const ERREXIT = /\bset\s+-[a-zA-Z]*e|\bset\s+-o\s+errexit\b/;
/** A compound command's end followed by && (possibly across a continuation): errexit is off inside it. */
const COMPOUND_THEN_AND = /(?:\bdone|\bfi|\besac|(?:^|[\s;])[})])\s*(?:\\\r?\n\s*)?&&/;
const ROOT_USER = /^(?:root|0)(?::.*)?$/;

function fileFacts(name, text) {
  const doc = safeParse(text);
  const froms = text.match(/^[ \t]*FROM[ \t].*$/gim) ?? [];
  const shell = text.match(/^[ \t]*SHELL[ \t].*$/gim) ?? [];
  return {
    doc,
    expert: EXPERT_IDIOM.test(text),
    windows:
      froms.some((l) => WINDOWS_BASE.test(l)) ||
      /^#\s*escape\s*=\s*`/im.test(text) ||
      shell.some((l) => /powershell|pwsh|cmd(?:\.exe)?\b/i.test(l)),
    template: TEMPLATE_NAME.test(name) || TEMPLATE_SYNTAX.test(text),
  };
}

function safeParse(text) {
  try {
    return parseDocument(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
}

/** 1-based line of each offset. */
function lineIndex(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Instructions with their 1-based line span and whether their stage's filesystem reaches an image. */
function instructionLines(doc, text) {
  if (!doc) return [];
  const lineOf = lineIndex(text.replace(/^\uFEFF/, ''));
  const last = doc.stages.length - 1;
  // The last stage ships, and so does every stage a shipping stage is built FROM (transitively).
  const ships = (s) => s < 0 || s === last || doc.stages.some((t) => t.baseStage === s && ships(t.index));
  return doc.instructions.map((ins) => ({
    ins,
    first: lineOf(ins.start),
    last: lineOf(Math.max(ins.start, ins.end - 1)),
    ships: ships(ins.stage),
  }));
}

const overlaps = (aLo, aHi, bLo, bHi) => aLo <= bHi && bLo <= aHi;
/** A line without its trailing continuation and operator, to tell a line that only gained ` && \\` from new text. */
const bare = (line) => line.replace(/\s*(?:&&|\|\||;)?\s*\\?\s*$/, '').trim();

/** What the rule does, as a reviewer reads the hunk. Unknown (custom) rule ids stand for themselves. */
const ACTION = { 'merge-runs': 'merge', teardown: 'teardown', 'no-cache-flag': 'flag', 'slim-install': 'slim' };

/**
 * A comment line between lo and hi (1-based) that belonged to no instruction and that the rewrite left behind.
 * It is in place when the output carries it inside an instruction (a merged RUN's continuation), or still has it
 * directly above the instruction it stood above, with that instruction still followed by what followed it (an
 * ENV moved below a merged RUN keeps its first line but no longer introduces the RUN its comment described).
 */
function commentsLeftBehind(facts, outFacts, before, after, lo, hi) {
  const lines = facts.text.split('\n');
  const outLines = outFacts.text.split('\n');
  const inside = (list, n) => list.some((i) => i.first <= n && n <= i.last);
  for (let n = lo; n <= hi; n++) {
    if (!/^\s*#/.test(lines[n - 1] ?? '') || inside(before, n)) continue;
    const below = instructionBelow(lines, before, n);
    const placed = outLines.some((line, k) => {
      if (line.trim() !== lines[n - 1].trim()) return false;
      if (inside(after, k + 1)) return true;
      const outBelow = instructionBelow(outLines, after, k + 1);
      return below !== null && outBelow !== null && sameStart(below, outBelow, facts, outFacts, before, after);
    });
    if (!placed) return true;
  }
  return false;
}

/** The instruction directly below line n (only comment lines between), or null. */
function instructionBelow(lines, instructions, n) {
  let m = n + 1;
  while (m <= lines.length && /^\s*#/.test(lines[m - 1]) && !instructions.some((i) => i.first === m)) m++;
  return instructions.find((i) => i.first === m) ?? null;
}

/** Two instructions start with the same line, and so do the instructions that follow them. */
function sameStart(a, b, facts, outFacts, before, after) {
  const first = (i, text) => bare(text.split('\n')[i.first - 1] ?? '');
  if (first(a, facts.text) !== first(b, outFacts.text)) return false;
  const next = (list, i) => list[list.indexOf(i) + 1];
  const [na, nb] = [next(before, a), next(after, b)];
  return !na || !nb || first(na, facts.text) === first(nb, outFacts.text);
}

function categorise({ spans, rules, before, after, oldLo, oldHi, newLo, newHi, facts, outFacts, removed, added }) {
  const tags = new Set(rules.map((r) => ACTION[r] ?? r));
  if (facts.expert) tags.add('expert-file');
  if (facts.windows) tags.add('windows');
  if (facts.template) tags.add('template');
  const touched = before.filter((i) => overlaps(i.first, i.last, oldLo, oldHi));
  const result = after.filter((i) => overlaps(i.first, i.last, newLo, newHi));
  const runs = [...touched, ...result].filter((i) => i.ins.run);
  if (touched.some((i) => !i.ships)) tags.add('stage-never-ships');
  if (runs.some((i) => i.ins.run.form === 'heredoc')) tags.add('heredoc');
  if (runs.some((i) => i.ins.run.form === 'exec')) tags.add('exec-form');
  if (runs.some((i) => i.ins.run.mounts.some((m) => m.type === 'cache'))) tags.add('cache-mount');
  if (touched.some((i) => i.ins.user && !ROOT_USER.test(i.ins.user))) tags.add('non-root-user');
  if (touched.some((i) => !['RUN'].includes(i.ins.keyword))) tags.add('crosses-instruction');
  const addedText = added.join('\n');
  if (/\bsudo\b/.test(addedText)) tags.add('sudo');
  if (removed.some((l) => /^\s*#/.test(l)) || added.some((l) => /^\s*#/.test(l))) tags.add('comments');
  // A merge that leaves a comment line stranded where the RUN it described is gone (issue 10, C13).
  if (spans.some(([lo, hi]) => commentsLeftBehind(facts, outFacts, before, after, lo, hi)))
    tags.add('comment-left-behind');
  for (const r of result) {
    const body = outFacts.text.slice(r.ins.start, r.ins.end);
    const errexit = ERREXIT.test(body) || r.ins.run?.shellErrexit;
    if (errexit && COMPOUND_THEN_AND.test(body) && !COMPOUND_THEN_AND.test(removedJoinedFor(r, touched, facts)))
      tags.add('errexit-compound-and');
    if (APT_LISTS.test(addedText) && APT_LISTS.test(body) && !APT_UPDATE.test(body))
      tags.add('apt-lists-not-updated-here');
    if (APT_CLEAN_ADDED.test(addedText) && DIST_CLEAN.test(body)) tags.add('after-dist-clean');
  }
  return [...tags].join('+');
}

/** The original text of the RUNs a rewritten instruction came from, to tell a pattern the tool added from one it kept. */
function removedJoinedFor(_result, touched, facts) {
  return touched.map((i) => facts.text.slice(i.ins.start, i.ins.end)).join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Equivalence (optional): the same harness as bench/corpus/run.mjs.

async function loadHarness() {
  if (!flag('--equivalence')) return null;
  const out = join(ROOT, 'node_modules/.cache/dfsq-corpus');
  const { compileTs } = await import(pathToFileURL(join(ROOT, 'test/support/compile-ts.mjs')).href);
  compileTs(['test/harness/equivalence.ts', 'test/property/equivalence-options.ts'], out, 'inherit');
  const harness = await import(pathToFileURL(join(out, 'test/harness/equivalence.js')).href);
  const equivalenceOptions = await import(pathToFileURL(join(out, 'test/property/equivalence-options.js')).href);
  const available = await harness.harnessAvailable();
  if (!available.ok) {
    console.error(`equivalence harness unavailable (${available.reason}): divergences not checked`);
    return null;
  }
  return { checkRewrite: equivalenceOptions.checkRewrite, dispose: harness.disposeHarness };
}

// ---------------------------------------------------------------------------------------------------------------

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.isFile() ? [join(dir, d.name)] : []))
    .sort();
}

/** corpus path → manifest row, to report each file's kind. */
function manifestKinds() {
  const file = join(ROOT, 'bench/corpus/manifest.tsv');
  const kinds = new Map();
  if (!existsSync(file)) return kinds;
  const [, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  for (const line of lines) {
    const [repo, , path, , kind] = line.split('\t');
    kinds.set(`${repo.replace('/', '__')}/${path}`, kind);
  }
  return kinds;
}

const stripBom = (text) => text.replace(/^\uFEFF/, '');
const CRASH_REASONS = new Set(['internal error', 'transform error']);

const started = Date.now();
const kinds = manifestKinds();
const paths = walk(folder).map((p) => relative(folder, p));
const jobs = Number(option('--jobs', String(Math.max(1, Math.min(availableParallelism(), 4)))));
const { files } = await squashFiles(paths, { cwd: folder, config: false, jobs, ...options });
const batchSeconds = (Date.now() - started) / 1000;

const harness = await loadHarness();
const hunks = [];
const fileRows = [];
const diffText = [];
const totals = {
  files: files.length,
  changed: 0,
  unchanged: 0,
  skipped: {},
  errors: {},
  crashes: 0,
  idempotenceFailures: 0,
  equivalenceDivergences: harness ? 0 : 'not checked',
  harnessErrors: 0,
};
const crashes = [];
const errorSamples = [];
const divergent = [];
const notIdempotent = [];
const byKind = {};

for (const result of files) {
  const name = relative(folder, resolve(folder, result.path));
  const kind = kinds.get(name) ?? 'unlisted';
  byKind[kind] ??= { files: 0, changed: 0, skipped: 0, errors: 0, hunks: 0 };
  byKind[kind].files++;
  const row = { file: name, kind, status: result.status, reason: result.reason ?? '', note: '' };
  fileRows.push(row);
  if (result.status === 'skipped') {
    byKind[kind].skipped++;
    totals.skipped[result.reason ?? result.message] = (totals.skipped[result.reason ?? result.message] ?? 0) + 1;
    row.note = result.message ?? '';
    continue;
  }
  if (result.status === 'error') {
    if (CRASH_REASONS.has(result.reason)) {
      totals.crashes++;
      crashes.push(`${name}: ${result.message}`);
    } else {
      byKind[kind].errors++;
      const reason = result.reason ?? 'error';
      totals.errors[reason] = (totals.errors[reason] ?? 0) + 1;
      errorSamples.push(`${name}: ${reason}: ${result.message}`);
    }
    row.note = result.message ?? '';
    continue;
  }
  if (result.status !== 'changed') {
    totals.unchanged++;
    continue;
  }
  totals.changed++;
  byKind[kind].changed++;
  const original = readFileSync(join(folder, name), 'utf8');
  const output = result.output;
  if (flag('--outputs')) {
    const target = join(OUT, 'after', name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output);
  }

  try {
    if (squashSync(output, options).changed) {
      totals.idempotenceFailures++;
      notIdempotent.push(name);
      row.note = 'not idempotent';
    }
  } catch (error) {
    totals.idempotenceFailures++;
    notIdempotent.push(`${name} (${error.message})`);
    row.note = `second run: ${error.message}`;
  }
  if (harness) {
    try {
      const verdict = await harness.checkRewrite(stripBom(original), stripBom(output));
      if (!verdict.ok) {
        totals.equivalenceDivergences++;
        divergent.push(`${name}: ${verdict.reason.replace(/\s+/g, ' ').slice(0, 200)}`);
        row.note = `diverges: ${verdict.reason.replace(/\s+/g, ' ').slice(0, 120)}`;
      }
    } catch (error) {
      totals.harnessErrors++;
      row.note = `harness error: ${error.message}`;
    }
  }

  const facts = { ...fileFacts(name, original), text: stripBom(original) };
  const outFacts = { text: stripBom(output) };
  const before = instructionLines(facts.doc, original);
  const after = instructionLines(safeParse(output), output);
  const patch = structuredPatch(name, name, original, output, '', '', { context: 0 });
  for (const h of patch.hunks) {
    // With no context, an insertion after line n has oldStart n and no old lines: it meets lines n and n+1.
    const oldLo = h.oldLines === 0 ? h.oldStart : h.oldStart;
    const oldHi = h.oldLines === 0 ? h.oldStart + 1 : h.oldStart + h.oldLines - 1;
    const newLo = h.newLines === 0 ? h.newStart : h.newStart;
    const newHi = h.newLines === 0 ? h.newStart + 1 : h.newStart + h.newLines - 1;
    const meeting = result.fixes.filter((f) => overlaps(f.span.range.start.line, f.span.range.end.line, oldLo, oldHi));
    const nearest = meeting.length
      ? meeting
      : [...result.fixes]
          .sort((a, b) => Math.abs(a.span.range.start.line - oldLo) - Math.abs(b.span.range.start.line - oldLo))
          .slice(0, 1);
    const rules = [...new Set(nearest.map((f) => f.ruleId))].sort();
    const removed = h.lines.filter((l) => l.startsWith('-')).map((l) => l.slice(1));
    // A line that only gained a continuation (` \\`, ` && \\`) is not new text: facts look at the new lines only.
    const kept = new Set(removed.map(bare));
    const added = h.lines
      .filter((l) => l.startsWith('+'))
      .map((l) => l.slice(1))
      .filter((l) => !kept.has(bare(l)));
    const changedLines = h.lines.filter((l) => l.startsWith('+')).length;
    const spans = nearest
      .filter((f) => f.ruleId === 'merge-runs')
      .map((f) => [f.span.range.start.line, f.span.range.end.line]);
    const category = categorise({
      spans,
      rules,
      before,
      after,
      oldLo,
      oldHi,
      newLo,
      newHi,
      facts,
      outFacts,
      removed,
      added,
    });
    const lines = `${h.oldStart},${h.oldLines}→${h.newStart},${h.newLines}`;
    hunks.push({ file: name, kind, rules, lines, category, added: changedLines, removed: removed.length });
    byKind[kind].hunks++;
    diffText.push(
      `### ${name} @@ ${lines} [${rules.join('+')}] ${category}`,
      ...h.lines.filter((l) => !l.startsWith('\\')),
      '',
    );
  }
}
await harness?.dispose();

// ---------------------------------------------------------------------------------------------------------------
// Report

const count = (list, key) => {
  const tally = {};
  for (const item of list) for (const k of [].concat(key(item))) tally[k] = (tally[k] ?? 0) + 1;
  return Object.fromEntries(Object.entries(tally).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
};
const tags = (h) => h.category.split('+');
const expertHunks = hunks.filter((h) => tags(h).includes('expert-file'));
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const show = (label, value) => console.log(`${label.padEnd(28)} ${value}`);
const list = (title, items, max = 10) => {
  if (items.length === 0) return;
  console.log(`\n${title} (${items.length}):`);
  for (const i of items.slice(0, max)) console.log(`  ${i}`);
  if (items.length > max) console.log(`  … ${items.length - max} more in ${relative(process.cwd(), OUT)}/files.tsv`);
};

const flags = Object.entries(options)
  .filter(([k, v]) => v && !(k === 'merge' && v === 'manager'))
  .map(([k, v]) => (v === true ? `--${k}` : `--${k} ${v}`));
console.log(`review of ${relative(process.cwd(), folder) || '.'} ${flags.join(' ')}`.trimEnd());
show('files', totals.files);
show('changed', totals.changed);
show('unchanged', totals.unchanged);
show('skipped', `${Object.values(totals.skipped).reduce((a, b) => a + b, 0)} ${JSON.stringify(totals.skipped)}`);
show('errors', `${Object.values(totals.errors).reduce((a, b) => a + b, 0)} ${JSON.stringify(totals.errors)}`);
show('crashes', totals.crashes);
show('idempotence failures', totals.idempotenceFailures);
show('equivalence divergences', totals.equivalenceDivergences);
if (totals.harnessErrors) show('harness errors', totals.harnessErrors);
show('hunks', hunks.length);
show('hunks per rule', JSON.stringify(count(hunks, (h) => h.rules)));
show('hunks on expert files', `${expertHunks.length} in ${new Set(expertHunks.map((h) => h.file)).size} files`);
show('expert hunks per rule', JSON.stringify(count(expertHunks, (h) => h.rules)));
show('hunks per tag', JSON.stringify(count(hunks, tags)));
const cpu = process.cpuUsage();
const cpuSeconds = ((cpu.user + cpu.system) / 1e6).toFixed(1);
show(
  'time',
  `${seconds}s wall, ${cpuSeconds}s CPU (batch ${batchSeconds.toFixed(1)}s, ${jobs} thread${jobs === 1 ? '' : 's'})`,
);
console.log('\nby kind (files / changed / skipped / errors / hunks):');
for (const [kind, k] of Object.entries(byKind).sort())
  console.log(`  ${kind.padEnd(14)} ${k.files} / ${k.changed} / ${k.skipped} / ${k.errors} / ${k.hunks}`);
list('crashes', crashes);
list('idempotence failures', notIdempotent);
list('equivalence divergences', divergent);
list('errors', errorSamples);

mkdirSync(OUT, { recursive: true });
const tsv = (header, rows) => [header, ...rows].map((r) => r.join('\t')).join('\n') + '\n';
writeFileSync(
  join(OUT, 'hunks.tsv'),
  tsv(
    ['file', 'kind', 'rules', 'lines', 'category', 'added', 'removed'],
    hunks.map((h) => [h.file, h.kind, h.rules.join('+'), h.lines, h.category, h.added, h.removed]),
  ),
);
writeFileSync(join(OUT, 'hunks.diff'), diffText.join('\n'));
writeFileSync(
  join(OUT, 'files.tsv'),
  tsv(
    ['file', 'kind', 'status', 'reason', 'note'],
    fileRows.map((r) => [r.file, r.kind, r.status, r.reason, r.note.replace(/\s+/g, ' ')]),
  ),
);
console.log(
  `\nper-hunk list: ${relative(process.cwd(), join(OUT, 'hunks.tsv'))} (diffs: hunks.diff, files: files.tsv)`,
);
process.exitCode =
  totals.crashes + totals.idempotenceFailures + (harness ? totals.equivalenceDivergences : 0) > 0 ? 1 : 0;
