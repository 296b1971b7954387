import { describe, expect, test } from '@jest/globals';
import { chmodSync, mkdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree } from '../support/cli.js';
import { run as inProcess } from '../support/run-cli.js';

const NAIVE = 'FROM debian\nRUN apt-get update\nRUN apt-get install -y curl\n';
const SQUASHED =
  'FROM debian\nRUN apt-get update \\\n    && apt-get install -y curl \\\n    && apt-get clean \\\n    && rm -rf /var/lib/apt/lists/*\n';

describe('dry run (default)', () => {
  test('prints a unified diff and a summary, exits 0, writes nothing', async () => {
    const cwd = tempTree({ Dockerfile: NAIVE, 'clean/Dockerfile': SQUASHED });
    const run = await inProcess([], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--- a/Dockerfile\n+++ b/Dockerfile\n');
    expect(run.stdout).toContain('+    && rm -rf /var/lib/apt/lists/*');
    expect(run.stdout).not.toContain('clean/Dockerfile');
    expect(run.stderr).toMatch(
      /^2 files: 1 to change, 1 unchanged, 0 skipped, 0 errors · 2 fixes: 2 RUNs merged \(1 layer fewer\), 1 teardown added · /,
    );
    expect(readFileSync(join(cwd, 'Dockerfile'), 'utf8')).toBe(NAIVE);
  });

  test('no colour codes when stdout is not a TTY, colour with --color', async () => {
    const cwd = tempTree({ Dockerfile: NAIVE });
    expect((await inProcess([], { cwd })).stdout).not.toContain('\u001b[');
    expect((await inProcess(['--color'], { cwd })).stdout).toContain('\u001b[');
  });
});

describe('--write', () => {
  test('rewrites changed files, keeps their mode, leaves unchanged files untouched', async () => {
    const cwd = tempTree({ Dockerfile: NAIVE, 'other/Dockerfile': SQUASHED });
    chmodSync(join(cwd, 'Dockerfile'), 0o640);
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(cwd, 'other/Dockerfile'), past, past);
    const run = await inProcess(['--write'], { cwd });
    expect(run.status).toBe(0);
    expect(readFileSync(join(cwd, 'Dockerfile'), 'utf8')).toBe(SQUASHED);
    expect(statSync(join(cwd, 'Dockerfile')).mode & 0o777).toBe(0o640);
    expect(statSync(join(cwd, 'other/Dockerfile')).mtime.getTime()).toBe(past.getTime());
    expect((await inProcess(['--check'], { cwd })).status).toBe(0);
  });

  test('keeps CRLF and a BOM', async () => {
    const crlf = '\uFEFF' + NAIVE.replace(/\n/g, '\r\n');
    const cwd = tempTree({ Dockerfile: crlf });
    expect((await inProcess(['-w', 'Dockerfile'], { cwd })).status).toBe(0);
    expect(readFileSync(join(cwd, 'Dockerfile'), 'utf8')).toBe('\uFEFF' + SQUASHED.replace(/\n/g, '\r\n'));
  });
});

describe('--check and --list-different', () => {
  test('--check lists files that would change and exits 1', async () => {
    const cwd = tempTree({ 'a/Dockerfile': NAIVE, 'b/Dockerfile': SQUASHED });
    const run = await inProcess(['--check'], { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('a/Dockerfile\n');
    expect(readFileSync(join(cwd, 'a/Dockerfile'), 'utf8')).toBe(NAIVE);
  });

  test('-l prints bare paths only', async () => {
    const cwd = tempTree({ 'a/Dockerfile': NAIVE, 'b/app.Dockerfile': NAIVE });
    const run = await inProcess(['-l', '.'], { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('a/Dockerfile\nb/app.Dockerfile\n');
    expect(run.stderr).toBe('');
  });
});

describe('stdin', () => {
  test('`-` filters stdin to stdout', async () => {
    const run = await inProcess(['-'], { cwd: tempTree({}), input: NAIVE });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(SQUASHED);
  });

  test('--stdin-filepath with --check', async () => {
    const run = await inProcess(['--check', '--stdin-filepath', 'svc/Dockerfile'], { cwd: tempTree({}), input: NAIVE });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('svc/Dockerfile\n');
  });
});

describe('discovery', () => {
  test('finds every Dockerfile naming convention, skips node_modules, .git and .gitignored paths', async () => {
    const cwd = tempTree({
      '.gitignore': 'ignored/\n',
      Dockerfile: NAIVE,
      'web/Dockerfile.prod': NAIVE,
      'web/api.Dockerfile': NAIVE,
      'web/ui.dockerfile': NAIVE,
      'pod/Containerfile': NAIVE,
      'pod/Containerfile.dev': NAIVE,
      'node_modules/x/Dockerfile': NAIVE,
      '.git/Dockerfile': NAIVE,
      'ignored/Dockerfile': NAIVE,
      'nested/.gitignore': 'local.Dockerfile\n',
      'nested/local.Dockerfile': NAIVE,
      'README.md': NAIVE,
    });
    const run = await inProcess(['-l'], { cwd });
    expect(run.stdout.trim().split('\n')).toEqual([
      'Dockerfile',
      'pod/Containerfile',
      'pod/Containerfile.dev',
      'web/Dockerfile.prod',
      'web/api.Dockerfile',
      'web/ui.dockerfile',
    ]);
  });

  test('skips what the Dockerfile globs match that is no Dockerfile; a template named explicitly is skipped', async () => {
    const notDockerfiles = [
      'Dockerfile.dockerignore',
      'app.Dockerfile.dockerignore',
      'Dockerfile.md',
      'Dockerfile.j2',
      'Dockerfile.alpine.tmpl',
      'Dockerfile.template',
      'Dockerfile.in',
      'Dockerfile.erb',
      'Dockerfile.bak',
      'Dockerfile.orig',
      'Dockerfile~',
      'Dockerfile.sh',
      'Dockerfile.txt',
      'Containerfile.yml',
      'Dockerfile.yaml',
      'Dockerfile.json',
    ];
    const cwd = tempTree({
      ...Object.fromEntries(notDockerfiles.map((name) => [`svc/${name}`, NAIVE])),
      'svc/Dockerfile.alpine': NAIVE,
      'svc/Dockerfile.J2': '{% for p in pkgs %}\nRUN apt-get install -y {{ p }}\n{% endfor %}\n',
    });
    expect((await inProcess(['-l', 'svc', 'svc/*'], { cwd })).stdout).toBe('svc/Dockerfile.alpine\n');
    const named = await inProcess(['--check', '--format', 'json', 'svc/Dockerfile.J2'], { cwd });
    expect(named.status).toBe(0);
    expect(JSON.parse(named.stdout).files[0]).toMatchObject({
      status: 'skipped',
      reason: 'template',
      message: 'template syntax on line 1 ({% for p in pkgs %}): render it first',
    });
  });

  test('--format json reports every file with its fixes', async () => {
    const cwd = tempTree({ Dockerfile: NAIVE });
    const report = JSON.parse((await inProcess(['--format', 'json'], { cwd })).stdout);
    expect(report.files[0].status).toBe('changed');
    expect(report.files[0].fixes.map((f: { ruleId: string }) => f.ruleId)).toEqual(['merge-runs', 'teardown']);
    expect(report.summary.layersRemoved).toBe(1);
  });
});

describe('bad input: a clear message, exit 2, the file byte-identical, the batch goes on', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), /binary file/],
    ['invalid UTF-8', Buffer.from('FROM a\nRUN echo \xff\xfe\n', 'latin1'), /not valid UTF-8/],
    ['unterminated heredoc', 'FROM a\nRUN <<EOF\napt-get update\n', /line 2: unterminated heredoc <<EOF/],
    [
      'unterminated quote',
      'FROM a\nRUN apt-get update\nRUN apt-get install "curl\n',
      /line 3: RUN does not parse as shell/,
    ],
  ];
  test.each(cases)('%s', async (_name, content, message) => {
    const cwd = tempTree({ 'bad/Dockerfile': content, 'good/Dockerfile': NAIVE });
    const run = await inProcess(['--write', 'bad/Dockerfile', 'good/Dockerfile'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`bad/Dockerfile: ${message.source}`));
    expect(readFileSync(join(cwd, 'bad/Dockerfile'))).toEqual(Buffer.from(content));
    expect(readFileSync(join(cwd, 'good/Dockerfile'), 'utf8')).toBe(SQUASHED);
  });

  test('a directory named Dockerfile is walked, not read, and finding nothing in it is an error', async () => {
    const cwd = tempTree({ 'good/Dockerfile': NAIVE });
    mkdirSync(join(cwd, 'Dockerfile'));
    const run = await inProcess(['Dockerfile', 'good'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Dockerfile: no Dockerfiles found');
    expect(run.stdout).toContain('+++ b/good/Dockerfile');
  });

  test('a path that does not exist', async () => {
    const run = await inProcess(['nope/Dockerfile'], { cwd: tempTree({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('nope/Dockerfile: no such file or directory');
  });

  test('an unknown option or transform is a usage error', async () => {
    expect((await inProcess(['--frobnicate'], { cwd: tempTree({}) })).status).toBe(2);
    const run = await inProcess(['--only', 'nope'], { cwd: tempTree({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown transform 'nope'");
  });
});

test('--explain prints what a transform does', async () => {
  const run = await inProcess(['--explain', 'teardown'], { cwd: tempTree({}) });
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('teardown (safe)');
  expect(run.stdout).toContain('/var/lib/apt/lists');
});

describe('measure subcommand', () => {
  test('usage errors exit 2', async () => {
    const run = await inProcess(['measure'], { cwd: tempTree({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('measure takes exactly one Dockerfile, got none');
    expect(
      (await inProcess(['measure', 'Dockerfile', '--format', 'yaml'], { cwd: tempTree({ Dockerfile: NAIVE }) })).status,
    ).toBe(2);
  });

  test('no Docker daemon: a clear message and exit 2', async () => {
    const run = await inProcess(['measure', 'Dockerfile'], {
      cwd: tempTree({ Dockerfile: NAIVE }),
      env: { PATH: process.env['PATH'] ?? '', DOCKER_HOST: 'unix:///nonexistent/docker.sock' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/dockerfile-squash measure: .*daemon/i);
  });

  test('--format html and svg are accepted (the chart is tested in test/measure/chart.test.ts)', async () => {
    for (const format of ['html', 'svg']) {
      const run = await inProcess(['measure', 'Dockerfile', '--format', format], {
        cwd: tempTree({ Dockerfile: NAIVE }),
        env: { PATH: process.env['PATH'] ?? '', DOCKER_HOST: 'unix:///nonexistent/docker.sock' },
      });
      expect(run.stderr).not.toMatch(/invalid value/);
      expect(run.stderr).toMatch(/dockerfile-squash measure: .*daemon/i);
    }
  });
});

test('lone CR line endings are refused, the file left as it is', async () => {
  const content = 'FROM debian\rRUN apt-get update\rRUN apt-get install -y curl\r';
  const cwd = tempTree({ Dockerfile: content });
  const run = await inProcess(['--write', 'Dockerfile'], { cwd });
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('Dockerfile: lone CR line endings');
  expect(readFileSync(join(cwd, 'Dockerfile'), 'utf8')).toBe(content);
});
