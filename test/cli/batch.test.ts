/**
 * Batch mode: discovery, order, summary, config files, --transform. In-process through runCli, except what needs
 * worker threads (the real launcher runs them from dist/).
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempTree } from '../support/cli.js';
import { run as inProcess } from '../support/run-cli.js';

const NAIVE = 'FROM debian\nRUN apt-get update\nRUN apt-get install -y curl\n';
const SQUASHED =
  'FROM debian\nRUN apt-get update \\\n    && apt-get install -y curl \\\n    && apt-get clean \\\n    && rm -rf /var/lib/apt/lists/*\n';
/** Two RUNs that only merge with --merge=all (no package manager). */
const PLAIN = 'FROM debian\nRUN mkdir -p /app\nRUN touch /app/x\n';

describe('discovery', () => {
  test('glob operands are expanded by the tool, sorted, and a glob matching nothing is an error', async () => {
    const cwd = tempTree({
      'apps/b/Dockerfile': NAIVE,
      'apps/a/Dockerfile': NAIVE,
      'apps/a/web.dockerfile': NAIVE,
      'libs/c/Dockerfile': NAIVE,
    });
    expect((await inProcess(['-l', 'apps/*/Dockerfile'], { cwd })).stdout).toBe(
      'apps/a/Dockerfile\napps/b/Dockerfile\n',
    );
    expect((await inProcess(['-l', '**/*.dockerfile'], { cwd })).stdout).toBe('apps/a/web.dockerfile\n');
    const none = await inProcess(['-l', 'nothing/**/Dockerfile', 'libs'], { cwd });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('nothing/**/Dockerfile: no Dockerfiles found');
    expect(none.stdout).toBe('libs/c/Dockerfile\n');
  });

  test('--ignore-path: patterns relative to the ignore file, walked files only; a missing file is an error', async () => {
    const cwd = tempTree({
      'conf/.squashignore': 'legacy/\n*.prod\n',
      'conf/legacy/Dockerfile': NAIVE,
      'conf/app/Dockerfile': NAIVE,
      'conf/app/Dockerfile.prod': NAIVE,
      'legacy/Dockerfile': NAIVE,
    });
    const run = await inProcess(['-l', '--ignore-path', 'conf/.squashignore'], { cwd });
    expect(run.stdout).toBe('conf/app/Dockerfile\nlegacy/Dockerfile\n');
    // Named explicitly, a file is processed even when ignored (as Prettier does).
    expect(
      (await inProcess(['-l', '--ignore-path', 'conf/.squashignore', 'conf/legacy/Dockerfile'], { cwd })).stdout,
    ).toBe('conf/legacy/Dockerfile\n');
    const missing = await inProcess(['-l', '--ignore-path', 'nope'], { cwd });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('dockerfile-squash: ignore file nope: no such file\n');
  });

  test('a directory symlink pointing to its parent does not hang and reaches no file twice', async () => {
    const cwd = tempTree({ 'svc/Dockerfile': NAIVE, 'svc/inner/Dockerfile': NAIVE });
    symlinkSync('..', join(cwd, 'svc/inner/loop'));
    symlinkSync(join(cwd, 'svc'), join(cwd, 'svc/self'));
    const started = Date.now();
    const run = await inProcess(['-l'], { cwd });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.stdout).toBe('svc/Dockerfile\nsvc/inner/Dockerfile\n');
  });
});

describe('concurrency', () => {
  // --jobs 2 starts a worker thread whatever the batch; 60 files give it chunks of its own to take.
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < 60; i++) files[`svc-${String(i).padStart(2, '0')}/Dockerfile`] = i % 3 === 0 ? SQUASHED : NAIVE;
  files['svc-31/Dockerfile'] = Buffer.from([0, 1, 2, 3]);
  files['svc-45/Dockerfile'] = 'FROM a\nRUN <<EOF\napt-get update\n';

  test('worker threads report the same results in the same sorted order as one thread; bad files do not stop it', () => {
    const cwd = tempTree(files);
    const pooled = cli(['--check', '--jobs', '2'], { cwd });
    const inProcess = cli(['--check', '--jobs', '1'], { cwd });
    expect(pooled.status).toBe(2);
    expect(pooled.stdout).toBe(inProcess.stdout);
    expect(pooled.stderr).toBe(inProcess.stderr);
    const listed = pooled.stdout.trim().split('\n');
    expect(listed).toEqual([...listed].sort());
    expect(listed).toHaveLength(39);
    expect(pooled.stderr).toContain('svc-31/Dockerfile: binary file');
    expect(pooled.stderr).toContain('svc-45/Dockerfile: line 2: unterminated heredoc');
    expect(pooled.stderr).toMatch(
      /60 files: 39 to change, 19 unchanged, 0 skipped, 2 errors \(1 not a Dockerfile, 1 parse error\)/,
    );
  });

  test('--write through worker threads writes every changed file', () => {
    const cwd = tempTree(files);
    expect(cli(['--write', '--jobs', '2'], { cwd }).status).toBe(2);
    expect(readFileSync(join(cwd, 'svc-01/Dockerfile'), 'utf8')).toBe(SQUASHED);
    expect(readFileSync(join(cwd, 'svc-59/Dockerfile'), 'utf8')).toBe(SQUASHED);
    expect(readFileSync(join(cwd, 'svc-31/Dockerfile'))).toEqual(files['svc-31/Dockerfile']);
  });

  test('a worker that runs out of memory loses nothing: its chunk is redone on the main thread', () => {
    // With --jobs 2 and two files, the main thread claims the first and the worker the second. The transform
    // holds ~96 MB when it sees HUNGRY, over the workers' 64 MB old-generation cap, in large arrays: many small
    // objects would run the worker into its cap only after seconds of last-resort collections.
    const hungry = `
import { isMainThread } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
export default {
  id: 'hungry', description: 'd', applicability: 'safe', explain: 'e',
  run(doc) {
    if (!doc.text.includes('HUNGRY')) return [];
    if (!isMainThread) writeFileSync(new URL('./worker-was-here', import.meta.url), '');
    const keep = [];
    for (let i = 0; i < 12; i++) keep.push(new Array(1_000_000).fill(i));
    if (!isMainThread) writeFileSync(new URL('./worker-survived', import.meta.url), '');
    return keep.length > 0 ? [] : [];
  },
};`;
    const cwd = tempTree({
      'hungry.mjs': hungry,
      'a/Dockerfile': '# HUNGRY\n' + NAIVE,
      'b/Dockerfile': '# HUNGRY\n' + NAIVE,
    });
    const run = cli(['-l', '--jobs', '2', '--transform', 'hungry.mjs'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('a/Dockerfile\nb/Dockerfile\n');
    expect(run.status).toBe(1);
    expect(readFileSync(join(cwd, 'worker-was-here'), 'utf8')).toBe('');
    expect(existsSync(join(cwd, 'worker-survived'))).toBe(false);
  });

  test('without --jobs, a batch that is little work stays in the main thread (no worker start-up to pay)', () => {
    const spy = `
import { isMainThread } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
export default {
  id: 'spy', description: 'd', applicability: 'safe', explain: 'e',
  run() {
    if (!isMainThread) writeFileSync(new URL('./worker-was-here', import.meta.url), '');
    return [];
  },
};`;
    const tree: Record<string, string> = { 'spy.mjs': spy };
    // Many files, little work: 64 Dockerfiles of a few ms each.
    for (let i = 0; i < 64; i++) tree[`svc-${i}/Dockerfile`] = NAIVE;
    const cwd = tempTree(tree);
    const run = cli(['-l', '--transform', 'spy.mjs'], { cwd });
    expect(run.stdout.split('\n')).toHaveLength(65);
    expect(existsSync(join(cwd, 'worker-was-here'))).toBe(false);
  });

  test('--jobs must be a positive whole number', () => {
    expect(cli(['--jobs', '0'], { cwd: tempTree({}) }).status).toBe(2);
  });
});

describe('summary', () => {
  test('says why files were skipped or failed, and how many build stages were left alone because they never ship', async () => {
    const cwd = tempTree({
      'a/Dockerfile': NAIVE,
      'b/Dockerfile': '# dockerfile-squash ignore-file\n' + NAIVE,
      'c/Dockerfile': 'FROM a\nRUN echo "unterminated\n',
      'd/Dockerfile':
        'FROM debian AS build\nRUN apt-get update\nRUN apt-get install -y gcc\nFROM debian\nCOPY --from=build /x /x\n',
    });
    const run = await inProcess(['--check'], { cwd });
    expect(run.stderr).toContain(
      '4 files: 1 to change, 1 unchanged, 1 skipped (1 ignore-file pragma), 1 error (1 parse error) · ' +
        '2 fixes: 2 RUNs merged (1 layer fewer), 1 teardown added · ' +
        '1 build stage not shipped, left alone (--all-stages rewrites)',
    );
    const all = await inProcess(['--check', '--all-stages', 'd'], { cwd });
    expect(all.stdout).toBe('d/Dockerfile\n');
    expect(all.stderr).not.toContain('left alone');
  });

  test('--format json: per-file status, reason, fixes with line/column ranges, the diff, the summary', async () => {
    const cwd = tempTree({ 'a/Dockerfile': NAIVE, 'b/Dockerfile': '# dockerfile-squash ignore-file\n' + NAIVE });
    const report = JSON.parse((await inProcess(['--format', 'json'], { cwd })).stdout);
    const [a, b] = report.files;
    expect(a.fixes[0]).toMatchObject({
      ruleId: 'merge-runs',
      applicability: 'safe',
      pass: 1,
      range: { start: { line: 2, column: 1 }, end: { line: 3, column: 28 } },
    });
    expect(a.diff).toContain('+    && rm -rf /var/lib/apt/lists/*');
    expect(b).toMatchObject({ status: 'skipped', reason: 'ignore-file pragma' });
    expect(report.summary).toMatchObject({ files: 2, changed: 1, skipped: 1, skippedBy: { 'ignore-file pragma': 1 } });
  });
});

describe('config files', () => {
  test('each format is found from the file upwards; the nearest wins; flags win over it', async () => {
    const cwd = tempTree({
      'json/.dockerfile-squashrc.json': '{ "merge": "all" }',
      'json/Dockerfile': PLAIN,
      'yaml/.dockerfile-squashrc.yaml': 'merge: all\n',
      'yaml/Dockerfile': PLAIN,
      'yml/.dockerfile-squashrc.yml': 'merge: all\n',
      'yml/Dockerfile': PLAIN,
      'rc/.dockerfile-squashrc': 'merge: all\n',
      'rc/Dockerfile': PLAIN,
      'js/dockerfile-squash.config.js': 'export default { merge: "all" };\n',
      'js/package.json': '{ "type": "module" }',
      'js/Dockerfile': PLAIN,
      'mjs/dockerfile-squash.config.mjs': 'export default { merge: "all" };\n',
      'mjs/Dockerfile': PLAIN,
      'pkg/package.json': '{ "name": "x", "dockerfile-squash": { "merge": "all" } }',
      'pkg/Dockerfile': PLAIN,
      'pkg/nested/.dockerfile-squashrc.json': '{ "merge": "manager" }',
      'pkg/nested/Dockerfile': PLAIN,
      'none/Dockerfile': PLAIN,
    });
    const listed = (await inProcess(['-l'], { cwd })).stdout;
    expect(listed).toBe(
      ['js', 'json', 'mjs', 'pkg', 'rc', 'yaml', 'yml'].map((d) => `${d}/Dockerfile`).join('\n') + '\n',
    );
    expect((await inProcess(['-l', '--merge', 'manager'], { cwd })).stdout).toBe('');
    expect((await inProcess(['-l', '--no-config'], { cwd })).stdout).toBe('');
    expect((await inProcess(['-l', '--merge', 'all', 'none'], { cwd })).stdout).toBe('none/Dockerfile\n');
    expect((await inProcess(['-l', '--config', 'json/.dockerfile-squashrc.json', 'none'], { cwd })).stdout).toBe(
      'none/Dockerfile\n',
    );
  });

  test('configs and .gitignore files above the walked directory count too', async () => {
    const cwd = tempTree({
      '.dockerfile-squashrc.json': '{ "merge": "all" }',
      '.gitignore': 'svc/skipped/\n',
      'svc/a/Dockerfile': PLAIN,
      'svc/skipped/Dockerfile': PLAIN,
      'svc/b/package.json': '{ "name": "no config key here" }',
      'svc/b/Dockerfile': PLAIN,
      'svc/c/package.json': '{ "dockerfile-squash": { "merge": "manager" } }',
      'svc/c/Dockerfile': PLAIN,
    });
    expect((await inProcess(['-l', 'svc'], { cwd })).stdout).toBe('svc/a/Dockerfile\nsvc/b/Dockerfile\n');
    expect((await inProcess(['-l', 'svc/c/Dockerfile', 'svc/a/Dockerfile'], { cwd })).stdout).toBe(
      'svc/a/Dockerfile\n',
    );
  });

  test('only/disable, allStages and unsafe from a config', async () => {
    const cwd = tempTree({
      '.dockerfile-squashrc.json': '{ "disable": ["teardown"] }',
      Dockerfile: NAIVE,
    });
    const report = JSON.parse((await inProcess(['--format', 'json'], { cwd })).stdout);
    expect(report.files[0].fixes.map((f: { ruleId: string }) => f.ruleId)).toEqual(['merge-runs']);
  });

  test('an unknown key, a wrong type, or an unknown transform is an error naming the key and the file (exit 2)', async () => {
    const unknown = tempTree({ 'svc/.dockerfile-squashrc.json': '{ "mrege": "all" }', 'svc/Dockerfile': NAIVE });
    const run = await inProcess(['--check'], { cwd: unknown });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${join(unknown, 'svc/.dockerfile-squashrc.json')}: unknown key 'mrege'`);
    expect(run.stdout).toBe('');

    const wrongType = tempTree({ '.dockerfile-squashrc.yaml': 'unsafe: yes please\n', Dockerfile: NAIVE });
    expect((await inProcess([], { cwd: wrongType })).stderr).toContain(
      "'unsafe' must be true or false, got 'yes please'",
    );

    const badId = tempTree({ '.dockerfile-squashrc': 'only: [nope]\n', Dockerfile: NAIVE });
    expect((await inProcess([], { cwd: badId })).stderr).toContain("unknown transform 'nope'");

    const badJson = tempTree({ '.dockerfile-squashrc.json': '{ merge: ', Dockerfile: NAIVE });
    const bad = await inProcess([], { cwd: badJson });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('invalid JSON');
  });

  test('ignorePath in a config applies to the files under it', async () => {
    const cwd = tempTree({
      'team/.dockerfile-squashrc.json': '{ "ignorePath": [".squashignore"] }',
      'team/.squashignore': 'old/\n',
      'team/old/Dockerfile': NAIVE,
      'team/new/Dockerfile': NAIVE,
      'other/old/Dockerfile': NAIVE,
    });
    expect((await inProcess(['-l'], { cwd })).stdout).toBe('other/old/Dockerfile\nteam/new/Dockerfile\n');
  });

  test('stdin with --stdin-filepath resolves the config for that path', async () => {
    const cwd = tempTree({ 'svc/.dockerfile-squashrc.json': '{ "merge": "all" }' });
    const run = await inProcess(['--stdin-filepath', 'svc/Dockerfile', '--check'], { cwd, input: PLAIN });
    expect(run.status).toBe(1);
    expect((await inProcess(['--stdin-filepath', 'other/Dockerfile', '--check'], { cwd, input: PLAIN })).status).toBe(
      0,
    );
  });
});

describe('--transform', () => {
  const CUSTOM = `
export default {
  id: 'upper-from',
  description: 'Upper-case a lower-case from keyword.',
  applicability: 'safe',
  explain: 'Only for tests.',
  run(doc) {
    return doc.instructions
      .filter((i) => i.keyword === 'FROM' && doc.text.startsWith('from', i.start))
      .map((i) => ({ ruleId: 'upper-from', message: 'FROM in upper case', applicability: 'safe', edits: [{ start: i.start, end: i.start + 4, text: 'FROM' }] }));
  },
};
`;

  test('loads a module with the built-ins interface (default or named `transform` export) and runs it', async () => {
    const cwd = tempTree({
      'my-transform.mjs': CUSTOM,
      'named.mjs': CUSTOM.replace('export default', 'export const transform ='),
      Dockerfile: 'from debian\nRUN echo hi\n',
    });
    const run = await inProcess(['--transform', './my-transform.mjs', '--format', 'json'], { cwd });
    expect(JSON.parse(run.stdout).files[0].fixes[0].ruleId).toBe('upper-from');
    expect((await inProcess(['-t', 'named.mjs', '--write'], { cwd })).status).toBe(0);
    expect(readFileSync(join(cwd, 'Dockerfile'), 'utf8')).toBe('FROM debian\nRUN echo hi\n');
    expect((await inProcess(['--transform', 'named.mjs', '--explain', 'upper-from'], { cwd })).stdout).toContain(
      'Only for tests.',
    );
  });

  test('runs in worker threads too', () => {
    const files: Record<string, string> = { 'my-transform.mjs': CUSTOM };
    for (let i = 0; i < 50; i++) files[`s${i}/Dockerfile`] = 'from debian\n';
    const cwd = tempTree(files);
    const run = cli(['-l', '--jobs', '2', '--transform', 'my-transform.mjs', '--only', 'upper-from'], {
      cwd,
    });
    expect(run.stdout.trim().split('\n')).toHaveLength(50);
  });

  test('a module that cannot be loaded or is not a transform is a usage error (exit 2)', async () => {
    const cwd = tempTree({
      'broken.mjs': 'export default {{',
      'empty.mjs': 'export const x = 1;',
      'norun.mjs': "export default { id: 'x', description: 'd', applicability: 'safe' };",
      'clash.mjs': CUSTOM.replace("id: 'upper-from'", "id: 'teardown'"),
      Dockerfile: NAIVE,
    });
    for (const [file, message] of [
      ['missing.mjs', 'cannot load'],
      ['broken.mjs', 'cannot load'],
      ['empty.mjs', 'exports no transform'],
      ['norun.mjs', 'has no run(doc, ctx) function'],
      ['clash.mjs', "id 'teardown' is already taken"],
    ] as const) {
      const run = await inProcess(['--transform', file], { cwd });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toBe('');
    }
  });
});

describe('--format sarif', () => {
  test('is printed for a whole batch, with errors as tool notifications', async () => {
    const cwd = tempTree({ 'a/Dockerfile': NAIVE, 'b/Dockerfile': Buffer.from([0]) });
    const run = await inProcess(['--check', '--format', 'sarif'], { cwd });
    expect(run.status).toBe(2);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['merge-runs', 'teardown']);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toContain('b/Dockerfile: binary');
  });
});
