/** The programmatic batch API, in-process. */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree } from '../support/cli.js';
import { squashFiles, SquashError } from '../../src/index.js';
import { wantsProgress } from '../../src/cli/progress.js';

const NAIVE = 'FROM debian\nRUN apt-get update\nRUN apt-get install -y curl\n';
const SQUASHED =
  'FROM debian\nRUN apt-get update \\\n    && apt-get install -y curl \\\n    && apt-get clean \\\n    && rm -rf /var/lib/apt/lists/*\n';

describe('squashFiles', () => {
  test('Windows images and files whose every RUN is under a non-POSIX SHELL are skipped with their reason', async () => {
    const windows =
      '# escape=`\nFROM mcr.microsoft.com/dotnet/framework/sdk:4.8\nRUN copy NUL C:\\x && `\n    echo "a & b"\n';
    const pwsh = 'FROM debian\nSHELL ["pwsh", "-Command"]\nRUN Install-Module X; Remove-Item -Recurse $env:TEMP\n';
    const cwd = tempTree({ 'win/Dockerfile': windows, 'pwsh/Dockerfile': pwsh, 'linux/Dockerfile': NAIVE });
    const { files, summary } = await squashFiles('.', { cwd, jobs: 1 });
    expect(files.map((f) => [f.path, f.status, f.reason])).toEqual([
      ['linux/Dockerfile', 'changed', undefined],
      ['pwsh/Dockerfile', 'skipped', 'non-POSIX SHELL'],
      ['win/Dockerfile', 'skipped', 'Windows image'],
    ]);
    expect(files[2]!.message).toContain('mcr.microsoft.com/dotnet/framework/sdk:4.8');
    expect(summary).toMatchObject({ errors: 0, skippedBy: { 'Windows image': 1, 'non-POSIX SHELL': 1 } });
  });

  test('per-file results and a summary, in sorted order; nothing written by default', async () => {
    const cwd = tempTree({
      'b/Dockerfile': NAIVE,
      'a/Dockerfile': SQUASHED,
      'c/Dockerfile': Buffer.from([0, 1]),
      'd/.dockerfile-squashrc.json': '{ "disable": ["teardown"] }',
      'd/Dockerfile': NAIVE,
    });
    const { files, summary } = await squashFiles('.', { cwd, jobs: 1 });
    expect(files.map((f) => [f.path, f.status])).toEqual([
      ['a/Dockerfile', 'unchanged'],
      ['b/Dockerfile', 'changed'],
      ['c/Dockerfile', 'error'],
      ['d/Dockerfile', 'changed'],
    ]);
    expect(files[1]).toMatchObject({ output: SQUASHED, written: false });
    expect(files[1]!.fixes.map((f) => f.ruleId)).toEqual(['merge-runs', 'teardown']);
    expect(files[2]!.message).toBe('binary file (contains NUL bytes)');
    expect(files[3]!.fixes.map((f) => f.ruleId)).toEqual(['merge-runs']);
    expect(summary).toMatchObject({ files: 4, changed: 2, unchanged: 1, errors: 1 });
    expect(readFileSync(join(cwd, 'b/Dockerfile'), 'utf8')).toBe(NAIVE);
  });

  test(".hadolint.yaml's ignored: list: the nearest at or above the file, up to the repository root", async () => {
    const cwd = tempTree({
      // Above the repository: not read.
      '.hadolint.yaml': 'ignored: [DL3009]\n',
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/.hadolint.yaml': 'ignored:\n  - DL3059\n',
      'repo/.hadolint.yml': 'ignored: [DL3009]\n',
      'repo/plain/Dockerfile': NAIVE,
      'repo/svc/.hadolint.yml': 'failure-threshold: error\nignored: [dl3009]\n',
      'repo/svc/api/Dockerfile': NAIVE,
      'repo/bad/.hadolint.yaml': 'ignored: DL3059\n',
      'repo/bad/Dockerfile': NAIVE,
    });
    const plain = await squashFiles('repo/plain', { cwd, jobs: 1 });
    // .yaml before .yml in one directory, as hadolint looks: DL3059 keeps the RUNs apart (and the install RUN,
    // which did not write the lists, gets no clean-up of its own).
    expect(plain.files[0]!.fixes.map((f) => f.ruleId)).toEqual([]);
    const svc = await squashFiles('repo/svc', { cwd, jobs: 1 });
    // The nearest file wins, whole; codes are case-insensitive; other hadolint keys are not ours to check.
    expect(svc.files[0]!.fixes.map((f) => f.ruleId)).toEqual(['merge-runs']);
    const off = await squashFiles('repo/svc', { cwd, jobs: 1, config: false });
    expect(off.files[0]!.fixes.map((f) => f.ruleId)).toEqual(['merge-runs', 'teardown']);
    await expect(squashFiles('repo/bad', { cwd, jobs: 1 })).rejects.toThrow(
      /bad\/\.hadolint\.yaml: 'ignored' must be a list of rule codes/,
    );
  });

  test('write: true writes; options win over config; missing operands are error results', async () => {
    const cwd = tempTree({ '.dockerfile-squashrc.json': '{ "disable": ["teardown"] }', Dockerfile: NAIVE });
    const { files } = await squashFiles(['Dockerfile', 'missing'], { cwd, write: true, disable: [], jobs: 1 });
    expect(files.map((f) => [f.path, f.status, f.written])).toEqual([
      ['missing', 'error', false],
      ['Dockerfile', 'changed', true],
    ]);
    expect(readFileSync(join(cwd, 'Dockerfile'), 'utf8')).toBe(SQUASHED);
  });

  test('streams results in order through onResult; retain: false keeps none', async () => {
    const cwd = tempTree({ 'b/Dockerfile': NAIVE, 'a/Dockerfile': SQUASHED });
    const seen: [number, string][] = [];
    const progress: [number, number][] = [];
    const result = await squashFiles(['.', 'missing/*/Dockerfile'], {
      cwd,
      retain: false,
      onResult: (r, i) => seen.push([i, `${r.path} ${r.status}`]),
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(seen).toEqual([
      [0, 'missing/*/Dockerfile error'],
      [1, 'a/Dockerfile unchanged'],
      [2, 'b/Dockerfile changed'],
    ]);
    expect(progress[0]).toEqual([0, 2]);
    expect(progress.at(-1)).toEqual([2, 2]);
    expect(result.files).toEqual([]);
    expect(result.summary).toMatchObject({ files: 2, changed: 1, unchanged: 1, errors: 1, fixes: 2 });
  });

  test('a request that cannot run throws a SquashError of its kind, in the library’s words (no flags)', async () => {
    const cwd = tempTree({ Dockerfile: NAIVE, 'bad.json': '{ "unsafe": "yes" }' });
    const cases: [Parameters<typeof squashFiles>[1], string, RegExp][] = [
      [{ only: ['nope'] }, 'usage', /^unknown transform 'nope' \(known: merge-runs, /],
      [{ transforms: ['missing.mjs'] }, 'usage', /^transform module missing\.mjs: cannot load: /],
      [{ ignorePath: ['missing'] }, 'config', /^ignore file missing: no such file$/],
      [{ config: 'bad.json' }, 'config', /bad\.json: 'unsafe' must be true or false, got 'yes'$/],
    ];
    for (const [options, kind, message] of cases) {
      const error = await squashFiles('.', { cwd, ...options }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SquashError);
      expect(error).toMatchObject({ kind, message: expect.stringMatching(message) });
      expect((error as Error).message).not.toMatch(/--/);
    }
  });
});

describe('progress bar', () => {
  test('only on a TTY, never under CI or --quiet', () => {
    expect(wantsProgress({}, true, false)).toBe(true);
    expect(wantsProgress({ CI: 'true' }, true, false)).toBe(false);
    expect(wantsProgress({}, false, false)).toBe(false);
    expect(wantsProgress({}, true, true)).toBe(false);
  });
});
