// The library's browser entry bundles for a browser: nothing in its import graph is a Node module, so the
// playground runs the real squash() with no stubs.
import { expect, test } from '@jest/globals';
import { build } from 'esbuild';
import { builtinModules } from 'node:module';

test('src/browser.ts bundles for the browser without any Node module', async () => {
  const result = await build({
    entryPoints: [new URL('../../src/browser.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs).toContain('src/engine/squash.ts');
  expect(inputs).toContain('src/document/shell.ts');
  const node = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  // web-tree-sitter's own package.json maps fs and module to nothing for browsers: shown as "(disabled):…"
  const offending = inputs.filter(
    (i) => node.has(i) || (i.startsWith('src/') && /\/(engine\/(batch|worker|io|discover|config)|cli)\b/.test(i)),
  );
  expect(offending).toEqual([]);
  expect(
    inputs.filter((i) => i.startsWith('(disabled):') && !i.endsWith('fs/promises') && !i.endsWith(':module')),
  ).toEqual([]);
  const imports = result.metafile.outputs[Object.keys(result.metafile.outputs)[0]!]!.imports;
  expect(imports).toEqual([]);
});
