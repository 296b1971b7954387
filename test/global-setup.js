// CLI tests spawn the real launcher, which runs dist/: build it first so tests never see a stale build.
// Type errors are the typecheck step's business (tsc still emits); only a build that produced nothing fails here.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function globalSetup() {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], {
    encoding: 'utf8',
  });
  if (result.status !== 0)
    process.stderr.write(`\ntsc reported errors (tests run on what it emitted):\n${result.stdout}\n`);
  if (!existsSync('dist/src/cli/main.js')) throw new Error('build failed: dist/src/cli/main.js missing');
}
