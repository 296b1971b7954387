/** .pre-commit-hooks.yaml selects the same file names the CLI walks for. */
import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const hooks = parse(readFileSync(new URL('../../.pre-commit-hooks.yaml', import.meta.url), 'utf8')) as {
  id: string;
  entry: string;
  language: string;
  args: string[];
  files: string;
}[];

test('the pre-commit hook runs the CLI with --write on Dockerfile names only', () => {
  const [hook] = hooks;
  expect(hook).toMatchObject({
    id: 'dockerfile-squash',
    entry: 'dockerfile-squash',
    language: 'node',
    args: ['--write'],
  });
  // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
  const files = new RegExp(hook!.files);
  for (const yes of [
    'Dockerfile',
    'a/Dockerfile',
    'a/Dockerfile.prod',
    'api.Dockerfile',
    'b/ui.dockerfile',
    'Containerfile',
    'c/Containerfile.dev',
  ])
    expect(files.test(yes)).toBe(true);
  for (const no of ['README.md', 'MyDockerfile', 'Dockerfiles/x', 'docker/Dockerfile-old', 'a/Dockerfile/'])
    expect(files.test(no)).toBe(false);
});
