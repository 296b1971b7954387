#!/usr/bin/env node
/**
 * The layering rule of DESIGN.md ("Layout"), checked on the import statements of src/ and transforms/:
 * each folder may import only the layers listed for it below. In particular nothing outside src/cli imports
 * src/cli, src/cli imports only src/index.ts, and src/document and src/fix import nothing above them.
 * `--graph` prints the import graph between the folders (edge: how many import statements).
 * No dependencies and no parsing beyond import specifiers: it runs in well under a second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Layer of a repository path. */
function layerOf(path) {
  if (path === 'src/index.ts') return 'index';
  if (path === 'src/browser.ts') return 'browser';
  if (path === 'src/transform.ts') return 'transform';
  const m = /^src\/(document|fix|engine|cli|measure)\//.exec(path);
  if (m) return m[1];
  if (path.startsWith('transforms/')) return 'transforms';
  return null;
}

/** Who may import whom (a layer may always import itself). */
const ALLOWED = {
  document: [],
  fix: ['document'],
  transform: ['document', 'fix'],
  transforms: ['transform', 'document', 'fix'],
  engine: ['transforms', 'transform', 'fix', 'document'],
  index: ['engine', 'transforms', 'transform', 'fix', 'document', 'measure'],
  // the playground's entry: the public API's one-text part, without the batch machinery or measure (Node only)
  browser: ['engine', 'transforms', 'transform', 'fix', 'document'],
  measure: ['index', 'document'],
  cli: ['index'],
};

/**
 * The one edge against the direction: the Transform contract names the package-manager descriptor type, which
 * is the transforms' own data schema. Type-only, so nothing is loaded upward at run time.
 */
const TYPE_ONLY_EXCEPTIONS = [['src/transform.ts', 'transforms/managers/types.ts']];

function* files(dir) {
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* files(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'";]*?\s+from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

const problems = [];
const edges = new Map();
for (const file of [...files('src'), ...files('transforms')]) {
  const from = layerOf(file);
  const text = readFileSync(join(ROOT, file), 'utf8');
  for (const m of text.matchAll(IMPORT)) {
    const specifier = m[3] ?? m[4] ?? m[5];
    if (!specifier.startsWith('.')) continue;
    const target = relative(ROOT, resolve(ROOT, dirname(file), specifier)).replace(/\.js$/, '.ts');
    const to = layerOf(target);
    if (!to || !from) continue;
    if (from !== to) edges.set(`${from} → ${to}`, (edges.get(`${from} → ${to}`) ?? 0) + 1);
    if (from === to || ALLOWED[from].includes(to)) continue;
    const typeOnly = m[2] !== undefined;
    if (typeOnly && TYPE_ONLY_EXCEPTIONS.some(([a, b]) => a === file && b === target)) continue;
    problems.push(`${file}: imports ${target} (${from} may import only ${ALLOWED[from].join(', ') || 'itself'})`);
  }
}

if (process.argv.includes('--graph')) {
  for (const [edge, n] of [...edges].sort()) console.log(`${edge.padEnd(26)}${n}`);
}
if (problems.length > 0) {
  console.error(`Layering violations (see DESIGN.md, "Layout"):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
