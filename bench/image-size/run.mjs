// Image-size benchmark driver (called by bench/image-size/run after setup.sh; expects dist/ built and a daemon).
//
// For every examples/<name>/Dockerfile that builds offline (apt only), every bench/image-size/cases/<name>/Dockerfile
// (cases written for this benchmark: apt plus the npm registry, the one other registry builds here reach), and each
// base variant, it copies the folder (the build context) to a temporary directory and rewrites there the FROM lines
// that name debian or ubuntu images to the local base image (dfsq/bookworm:<variant>); nothing else in the
// Dockerfile changes. Then:
//   - measure() on that copy: original vs the tool's rewrite (both built, images removed afterwards);
//   - measure() on bench/image-size/handwritten/<name>.Dockerfile (same FROM rewrite), when it exists: its
//     `before` image is the hand-written single-RUN version;
// and prints: example, base, before, after, saved, saved %, hand-written saved, tool/hand %; then, for every row
// whose RUN layers belong to more than one package manager, the bytes of those layers per manager (a layer counts
// for the manager of its first command), so that each manager's own saving shows.
//
//   node bench/image-size/run.mjs [--variants plain,official-like] [--unsafe] [--json FILE] [NAME…]
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const { measure, formatBytes, MeasureError } = await import(join(root, 'dist/src/measure/index.js'));
const { squash } = await import(join(root, 'dist/src/index.js'));

const BASES = { plain: 'dfsq/bookworm:plain', 'official-like': 'dfsq/bookworm:official-like' };
/** debian / ubuntu official images, any tag or digest, with or without docker.io/library/ */
const REWRITABLE = /^(?:docker\.io\/)?(?:library\/)?(debian|ubuntu)(?::[\w][\w.-]*)?(?:@sha256:[0-9a-f]{64})?$/i;
const FROM_LINE = /^(\s*FROM\s+(?:--platform=\S+\s+)?)(\S+)(.*)$/i;

function parseArgs(argv) {
  const opts = { variants: Object.keys(BASES), json: null, unsafe: false, only: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--variants') opts.variants = argv[++i].split(',').filter(Boolean);
    else if (a === '--json') opts.json = argv[++i];
    else if (a === '--unsafe') opts.unsafe = true;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.only.push(a);
  }
  for (const v of opts.variants)
    if (!BASES[v]) throw new Error(`unknown variant ${v} (${Object.keys(BASES).join(', ')})`);
  return opts;
}

/** Package managers whose registries builds here cannot reach, or that are not apt (the benchmark is apt-only). */
const OTHER_MANAGERS =
  /(^|[\s;&|(])(pip3?|python3? -m pip|conda|mamba|micromamba|npm|yarn|pnpm|gem|bundle|composer|apk|dnf|yum|microdnf|zypper)\s/;

/**
 * Whether the example builds here: every FROM names a debian/ubuntu image (rewritten), `scratch` or an earlier
 * stage; it uses apt and no other package manager, or no package manager and no download; no `# syntax=` directive (BuildKit would pull that frontend
 * image from a registry). Returns the reason when it does not. `anyManager` (the benchmark's own cases, written
 * for the registries builds here reach) keeps only the base-image and frontend checks.
 */
function offlineCheck(text, { anyManager = false } = {}) {
  const stages = new Set();
  let apt = false;
  const bases = [];
  const lines = text.split(/\r?\n/);
  for (const line of lines) {
    if (!/^\s*#/.test(line)) break;
    if (/^#\s*syntax\s*=/i.test(line))
      return { ok: false, reason: `${line.trim()}: the frontend image needs a registry` };
  }
  for (const line of lines) {
    if (/^\s*#/.test(line)) continue;
    if (/\bapt(-get)?\b/.test(line)) apt = true;
    const other = anyManager ? null : OTHER_MANAGERS.exec(line);
    if (other) return { ok: false, reason: `uses ${other[2]} (the benchmark measures apt-only examples)` };
    const m = FROM_LINE.exec(line);
    if (!m) continue;
    const image = m[2];
    const as = /\bAS\s+(\S+)/i.exec(m[3]);
    if (image.includes('$')) return { ok: false, reason: `FROM ${image} uses a variable` };
    if (!REWRITABLE.test(image) && image !== 'scratch' && !stages.has(image.toLowerCase())) {
      return { ok: false, reason: `FROM ${image} is not available offline` };
    }
    if (REWRITABLE.test(image)) bases.push(image);
    if (as) stages.add(as[1].toLowerCase());
  }
  // Without apt, an example builds offline only when it downloads nothing (e.g. a file made and deleted).
  if (!anyManager && !apt && /\b(curl|wget|git|pip|npm)\b/.test(text))
    return { ok: false, reason: 'downloads from the network' };
  return { ok: true, bases };
}

function rewriteFrom(text, base) {
  return text
    .split(/(\r?\n)/)
    .map((part) => {
      const m = FROM_LINE.exec(part);
      return m && REWRITABLE.test(m[2]) ? `${m[1]}${base}${m[3]}` : part;
    })
    .join('');
}

async function exists(p) {
  return stat(p).then(
    () => true,
    () => false,
  );
}

async function measureCopy(exampleDir, text, base, options = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'dfsq-bench-'));
  try {
    await cp(exampleDir, dir, { recursive: true });
    const dockerfile = join(dir, 'Dockerfile');
    await writeFile(dockerfile, rewriteFrom(text, base));
    return await measure({
      dockerfile,
      context: dir,
      squash: options,
      ...(process.env.DFSQ_DOCKER ? { dockerCommand: process.env.DFSQ_DOCKER } : {}),
      onProgress: (m) => process.stderr.write(`    ${m}\n`),
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const pct = (x) => (x === null || x === undefined || Number.isNaN(x) ? '—' : `${x.toFixed(1)}%`);

/** The package manager a RUN layer belongs to: that of its first command (env assignments and sudo skipped). */
function layerManager(command) {
  const words = command
    .replace(/^\s*\|\d+\s+(?:\S+=\S*\s+)*/, '')
    .split(/[\s;&|()]+/)
    .filter(Boolean);
  let i = 0;
  while (i < words.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]) || words[i] === 'sudo')) i++;
  const first = words[i] ?? '';
  if (first === 'apt-get' || first === 'apt') return 'apt';
  if (first === 'npm' || first === 'yarn') return first;
  return 'other';
}

/** Bytes of the RUN layers per package manager, in `runLayers` order of first appearance. */
function bytesByManager(runLayers) {
  const by = new Map();
  for (const l of runLayers) {
    const m = layerManager(l.command);
    const e = by.get(m) ?? { bytes: 0, layers: 0 };
    e.bytes += l.bytes;
    e.layers += 1;
    by.set(m, e);
  }
  return by;
}

/** Folders to measure: examples/* (apt-only ones) and the benchmark's own cases/*. */
async function entries(opts) {
  const list = [];
  for (const [kind, dir] of [
    ['example', join(root, 'examples')],
    ['case', join(here, 'cases')],
  ]) {
    if (!(await exists(dir))) continue;
    for (const d of await readdir(dir, { withFileTypes: true })) {
      if (!d.isDirectory() || (opts.only.length && !opts.only.includes(d.name))) continue;
      list.push({ kind, name: d.name, dir: join(dir, d.name) });
    }
  }
  return list.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'example' ? -1 : 1));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const rows = [];
  const skipped = [];
  for (const { kind, name, dir } of await entries(opts)) {
    const dockerfile = join(dir, 'Dockerfile');
    if (!(await exists(dockerfile))) continue;
    const text = await readFile(dockerfile, 'utf8');
    const check = offlineCheck(text, { anyManager: kind === 'case' });
    if (!check.ok) {
      skipped.push({ name, reason: check.reason });
      continue;
    }
    // options.json: the example's squash options (e.g. { "unsafe": true }), as the golden tests use them
    const optionsPath = join(dir, 'options.json');
    const options = (await exists(optionsPath)) ? JSON.parse(await readFile(optionsPath, 'utf8')) : {};
    if (opts.unsafe) options.unsafe = true;
    // expected.Dockerfile should be the tool's output: say so when it is stale
    const expectedPath = join(dir, opts.unsafe ? 'expected.unsafe.Dockerfile' : 'expected.Dockerfile');
    if (await exists(expectedPath)) {
      const { output } = await squash(text, options);
      if (output !== (await readFile(expectedPath, 'utf8'))) {
        process.stderr.write(`  warning: ${name}/${basename(expectedPath)} differs from the tool's current output\n`);
      }
    }
    const handPath = join(here, 'handwritten', `${name}.Dockerfile`);
    const hand = (await exists(handPath)) ? await readFile(handPath, 'utf8') : null;

    for (const variant of opts.variants) {
      const base = BASES[variant];
      const label = check.bases.some((b) => /ubuntu/i.test(b)) ? `${variant} (for ${check.bases.join(', ')})` : variant;
      process.stderr.write(`  ${name} on ${base}\n`);
      const row = { example: opts.unsafe ? `${name} with --unsafe` : name, base: label };
      try {
        const r = await measureCopy(dir, text, base, options);
        Object.assign(row, {
          before: r.before.totalBytes,
          after: r.after.totalBytes,
          saved: r.saving.bytes,
          savedPercent: r.saving.percent,
          layersBefore: r.before.layers,
          layersAfter: r.after.layers,
        });
        const before = bytesByManager(r.before.runLayers);
        const after = bytesByManager(r.after.runLayers);
        row.byManager = [...new Set([...before.keys(), ...after.keys()])].map((manager) => ({
          manager,
          before: before.get(manager)?.bytes ?? 0,
          after: after.get(manager)?.bytes ?? 0,
          layersBefore: before.get(manager)?.layers ?? 0,
          layersAfter: after.get(manager)?.layers ?? 0,
        }));
        if (hand !== null) {
          const h = await measureCopy(dir, hand, base);
          row.hand = h.before.totalBytes;
          row.handSaved = r.before.totalBytes - h.before.totalBytes;
          row.toolVsHand = row.handSaved > 0 ? (100 * row.saved) / row.handSaved : null;
        }
      } catch (err) {
        row.error = err instanceof MeasureError ? err.message.split('\n')[0] : String(err);
        process.stderr.write(`    failed: ${err instanceof Error ? err.message : err}\n`);
      }
      rows.push(row);
      // saved after every row: a long run stopped half-way keeps what it measured
      if (opts.json) await writeFile(opts.json, JSON.stringify({ rows, skipped }, null, 2) + '\n');
    }
  }

  const table = [
    '| example | base | before | after | saved | saved % | hand-written | hand saved | tool / hand |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) =>
      r.error
        ? `| ${r.example} | ${r.base} | failed: ${r.error.replace(/\|/g, '\\|')} | | | | | | |`
        : `| ${r.example} | ${r.base} | ${formatBytes(r.before)} | ${formatBytes(r.after)} | ${formatBytes(r.saved)} | ${pct(r.savedPercent)} | ` +
          `${r.hand !== undefined ? formatBytes(r.hand) : '—'} | ${r.handSaved !== undefined ? formatBytes(r.handSaved) : '—'} | ${pct(r.toolVsHand)} |`,
    ),
  ];
  process.stdout.write(table.join('\n') + '\n');
  const mixed = rows.filter((r) => r.byManager && r.byManager.filter((m) => m.manager !== 'other').length > 1);
  if (mixed.length) {
    const layers = (m) =>
      m.layersBefore === m.layersAfter ? `${m.layersBefore}` : `${m.layersBefore} → ${m.layersAfter}`;
    process.stdout.write(
      [
        '',
        'RUN layers per package manager (a layer counts for the manager of its first command):',
        '',
        '| example | base | manager | layers | before | after | saved |',
        '| --- | --- | --- | ---: | ---: | ---: | ---: |',
        ...mixed.flatMap((r) =>
          r.byManager.map(
            (m) =>
              `| ${r.example} | ${r.base} | ${m.manager} | ${layers(m)} | ${formatBytes(m.before)} | ${formatBytes(m.after)} | ${formatBytes(m.before - m.after)} |`,
          ),
        ),
      ].join('\n') + '\n',
    );
  }
  if (skipped.length) {
    process.stdout.write('\nNot measured (do not build offline here):\n');
    for (const s of skipped) process.stdout.write(`- ${s.name}: ${s.reason}\n`);
  }
  if (opts.json) await writeFile(opts.json, JSON.stringify({ rows, skipped }, null, 2) + '\n');
  const failed = rows.filter((r) => r.error).length;
  if (failed) process.exitCode = 1;
}

await main();
