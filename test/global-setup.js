// CLI tests spawn the real launcher, which runs dist/: rebuild it first so tests never see a stale build.
// Type errors are the typecheck step's business (tsc still emits); only a build that produced nothing fails here.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { compile } from '../scripts/compile.mjs';

export default function globalSetup() {
  const { ok, output } = compile();
  if (!ok) process.stderr.write(`\ntsc reported errors (tests run on what it emitted):\n${output}\n`);
  if (!existsSync('dist/src/cli/main.js')) throw new Error('build failed: dist/src/cli/main.js missing');
  // dist/ is committed (installs from git run it as committed) and CI fails when it is stale: say so early.
  const stale = spawnSync('git', ['status', '--porcelain', '--', 'dist', 'grammar'], { encoding: 'utf8' }).stdout;
  if (stale) process.stderr.write('\ndist/ now differs from the committed one: commit it with your change.\n');
}
