/**
 * The rest of issue 4's bad-input list: a 50 MB file, an unreadable file, a read-only file with --write, a file
 * that changes between read and write, and a full disk. Each: a one-line message with the path and reason,
 * exit 2, the file byte-identical, the rest of the batch done. The last two are in-process tests of processFile
 * with the io.ts seam patched (Prettier's "mockable" style); the others run the real launcher.
 */
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { chmodSync, closeSync, openSync, readFileSync, statSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempTree } from '../support/cli.js';
import { run as inProcess } from '../support/run-cli.js';
import { canDropPrivileges, cliAsNobody } from './helpers.js';
import { fsSeam, MAX_FILE_BYTES } from '../../src/engine/io.js';
import { DEFAULT_FILE_OPTIONS, processFile } from '../../src/engine/process-file.js';
import { initShellParser } from '../../src/index.js';

const NAIVE = 'FROM debian\nRUN apt-get update\nRUN apt-get install -y curl\n';
const SQUASHED =
  'FROM debian\nRUN apt-get update \\\n    && apt-get install -y curl \\\n    && apt-get clean \\\n    && rm -rf /var/lib/apt/lists/*\n';

describe('through the CLI', () => {
  test('a 50 MB file is refused before it is read (a sparse file keeps the test fast)', async () => {
    const cwd = tempTree({ 'big/Dockerfile': '', 'good/Dockerfile': NAIVE });
    const fd = openSync(join(cwd, 'big/Dockerfile'), 'r+');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const run = await inProcess(['--write'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`big/Dockerfile: too large (52428800 bytes; limit ${MAX_FILE_BYTES})`);
    expect(statSync(join(cwd, 'big/Dockerfile')).size).toBe(50 * 1024 * 1024);
    expect(readFileSync(join(cwd, 'good/Dockerfile'), 'utf8')).toBe(SQUASHED);
  });

  test('a file Docker rejects (a RUN line lost its continuation) is refused with file, line and reason; a template is skipped', async () => {
    const broken =
      'FROM fedora\nRUN dnf -y update && dnf clean all\nRUN dnf -y install a \\\n  b\n  c \\\n  && dnf clean all\n';
    const template =
      'FROM {{ base }}\nRUN apt-get update\n{% for p in pkgs %}\nRUN apt-get install -y {{ p }}\n{% endfor %}\n';
    const cwd = tempTree({ 'broken/Dockerfile': broken, 'tpl/Dockerfile': template, 'good/Dockerfile': NAIVE });
    const run = await inProcess(['--write'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("broken/Dockerfile: line 5: unknown instruction 'c', which Docker rejects");
    expect(readFileSync(join(cwd, 'broken/Dockerfile'), 'utf8')).toBe(broken);
    expect(readFileSync(join(cwd, 'tpl/Dockerfile'), 'utf8')).toBe(template);
    expect(readFileSync(join(cwd, 'good/Dockerfile'), 'utf8')).toBe(SQUASHED);
    expect(run.stderr).toMatch(/3 files: 1 written, 0 unchanged, 1 skipped \(1 template\), 1 error \(1 parse error\)/);
  });

  const unreadable = canDropPrivileges ? test : test.skip;
  if (!canDropPrivileges) {
    // Visible in the output: as root, chmod 000 does not stop reads, and without setpriv there is no honest test.
    console.warn('skipping the unreadable-file test: it needs root, setpriv, and a checkout that nobody can read');
  }
  unreadable('an unreadable file (the CLI runs as nobody via setpriv: root reads anything)', async () => {
    const cwd = tempTree({ 'bad/Dockerfile': NAIVE, 'good/Dockerfile': NAIVE });
    chmodSync(cwd, 0o755);
    chmodSync(join(cwd, 'bad/Dockerfile'), 0o000);
    const run = cliAsNobody(['bad/Dockerfile', 'good/Dockerfile'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('bad/Dockerfile: permission denied');
    expect(run.stdout).toContain('+++ b/good/Dockerfile');
    expect(readFileSync(join(cwd, 'bad/Dockerfile'), 'utf8')).toBe(NAIVE);
  });

  test('a read-only file with --write is reported "read-only, not written", even for root', async () => {
    const cwd = tempTree({ 'ro/Dockerfile': NAIVE, 'rw/Dockerfile': NAIVE });
    chmodSync(join(cwd, 'ro/Dockerfile'), 0o444);
    const run = await inProcess(['--write'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ro/Dockerfile: read-only, not written');
    expect(readFileSync(join(cwd, 'ro/Dockerfile'), 'utf8')).toBe(NAIVE);
    expect(statSync(join(cwd, 'ro/Dockerfile')).mode & 0o777).toBe(0o444);
    expect(readFileSync(join(cwd, 'rw/Dockerfile'), 'utf8')).toBe(SQUASHED);
    expect(run.stderr).toMatch(/2 files: 1 written, 0 unchanged, 0 skipped, 1 error \(1 not written\)/);
  });
});

describe('in-process, through the io.ts seam', () => {
  const real = { ...fsSeam };
  beforeAll(() => initShellParser());
  afterEach(() => Object.assign(fsSeam, real));

  const task = (dir: string) => ({
    path: 'Dockerfile',
    absolute: join(dir, 'Dockerfile'),
    options: DEFAULT_FILE_OPTIONS,
  });

  test('a file that changes between read and write is detected and not written', async () => {
    const dir = tempTree({ Dockerfile: NAIVE });
    const edited = NAIVE + 'RUN echo edited meanwhile\n';
    let reads = 0;
    fsSeam.readFile = async (path) => {
      // The second read is the check just before writing: another writer got there first.
      if (++reads === 2) writeFileSync(path, edited);
      return real.readFile(path);
    };
    const result = await processFile(task(dir), true, { text: false, diff: false });
    expect(result).toMatchObject({ status: 'error', written: false, reason: 'not written' });
    expect(result.message).toBe('changed on disk while it was being processed; not written');
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(edited);
  });

  test('disk full on write: the file is byte-identical and the message says so', async () => {
    const dir = tempTree({ Dockerfile: NAIVE });
    fsSeam.writeAtomic = async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    const result = await processFile(task(dir), true, { text: false, diff: false });
    expect(result).toMatchObject({ status: 'error', written: false });
    expect(result.message).toBe('not written: no space left on device; file left unchanged');
    expect(readFileSync(join(dir, 'Dockerfile'))).toEqual(Buffer.from(NAIVE));
  });

  test('a file without write permission for this user is not written (canWrite false)', async () => {
    const dir = tempTree({ Dockerfile: NAIVE });
    fsSeam.canWrite = async () => false;
    let wrote = false;
    fsSeam.writeAtomic = async () => {
      wrote = true;
    };
    const result = await processFile(task(dir), true, { text: false, diff: false });
    expect(result.message).toBe('read-only, not written');
    expect(wrote).toBe(false);
  });

  test('the happy path writes once, through the seam', async () => {
    const dir = tempTree({ Dockerfile: NAIVE });
    const writes: string[] = [];
    fsSeam.writeAtomic = async (path, text) => {
      writes.push(path);
      await real.writeAtomic(path, text);
    };
    const result = await processFile(task(dir), true, { text: true, diff: true });
    expect(result).toMatchObject({ status: 'changed', written: true, output: SQUASHED, original: NAIVE });
    expect(result.diff).toContain('+++ b/Dockerfile');
    expect(writes).toEqual([join(dir, 'Dockerfile')]);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(SQUASHED);
  });
});
