// Builds the playground into playground/dist/: the page, its stylesheet, one bundle of the library and the UI
// (esbuild), and the two WASM files it loads from its own origin. `npm run playground:build`.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);
const out = here('dist/');

/** Offered in the page's example menu; the first (the README's) is what the page opens with. */
const EXAMPLES = [
  'apt-three-runs',
  'apt-separate-cleanup',
  'multi-stage',
  'apk-naive',
  'pip-naive',
  'node-naive',
  'mixed-managers',
  'windows-powershell',
];

const examples = {};
for (const name of EXAMPLES) examples[name] = await readFile(here(`../examples/${name}/Dockerfile`), 'utf8');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const result = await build({
  entryPoints: [here('src/main.ts')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: !process.env.PLAYGROUND_DEBUG,
  sourcemap: true,
  outfile: `${out}app.js`,
  define: { __EXAMPLES__: JSON.stringify(examples) },
  inject: [here('src/buffer-global.ts')],
  metafile: true,
  logLevel: 'warning',
});
await copyFile(here('index.html'), `${out}index.html`);
await copyFile(here('style.css'), `${out}style.css`);
await copyFile(require.resolve('web-tree-sitter/web-tree-sitter.wasm'), `${out}web-tree-sitter.wasm`);
// the grammar the library ships (grammar/, what Node reads through #grammar)
await copyFile(here('../grammar/tree-sitter-bash.wasm'), `${out}tree-sitter-bash.wasm`);
const bytes = result.metafile.outputs[`${out}app.js`.slice(process.cwd().length + 1)]?.bytes;
console.log(`playground built in ${out}${bytes ? ` (app.js ${(bytes / 1024).toFixed(0)} KiB)` : ''}`);
