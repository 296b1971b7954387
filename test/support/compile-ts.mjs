/**
 * Compiles some of the project's TypeScript (test-only code such as the equivalence harness, and the engine it
 * imports) with the project's own tsc and tsconfig into `outDir`, for code that runs outside jest: worker
 * threads and bench scripts. `outDir` should be under node_modules/.cache so imports resolve as in the repo.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
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
  // Node looks for the package.json that maps `#…` imports (the grammar) upwards from the importing file but stops
  // at a node_modules folder: give the output its own, with the same map and the files it points at linked in.
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  writeFileSync(join(outDir, 'package.json'), JSON.stringify({ type: pkg.type, imports: pkg.imports ?? {} }));
  for (const target of Object.values(pkg.imports ?? {})) {
    const top = String(target).replace(/^\.\//, '').split('/')[0];
    if (!existsSync(join(outDir, top))) symlinkSync(join(ROOT, top), join(outDir, top));
  }
  return outDir;
}
