/**
 * A handful of smoke tests through the real launcher (bin/dockerfile-squash.js, which runs dist/; the global
 * setup builds it): the process entry, real stdin and exit codes. Everything else about the CLI is tested
 * in-process (behaviour.test.ts, cli.test.ts, batch.test.ts); worker threads are tested in batch.test.ts.
 */
import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempTree } from '../support/cli.js';

const NAIVE = 'FROM debian\nRUN apt-get update\nRUN apt-get install -y curl\n';
const SQUASHED =
  'FROM debian\nRUN apt-get update \\\n    && apt-get install -y curl \\\n    && apt-get clean \\\n    && rm -rf /var/lib/apt/lists/*\n';

test('dry run, --check and --write through the launcher', () => {
  const cwd = tempTree({ Dockerfile: NAIVE });
  const dry = cli([], { cwd });
  expect(dry.status).toBe(0);
  expect(dry.stdout).toContain('+++ b/Dockerfile');
  expect(dry.stderr).toMatch(/^1 file: 1 to change/);
  expect(cli(['--check'], { cwd })).toMatchObject({ status: 1, stdout: 'Dockerfile\n' });
  expect(cli(['-w'], { cwd }).status).toBe(0);
  expect(readFileSync(join(cwd, 'Dockerfile'), 'utf8')).toBe(SQUASHED);
});

test('stdin to stdout, and a usage error', () => {
  expect(cli(['-'], { cwd: tempTree({}), input: NAIVE })).toMatchObject({ status: 0, stdout: SQUASHED, stderr: '' });
  expect(cli(['--frobnicate'], { cwd: tempTree({}) })).toMatchObject({
    status: 2,
    stderr: "dockerfile-squash: unknown option '--frobnicate'\nRun with --help for usage.\n",
  });
});
