// Image-size benchmark driver (called by bench/image-size/run after setup.sh; expects dist/ built and a daemon).
//
// For every examples/<name>/Dockerfile that builds offline, and each base variant, it copies the example folder
// (the build context) to a temporary directory and rewrites there the FROM lines that name debian or ubuntu
// images to the local base image (dfsq/bookworm:<variant>); nothing else in the Dockerfile changes. Then:
//   - measure() on that copy: original vs the tool's rewrite (both built, images removed afterwards);
//   - measure() on bench/image-size/handwritten/<name>.Dockerfile (same FROM rewrite), when it exists: its
//     `before` image is the hand-written single-RUN version;
// and prints: example, base, before, after, saved, saved %, hand-written saved, tool/hand %.
//
//   node bench/image-size/run.mjs [--variants plain,official-like] [--json FILE] [EXAMPLE…]
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
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
  const opts = { variants: Object.keys(BASES), json: null, only: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--variants') opts.variants = argv[++i].split(',').filter(Boolean);
    else if (a === '--json') opts.json = argv[++i];
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
 * image from a registry). Returns the reason when it does not.
 */
function offlineCheck(text) {
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
    const other = OTHER_MANAGERS.exec(line);
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
  if (!apt && /\b(curl|wget|git|pip|npm)\b/.test(text)) return { ok: false, reason: 'downloads from the network' };
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

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const examplesDir = join(root, 'examples');
  const names = (await readdir(examplesDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter((n) => !opts.only.length || opts.only.includes(n))
    .sort();

  const rows = [];
  const skipped = [];
  for (const name of names) {
    const dir = join(examplesDir, name);
    const dockerfile = join(dir, 'Dockerfile');
    if (!(await exists(dockerfile))) continue;
    const text = await readFile(dockerfile, 'utf8');
    const check = offlineCheck(text);
    if (!check.ok) {
      skipped.push({ name, reason: check.reason });
      continue;
    }
    // options.json: the example's squash options (e.g. { "unsafe": true }), as the golden tests use them
    const optionsPath = join(dir, 'options.json');
    const options = (await exists(optionsPath)) ? JSON.parse(await readFile(optionsPath, 'utf8')) : {};
    // expected.Dockerfile should be the tool's output: say so when it is stale
    const expectedPath = join(dir, 'expected.Dockerfile');
    if (await exists(expectedPath)) {
      const { output } = await squash(text, options);
      if (output !== (await readFile(expectedPath, 'utf8'))) {
        process.stderr.write(`  warning: ${name}/expected.Dockerfile differs from the tool's current output\n`);
      }
    }
    const handPath = join(here, 'handwritten', `${name}.Dockerfile`);
    const hand = (await exists(handPath)) ? await readFile(handPath, 'utf8') : null;

    for (const variant of opts.variants) {
      const base = BASES[variant];
      const label = check.bases.some((b) => /ubuntu/i.test(b)) ? `${variant} (for ${check.bases.join(', ')})` : variant;
      process.stderr.write(`  ${name} on ${base}\n`);
      const row = { example: name, base: label };
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
  if (skipped.length) {
    process.stdout.write('\nNot measured (do not build offline here):\n');
    for (const s of skipped) process.stdout.write(`- ${s.name}: ${s.reason}\n`);
  }
  if (opts.json) await writeFile(opts.json, JSON.stringify({ rows, skipped }, null, 2) + '\n');
  const failed = rows.filter((r) => r.error).length;
  if (failed) process.exitCode = 1;
}

await main();
