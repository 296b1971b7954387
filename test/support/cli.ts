/** Runs the real launcher in a child process, in a temporary directory of real files. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const BIN = new URL('../../bin/dockerfile-squash.js', import.meta.url).pathname;

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { cwd: string; input?: string; env?: Record<string, string> }): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', ...options.env },
    // Generous: on a loaded 2-core machine a worker-thread run takes tens of seconds; a kill must not pass for
    // empty output.
    timeout: 120_000,
  });
  if (result.error) throw new Error(`dockerfile-squash ${args.join(' ')}: ${result.error.message}`);
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A temp directory holding `files` (path → content; a Buffer is written as is). */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'dfsq-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
