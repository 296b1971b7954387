/**
 * Compiles some of the project's TypeScript (test-only code such as the equivalence harness, and the engine it
 * imports) with the project's own tsc and tsconfig into `outDir`, for code that runs outside jest: worker
 * threads and bench scripts. `outDir` should be under node_modules/.cache so imports resolve as in the repo.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** @param {string[]} files paths relative to the repository root @param {string} outDir @param {'inherit'|'pipe'} stdio */
export function compileTs(files, outDir, stdio = 'pipe') {
  mkdirSync(outDir, { recursive: true });
  const tsconfig = join(outDir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.json'),
      compilerOptions: { outDir, rootDir: ROOT, declaration: false, noEmitOnError: true },
      include: [],
      files: files.map((f) => join(ROOT, f)),
    }),
  );
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', tsconfig], { stdio });
  return outDir;
}
