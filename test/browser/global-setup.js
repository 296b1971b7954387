// Builds the playground once for the browser tests, so they never see a stale page.
import { spawnSync } from 'node:child_process';

export default function globalSetup() {
  const result = spawnSync(process.execPath, ['playground/build.mjs'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`playground build failed:\n${result.stdout}${result.stderr}`);
}
