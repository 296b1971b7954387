/**
 * Runs the CLI in-process through `runCli` with a fake io: arguments (and stdin) in; exit code, stdout and
 * stderr out; files on disk in a temporary directory. Same result shape as the spawned `cli()` of cli.ts.
 */
import { runCli, type CliIo } from '../../src/cli/run.js';
import type { CliRun } from './cli.js';

export interface FakeIoOptions {
  cwd: string;
  input?: string;
  /** Replaces reading `input`: to make stdin fail. */
  readStdin?: () => Promise<string>;
  env?: Record<string, string>;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  columns?: number;
}

export async function run(args: string[], options: FakeIoOptions): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: options.readStdin ?? (async () => options.input ?? ''),
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    columns: options.columns,
  };
  const status = await runCli(args, io, '9.9.9');
  return { status, stdout, stderr };
}
