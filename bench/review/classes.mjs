#!/usr/bin/env node
/**
 * Sorts the hunks of a review run (bench/review/run.mjs --outputs) into the classes of bench/review/FINDINGS.md,
 * so the "before" and "after" counts there can be redone on any commit:
 *
 *   npm run compile && node bench/review/run.mjs --outputs && node bench/review/classes.mjs [--out bench/review/out]
 *                                                                                         [--list CLASS]
 *
 * Each hunk gets the first class whose test matches, in the order below (wrong before noise before OK), so the
 * counts add up to the number of hunks. The tests are mechanical stand-ins for a reviewer's reading: they were
 * checked by reading the hunks (see FINDINGS.md), they are not the judgement itself. `--list CLASS` prints the
 * files and lines of one class, to read them again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const OUT = resolve(option('--out', join(ROOT, 'bench/review/out')));
const CORPUS = resolve(option('--corpus', join(ROOT, 'corpus')));
if (!existsSync(join(OUT, 'after'))) {
  console.error(`${OUT}/after is missing: run \`node bench/review/run.mjs --outputs\` first`);
  process.exit(2);
}
const { parseDocument } = await import(pathToFileURL(join(ROOT, 'dist/src/document/parse.js')).href);
const { initShellParser } = await import(pathToFileURL(join(ROOT, 'dist/src/index.js')).href);
await initShellParser();

/** The hunks of hunks.diff: header `### file @@ lines [rules] category`, then the -/+ lines. */
function readHunks() {
  const hunks = [];
  for (const block of readFileSync(join(OUT, 'hunks.diff'), 'utf8').split(/^### /m).slice(1)) {
    const [header, ...body] = block.split('\n');
    const m = /^(.*) @@ (\d+),(\d+)→(\d+),(\d+) \[([^\]]*)\] (\S*)$/.exec(header);
    if (!m) continue;
    hunks.push({
      file: m[1],
      oldStart: +m[2],
      oldLines: +m[3],
      newStart: +m[4],
      newLines: +m[5],
      rules: m[6].split('+').filter(Boolean),
      tags: new Set(m[7].split('+')),
      removed: body.filter((l) => l.startsWith('-')).map((l) => l.slice(1)),
      added: body.filter((l) => l.startsWith('+')).map((l) => l.slice(1)),
    });
    const h = hunks[hunks.length - 1];
    // Lines that only gained a continuation (` \\`, ` && \\`) are not new text.
    const kept = new Set(h.removed.map(bare));
    h.added = h.added.filter((l) => !kept.has(bare(l)));
  }
  return hunks;
}

const files = new Map();
function file(name) {
  if (!files.has(name)) {
    const before = readFileSync(join(CORPUS, name), 'utf8').replace(/^\uFEFF/, '');
    const after = readFileSync(join(OUT, 'after', name), 'utf8').replace(/^\uFEFF/, '');
    let doc = null;
    let outDoc = null;
    try {
      doc = parseDocument(before);
      outDoc = parseDocument(after);
    } catch {
      /* classified from the text alone */
    }
    files.set(name, { before, after, lines: before.split('\n'), outLines: after.split('\n'), doc, outDoc });
  }
  return files.get(name);
}

/** Text of the instructions of `doc` that meet lines lo..hi (1-based) of `text`. */
function instructionsAt(doc, text, lo, hi) {
  if (!doc) return [];
  const lineOf = (offset) => text.slice(0, offset).split('\n').length;
  return doc.instructions
    .map((i) => ({ i, first: lineOf(i.start), last: lineOf(Math.max(i.start, i.end - 1)) }))
    .filter((x) => x.first <= hi && lo <= x.last)
    .map((x) => ({ ...x, text: text.slice(x.i.start, x.i.end) }));
}

/** Per manager: the command that installs, and the spellings that already leave no cache behind. */
const CLEAN = {
  apt: {
    uses: /\bapt(?:-get|itude)?\s+(?:-\S+\s+)*(?:install|upgrade|dist-upgrade)\b/,
    clean: /\/var\/lib\/apt\/lists/,
  },
  apk: { uses: /\bapk\s+(?:-\S+\s+)*(?:add|upgrade)\b/, clean: /--no-cache\b|\/var\/cache\/apk/ },
  pip: {
    uses: /\bpip[0-9.]*\s+(?:-\S+\s+)*install\b/,
    clean: /--no-cache-dir\b|PIP_NO_CACHE_DIR|\.cache\/pip|\.cache\b/,
  },
  conda: {
    uses: /\b(?:conda|mamba|micromamba)\s+(?:install|create|update)\b/,
    clean: /\b(?:conda|mamba|micromamba)\s+clean\b/,
  },
  npm: { uses: /\bnpm\s+(?:install|ci|i)\b/, clean: /npm\s+cache\s+clean|\.npm\b/ },
  yarn: { uses: /\byarn(?:\s+install|\s+add|\s*$|\s*&&)/m, clean: /yarn\s+cache\s+clean/ },
};
const RPM = /\b(?:yum|dnf5?|microdnf|tdnf|zypper)\b/;

function cleanAlready(runText) {
  const used = Object.entries(CLEAN).filter(([, m]) => m.uses.test(runText));
  return used.length > 0 && used.every(([, m]) => m.clean.test(runText));
}

const bare = (line) => line.replace(/\s*(?:&&|\|\||;)?\s*\\?\s*$/, '').trim();
const indentOf = (line) => /^[ \t]*/.exec(line)[0];

/** Classes in the order they are tried. `test(h, f)` gets the hunk and its file. */
const CLASSES = [
  // --- wrong: the build breaks or its meaning changes
  { id: 'W-template', verdict: 'wrong', issue: 'B12', test: (h) => h.tags.has('template') },
  {
    id: 'W-windows',
    verdict: 'wrong',
    issue: 'A5',
    test: (h, f) =>
      h.tags.has('windows') || (/^FROM\s+\$/m.test(f.before) && /windows|nanoserver|servercore/i.test(f.before)),
  },
  {
    id: 'W-conda-wrong-prefix',
    verdict: 'wrong',
    issue: 'A4 (NEW spelling)',
    test: (h, f) =>
      h.added.some((l) => {
        const m = /(\S+)\/bin\/(?:conda|mamba)\s+clean/.exec(l);
        return m && !f.before.includes(m[1]);
      }),
  },
  {
    id: 'W-clean-after-download-only',
    verdict: 'wrong',
    issue: 'NEW (A2 family)',
    test: (h, f) =>
      h.added.some((l) => /\b(?:conda|mamba)\s+clean\b/.test(l)) &&
      instructionsAt(f.outDoc, f.after, h.newStart, h.newStart + h.newLines).some((x) =>
        /--download-only/.test(x.text),
      ),
  },
  { id: 'W-errexit-compound', verdict: 'wrong', issue: 'A1', test: (h) => h.tags.has('errexit-compound-and') },
  {
    id: 'W-clean-needs-root',
    verdict: 'wrong',
    issue: 'A4',
    test: (h) =>
      h.tags.has('non-root-user') &&
      h.added.some(
        (l) => /apt-get clean|\/var\/lib\/apt|(?:yum|dnf|apk)\b.*clean|\/var\/cache\//.test(l) && !/sudo/.test(l),
      ),
  },
  // --- noise: saves no byte, or not in the file's style
  { id: 'N-after-dist-clean', verdict: 'noise', issue: 'B9', test: (h) => h.tags.has('after-dist-clean') },
  {
    id: 'N-clean-up-script',
    verdict: 'noise',
    issue: 'B9 (NEW spelling)',
    test: (h) => h.removed.some((l) => /clean[-_]?(?:up|layer)?\.sh\b/.test(l)) && h.rules.includes('teardown'),
  },
  {
    id: 'N-clean-up-already-there',
    verdict: 'noise',
    issue: 'B9',
    test: (h, f) => {
      if (!h.rules.includes('teardown') && !h.rules.includes('no-cache-flag')) return false;
      const runs = instructionsAt(f.doc, f.before, h.oldStart, h.oldStart + Math.max(h.oldLines - 1, 0));
      const added = h.added.join('\n');
      return runs.some(
        (x) =>
          // `apk add --no-cache` after `apk update` leaves the index update wrote: removing it saves bytes.
          (/\/var\/cache\/apk/.test(added) && /\/var\/cache\/apk/.test(x.text)) ||
          (/composer clear-cache/.test(added) && /COMPOSER_HOME|\.composer/.test(x.text)) ||
          (/\bconda clean --all/.test(added) &&
            /conda\s+clean\s+-(?:[a-z]*a[a-z]*)\b|conda\s+clean\s+--all/.test(x.text)) ||
          (/apt-get clean/.test(added) &&
            /\/var\/lib\/apt\/lists/.test(x.text) &&
            !/\/var\/lib\/apt\/lists/.test(added)) ||
          (/--no-cache\b/.test(added) &&
            /\bapk\b/.test(added) &&
            /\/var\/cache\/apk/.test(f.after.slice(0)) &&
            /apk update/.test(x.text)),
      );
    },
  },
  { id: 'N-stage-never-ships', verdict: 'noise', issue: 'B11', test: (h) => h.tags.has('stage-never-ships') },
  { id: 'N-lists-wrong-layer', verdict: 'noise', issue: 'B10', test: (h) => h.tags.has('apt-lists-not-updated-here') },
  {
    id: 'N-apt-clean-alone',
    verdict: 'noise',
    issue: 'NEW',
    test: (h) =>
      h.rules.includes('teardown') &&
      h.added.some((l) => /apt-get clean/.test(l)) &&
      !h.added.some((l) => /\/var\/lib\/apt\/lists/.test(l)) &&
      !h.added.some((l) => /^\s*RUN\b/.test(l)),
  },
  {
    // ~/.gem is only the spec cache when GEM_HOME points elsewhere; the official ruby images say so, others may not.
    id: 'N-gem-cache-unproven',
    verdict: 'noise',
    issue: 'A2',
    test: (h, f) =>
      h.added.some((l) => /rm -rf ~\/\.gem/.test(l)) &&
      !/^FROM\s+(?:docker\.io\/)?(?:library\/)?ruby:/im.test(f.before),
  },
  { id: 'N-comment-left-behind', verdict: 'noise', issue: 'C13', test: (h) => h.tags.has('comment-left-behind') },
  {
    id: 'N-merge-build-script',
    verdict: 'noise',
    issue: 'NEW',
    test: (h) =>
      h.rules.includes('merge-runs') &&
      [...h.removed, ...h.added].some((l) =>
        /\b(?:npm\s+run|yarn\s+(?:run\s+)?build|pnpm\s+(?:run\s+)?build)\b/.test(l),
      ),
  },
  {
    id: 'N-merge-of-clean-runs',
    verdict: 'noise',
    issue: 'NEW',
    test: (h, f) => {
      if (!h.rules.includes('merge-runs') || h.rules.includes('teardown') || h.rules.includes('no-cache-flag'))
        return false;
      const [lo, hi] = mergeSpan(h, f);
      const runs = instructionsAt(f.doc, f.before, lo, hi).filter((x) => x.i.keyword === 'RUN');
      if (runs.length < 2 || runs.some((x) => RPM.test(x.text))) return false;
      const managed = runs.filter((x) => Object.values(CLEAN).some((m) => m.uses.test(x.text)));
      return managed.length >= 1 && managed.every((x) => cleanAlready(x.text)) && !deletesEarlier(runs);
    },
  },
  {
    // The file's own operator lines fix the indent and the side of `&&`: an added `&&` line must match them.
    id: 'N-indent-slip',
    verdict: 'noise',
    issue: 'C14',
    test: (h, f) => {
      const runs = instructionsAt(f.doc, f.before, h.oldStart, h.oldStart + Math.max(h.oldLines - 1, 0)).filter(
        (x) => x.i.keyword === 'RUN',
      );
      const body = runs.flatMap((x) => f.lines.slice(x.first, x.last));
      const addedOps = h.added.filter((l) => /^\s*&&/.test(l));
      const leading = new Set(body.filter((l) => /^\s*&&/.test(l)).map(indentOf));
      if (leading.size > 0) return addedOps.some((l) => !leading.has(indentOf(l)));
      const trailing = body.filter((l) => /&&\s*\\\s*$/.test(l));
      const firstTrailing = runs.some((x) => /&&\s*\\\s*$/.test(f.lines[x.first - 1]));
      if (trailing.length === 0 && !firstTrailing) return false;
      if (addedOps.length > 0) return true; // `&& \` and `\ … &&` mixed in one RUN
      const own = new Set(trailing.map(indentOf));
      const added = h.added.filter((l) => l.trim() && !/^\s*(?:#|RUN\b)/.test(l));
      return own.size > 0 && added.some((l) => !own.has(indentOf(l)));
    },
  },
  { id: 'OK', verdict: 'ok', issue: '', test: () => true },
];

/** The merged RUN's original line span: the merge-runs fix spans are not in hunks.diff, so take the RUNs the
 * removed lines came from, widened to the hunks of the same file that belong to the same output RUN. */
function mergeSpan(h, f) {
  const out = instructionsAt(f.outDoc, f.after, h.newStart, h.newStart + Math.max(h.newLines - 1, 0)).find(
    (x) => x.i.keyword === 'RUN',
  );
  if (!out) return [h.oldStart, h.oldStart + h.oldLines];
  const siblings = byFile.get(h.file).filter((o) => o.newStart <= out.last && out.first <= o.newStart + o.newLines);
  const lo = Math.min(...siblings.map((o) => o.oldStart));
  const hi = Math.max(...siblings.map((o) => o.oldStart + Math.max(o.oldLines - 1, 0)));
  return [lo, hi];
}

/** A later RUN removes something an earlier one of the group named: the merge is deletion-driven, it saves. */
function deletesEarlier(runs) {
  return runs.some((x, n) => n > 0 && /\b(?:rm|apk\s+del|apt-get\s+(?:purge|remove))\b/.test(x.text.split('\n')[0]));
}

const hunks = readHunks();
const byFile = new Map();
for (const h of hunks) byFile.set(h.file, [...(byFile.get(h.file) ?? []), h]);
const tally = new Map(CLASSES.map((c) => [c.id, []]));
for (const h of hunks) {
  const f = file(h.file);
  const c = CLASSES.find((k) => k.test(h, f));
  tally.get(c.id).push(h);
}

const listing = option('--list');
if (listing) {
  for (const h of tally.get(listing) ?? []) console.log(`${h.file}:${h.oldStart}`);
  process.exit(0);
}
const verdicts = { ok: 0, wrong: 0, noise: 0 };
console.log(`${hunks.length} hunks in ${byFile.size} files`);
for (const c of CLASSES) {
  const list = tally.get(c.id);
  verdicts[c.verdict] += list.length;
  const filesOf = new Set(list.map((h) => h.file)).size;
  console.log(
    `  ${c.id.padEnd(30)} ${String(list.length).padStart(4)} hunks ${String(filesOf).padStart(4)} files  ${c.issue}`,
  );
}
console.log(`verdicts: ${verdicts.ok} OK, ${verdicts.wrong} wrong, ${verdicts.noise} noise`);
