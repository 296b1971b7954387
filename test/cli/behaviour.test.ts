/**
 * The CLI behaves as Prettier and ESLint users expect (issue 11, part 3), in-process through runCli with a fake
 * io: arguments in; exit code, stdout, stderr and files out.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree } from '../support/cli.js';
import { run } from '../support/run-cli.js';
import { squash } from '../../src/index.js';
import { fsSeam } from '../../src/engine/io.js';
import { ProgressBar } from '../../src/cli/progress.js';
import { wrap } from '../../src/cli/report.js';

const NAIVE = 'FROM debian\nRUN apt-get update\nRUN apt-get install -y curl\n';
const SQUASHED =
  'FROM debian\nRUN apt-get update \\\n    && apt-get install -y curl \\\n    && apt-get clean \\\n    && rm -rf /var/lib/apt/lists/*\n';
const ESC = '\u001b[';

/** A custom transform module: upper-cases a lower-case `from`. */
const UPPER_FROM = `export default {
  id: 'upper-from', description: 'Upper-case FROM.', applicability: 'safe', explain: 'Test only.',
  run(doc) {
    return doc.instructions
      .filter((i) => i.keyword === 'FROM' && doc.text.startsWith('from', i.start))
      .map((i) => ({ ruleId: 'upper-from', message: 'FROM', applicability: 'safe', edits: [{ start: i.start, end: i.start + 4, text: 'FROM' }] }));
  },
};`;

describe('unmatched patterns', () => {
  const tree = () => tempTree({ 'empty/README.md': 'x', 'svc/Dockerfile': 'FROM debian\nRUN echo hi\n' });

  test('a directory or glob with no Dockerfile: exit 2 and counted as an error, not as "0 errors"', async () => {
    const r = await run(['empty', 'nothing/*/Dockerfile', 'svc'], { cwd: tree() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('empty: no Dockerfiles found\n');
    expect(r.stderr).toContain('nothing/*/Dockerfile: no Dockerfiles found\n');
    expect(r.stderr).toContain('1 file: 0 to change, 1 unchanged, 0 skipped, 2 errors (2 unmatched patterns)');
    expect(r.stderr).not.toContain('0 errors');
  });

  test('--no-error-on-unmatched-pattern: skipped silently, exit 0', async () => {
    const r = await run(['--no-error-on-unmatched-pattern', 'empty', 'nothing/*/Dockerfile', 'svc'], { cwd: tree() });
    expect(r).toEqual({
      status: 0,
      stdout: '',
      stderr: '1 file: 0 to change, 1 unchanged, 0 skipped, 0 errors\n',
    });
  });

  test('a missing file named explicitly is still an error', async () => {
    const r = await run(['--no-error-on-unmatched-pattern', 'nope/Dockerfile'], { cwd: tree() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nope/Dockerfile: no such file or directory');
  });
});

test('an empty Dockerfile is unchanged, in the CLI and in squash()', async () => {
  const cwd = tempTree({ 'a/Dockerfile': '', 'b/Dockerfile': '\n  \n' });
  const r = await run(['--check'], { cwd });
  expect(r).toEqual({ status: 0, stdout: '', stderr: '2 files: 0 to change, 2 unchanged, 0 skipped, 0 errors\n' });
  expect(await squash('')).toMatchObject({ output: '', changed: false, fixes: [] });
});

test('--write --diff prints the diff it wrote', async () => {
  const cwd = tempTree({ Dockerfile: NAIVE });
  const r = await run(['--write', '--diff'], { cwd });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('--- a/Dockerfile\n+++ b/Dockerfile\n');
  expect(r.stdout).toContain('+    && rm -rf /var/lib/apt/lists/*');
  expect(readFileSync(join(cwd, 'Dockerfile'), 'utf8')).toBe(SQUASHED);
  // Without --diff, --write names the file and the fix count.
  const plain = await run(['--write'], { cwd: tempTree({ Dockerfile: NAIVE }) });
  expect(plain.stdout).toBe('Dockerfile: 2 fixes written\n');
});

test('--explain without an id lists the transforms, custom ones included', async () => {
  const cwd = tempTree({ 'upper.mjs': UPPER_FROM });
  const r = await run(['--explain', '-t', 'upper.mjs'], { cwd });
  expect(r.status).toBe(0);
  const ids = r.stdout
    .split('\n')
    .filter((l) => /^\S+\s+(safe|unsafe)\s/.test(l))
    .map((l) => l.split(/\s+/)[0]);
  expect(ids).toEqual(['merge-runs', 'no-cache-flag', 'teardown', 'slim-install', 'upper-from']);
  expect((await run(['--explain', 'nope'], { cwd })).stderr).toContain("unknown transform 'nope'");
});

describe('help', () => {
  test('--help lists the measure command', async () => {
    const r = await run(['--help'], { cwd: tempTree({}) });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\nCommands:\n {2}measure <Dockerfile> +Build it and its rewrite/);
    expect(r.stdout).toMatch(/-f, --format <text\|json\|sarif>/);
    expect(r.stdout).toContain('--[no-]error-on-unmatched-pattern');
  });

  test('measure -h prints its own help, built from the same table', async () => {
    for (const flag of ['-h', '--help']) {
      const r = await run(['measure', flag], { cwd: tempTree({}) });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Usage: dockerfile-squash measure <Dockerfile> \[options\]/);
      expect(r.stdout).toContain('--build-arg <K=V>');
      expect(r.stdout).toContain('--[no-]cache');
    }
  });

  test('measure: --build-arg values keep their commas; an unknown option is a usage error', async () => {
    const r = await run(['measure', 'a', 'b'], { cwd: tempTree({}) });
    expect(r).toMatchObject({ status: 2, stderr: expect.stringContaining('exactly one Dockerfile, got 2') });
    const unknown = await run(['measure', 'Dockerfile', '--frob'], { cwd: tempTree({}) });
    expect(unknown).toMatchObject({ status: 2, stderr: expect.stringContaining("unknown option '--frob'") });
  });
});

test("'-' with other paths is a usage error that says why", async () => {
  const r = await run(['-', 'other'], { cwd: tempTree({}), input: NAIVE });
  expect(r).toEqual({
    status: 2,
    stdout: '',
    stderr:
      "dockerfile-squash: '-' reads the Dockerfile from stdin; it cannot be combined with other paths\n" +
      'Run with --help for usage.\n',
  });
});

test('.gitignore files under an operand are honoured whatever the working directory', async () => {
  const repo = tempTree({
    '.gitignore': 'vendor/\n',
    'vendor/Dockerfile': NAIVE,
    'app/.gitignore': 'legacy.Dockerfile\n',
    'app/legacy.Dockerfile': NAIVE,
    'app/Dockerfile': NAIVE,
  });
  const inside = await run(['-l', '.'], { cwd: repo });
  const outside = await run(['-l', repo], { cwd: tempTree({}) });
  expect(inside.stdout).toBe('app/Dockerfile\n');
  expect(outside.stdout).toBe(`${join(repo, 'app/Dockerfile')}\n`);
  const glob = await run(['-l', `${repo}/*/*Dockerfile`], { cwd: tempTree({}) });
  expect(glob.stdout).toMatch(/^\S*\/app\/Dockerfile\n$/);
});

test('-f is --format', async () => {
  const r = await run(['-f', 'json'], { cwd: tempTree({ Dockerfile: NAIVE }) });
  expect(JSON.parse(r.stdout).files[0].status).toBe('changed');
});

describe('colours', () => {
  const cwd = () => tempTree({ Dockerfile: NAIVE });
  test('off when not a terminal; FORCE_COLOR forces them on, FORCE_COLOR=0 off; --no-color wins', async () => {
    expect((await run([], { cwd: cwd() })).stdout).not.toContain(ESC);
    const forced = await run([], { cwd: cwd(), env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(`${ESC}32m+    && rm -rf`);
    expect(forced.stderr).toContain(ESC);
    expect((await run([], { cwd: cwd(), env: { FORCE_COLOR: '0' }, stdoutIsTTY: true })).stdout).not.toContain(ESC);
    expect((await run(['--no-color'], { cwd: cwd(), env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });

  test('on for a terminal unless NO_COLOR', async () => {
    expect((await run([], { cwd: cwd(), stdoutIsTTY: true })).stdout).toContain(ESC);
    expect((await run([], { cwd: cwd(), stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
  });
});

describe('--format json and sarif write nothing to stderr but errors', () => {
  test.each(['json', 'sarif'])('%s', async (format) => {
    const clean = await run(['-f', format], { cwd: tempTree({ Dockerfile: NAIVE }), stderrIsTTY: true });
    expect(clean.stderr).toBe('');
    const bad = await run(['-f', format], {
      cwd: tempTree({ 'a/Dockerfile': NAIVE, 'b/Dockerfile': Buffer.from([0]) }),
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('b/Dockerfile: binary file (contains NUL bytes)\n');
  });
});

describe('.dockerfile-squashignore', () => {
  const tree = () =>
    tempTree({
      '.dockerfile-squashignore': 'legacy/\n',
      'legacy/Dockerfile': NAIVE,
      'svc/Dockerfile': NAIVE,
      'other.ignore': 'svc/\n',
    });

  test('is read from the working directory by default, like .prettierignore', async () => {
    expect((await run(['-l'], { cwd: tree() })).stdout).toBe('svc/Dockerfile\n');
  });

  test('--ignore-path replaces it', async () => {
    expect((await run(['-l', '--ignore-path', 'other.ignore'], { cwd: tree() })).stdout).toBe('legacy/Dockerfile\n');
  });
});

describe('summary', () => {
  test('grammatical counts, reasons included ("1 transform error"), and custom fixes counted', async () => {
    const cwd = tempTree({
      'upper.mjs': UPPER_FROM,
      'throws.mjs':
        "export default { id: 'throws', description: 'd', applicability: 'safe', explain: 'e', run(doc) { if (doc.text.includes('BOOM')) throw new Error('kaput'); return []; } };",
      'a/Dockerfile': 'from debian\nRUN echo hi\n',
      'b/Dockerfile': 'FROM debian\n# BOOM\n',
      'c/Dockerfile': NAIVE,
      'd/Dockerfile': '# dockerfile-squash ignore-file\n' + NAIVE,
    });
    const r = await run(['--check', '-t', 'upper.mjs', '-t', 'throws.mjs'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('b/Dockerfile: [throws] transform failed: kaput; file left unchanged\n');
    expect(r.stderr).toContain(
      '4 files: 2 to change, 0 unchanged, 1 skipped (1 ignore-file pragma), 1 error (1 transform error) · ' +
        '3 fixes: 2 RUNs merged (1 layer fewer), 1 teardown added',
    );
  });

  test('coloured and wrapped at word boundaries to the terminal width', async () => {
    const cwd = tempTree({ 'a/Dockerfile': NAIVE, 'b/Dockerfile': Buffer.from([0]) });
    const r = await run(['--check'], { cwd, stderrIsTTY: true, columns: 40, env: { CI: '1', FORCE_COLOR: '1' } });
    const summary = r.stderr.slice(r.stderr.indexOf('\n') + 1).trimEnd();
    expect(summary).toContain(`${ESC}31m`);
    const lines = summary.split('\n').map((l) => l.replace(/\u001b\[[0-9;]*m/g, ''));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    // Only spaces were turned into line breaks: joined back, it is the one-line summary.
    const oneLine = await run(['--check'], { cwd, env: { CI: '1' } });
    expect(lines.join(' ')).toBe(oneLine.stderr.slice(oneLine.stderr.indexOf('\n') + 1).trimEnd());
  });

  test('wrap never breaks a word, even one wider than the line', () => {
    expect(wrap('aa bbbbbbbb cc dd', 5)).toBe('aa\nbbbbbbbb\ncc dd');
  });
});

describe('progress bar', () => {
  test('appears once half a second has passed, with done/total, percent and the time left', () => {
    const written: string[] = [];
    let now = 1_000;
    const bar = new ProgressBar({ write: (s) => written.push(s), columns: 80 }, 500, () => now);
    bar.update(0, 200);
    now = 1_499;
    bar.update(10, 200);
    expect(written).toEqual([]);
    now = 1_500;
    bar.update(50, 200);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/\[#+-+\] 50\/200 files · 25% · ETA 2s$/);
    now = 1_550;
    bar.update(60, 200);
    expect(written).toHaveLength(1); // at most ten redraws a second
    now = 4_000;
    bar.update(200, 200);
    expect(written[1]).toMatch(/200\/200 files · 100% · ETA 0s$/);
    bar.clear();
    expect(written[2]).toBe('\r\u001b[2K');
  });

  test('the CLI erases it before the summary, and never draws it for json', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`s${i}/Dockerfile`] = NAIVE;
    const cwd = tempTree(files);
    // Whether the bar shows depends on how fast this machine is; whatever it drew is erased before the summary.
    const r = await run(['--check', '--no-color'], { cwd, stderrIsTTY: true, columns: 200 });
    expect(r.stderr.split('\r\u001b[2K').pop()).toMatch(/^30 files: 30 to change, 0 unchanged/);
    expect((await run(['-f', 'json'], { cwd, stderrIsTTY: true })).stderr).toBe('');
  });
});

describe('internal errors exit 2 with the file name and a one-line request to report them', () => {
  const real = { ...fsSeam };
  afterEach(() => Object.assign(fsSeam, real));

  test('in a file: the batch goes on', async () => {
    const cwd = tempTree({ 'a/Dockerfile': NAIVE, 'b/Dockerfile': NAIVE });
    // A read that hands back no bytes at all: nothing the engine expects, so a bug, not a bad file.
    fsSeam.readFile = async (path) => (path.includes('/a/') ? (undefined as never) : real.readFile(path));
    const r = await run(['--check'], { cwd });
    expect(r.status).toBe(2);
    const [first] = r.stderr.split('\n');
    expect(first).toMatch(/^a\/Dockerfile: internal error: .+ \(a bug in dockerfile-squash: please report it/);
    expect(r.stdout).toBe('b/Dockerfile\n');
    expect(r.stderr).toContain('1 error (1 internal error)');
  });

  test('outside any file', async () => {
    const r = await run(['-'], {
      cwd: tempTree({}),
      readStdin: () => Promise.reject(new RangeError('stdin exploded')),
    });
    expect(r).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'dockerfile-squash: internal error: stdin exploded (a bug in dockerfile-squash: please report it, with the file that triggers it)\n',
    });
  });
});
