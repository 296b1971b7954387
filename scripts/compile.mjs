#!/usr/bin/env node
/**
 * Makes everything the package runs that is not source: dist/ (tsc) and grammar/ (the bash grammar's WASM,
 * copied byte for byte from the pinned tree-sitter-bash devDependency, with its licence). Both are committed,
 * because installs from git (`npm install -g git+…`, pre-commit) must work without a build step; see
 * "Why dist/ is committed" in the README. CI runs this and fails when the committed files differ.
 *
 * `node scripts/compile.mjs` (`npm run compile`) exits 1 on type errors; the test setup imports `compile()` and
 * runs the tests on what tsc emitted anyway (type errors are the typecheck step's business).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The grammar files the package ships, from where the devDependency has them. */
const GRAMMAR = [
  ['node_modules/tree-sitter-bash/tree-sitter-bash.wasm', 'grammar/tree-sitter-bash.wasm'],
  ['node_modules/tree-sitter-bash/LICENSE', 'grammar/LICENSE'],
];

/** @returns {{ ok: boolean, output: string }} ok is false when tsc reported errors (it still emits). */
export function compile() {
  // From scratch, so a moved or deleted module leaves no stale file behind in the committed dist/.
  rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  mkdirSync(join(ROOT, 'grammar'), { recursive: true });
  for (const [from, to] of GRAMMAR) copyFileSync(join(ROOT, from), join(ROOT, to));
  return { ok: tsc.status === 0, output: `${tsc.stdout ?? ''}${tsc.stderr ?? ''}${tsc.error?.message ?? ''}` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { ok, output } = compile();
  process.stdout.write(output);
  process.exitCode = ok ? 0 : 1;
}
