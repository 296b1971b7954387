/**
 * The CLI as a function of (argv, io) → exit code, so tests can run it in-process and the real process
 * entry stays one line. Exit codes: 0 fine, 1 --check/-l found changes, 2 usage or any per-file error.
 */
import { resolve } from 'node:path';
import { initShellParser } from '../document/shell.js';
import { selectTransforms, type SquashRequest } from '../index.js';
import { parseArgs, UsageError, type CliOptions } from './args.js';
import { discover } from './discover.js';
import { messageOf, processFile, processText, type FileResult } from './process-file.js';
import { colorDiff, colorsFor, jsonReport, summarise, summaryLine, unifiedDiff, type Colors } from './report.js';
import { TRANSFORMS } from '../../transforms/index.js';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  stdoutIsTTY: boolean;
}

export async function runCli(argv: string[], io: CliIo, version = '0.0.0'): Promise<number> {
  let options: CliOptions;
  try {
    const parsed = await parseArgs(argv, version);
    if ('output' in parsed) {
      io.stdout(parsed.output + '\n');
      return 0;
    }
    options = parsed;
    if (options.explain !== undefined) return explain(options.explain, io);
    selectTransforms({ only: options.only, disable: options.disable });
  } catch (error) {
    io.stderr(`dockerfile-squash: ${(error as Error).message}\nRun with --help for usage.\n`);
    return 2;
  }
  const c = colorsFor(options.color ?? (io.stdoutIsTTY && !io.env['NO_COLOR'] && io.env['TERM'] !== 'dumb'));
  const request: SquashRequest = {
    unsafe: options.unsafe,
    merge: options.merge,
    allStages: options.allStages,
    only: options.only,
    disable: options.disable,
  };
  await initShellParser();

  if (options.stdinFilepath !== undefined || (options.paths.length === 1 && options.paths[0] === '-')) {
    return runStdin(options, request, io, c);
  }
  const operands = options.paths.length > 0 ? options.paths : ['.'];
  let found;
  try {
    found = await discover(operands, { cwd: io.cwd, ignorePaths: options.ignorePath });
  } catch (error) {
    io.stderr(`dockerfile-squash: ${(error as Error).message}\n`);
    return 2;
  }
  for (const e of found.errors) io.stderr(c.red(`${e.path}: ${e.message}`) + '\n');

  const results: FileResult[] = [];
  for (const file of found.files) {
    const result = await processFile(resolve(io.cwd, file), { request, write: options.write });
    result.path = file;
    results.push(result);
    if (options.format === 'text') reportFile(result, options, io, c);
  }
  if (options.format === 'json') io.stdout(jsonReport(results));
  else if (!options.quiet && !options.listDifferent)
    io.stderr(summaryLine(summarise(results), options.write, c) + '\n');
  return exitCode(results, found.errors.length, options);
}

function reportFile(result: FileResult, options: CliOptions, io: CliIo, c: Colors): void {
  if (result.status === 'error') {
    io.stderr(c.red(`${result.path}: ${result.message}`) + '\n');
    return;
  }
  if (result.status !== 'changed') return;
  if (options.listDifferent) io.stdout(result.path + '\n');
  else if (options.check) {
    if (!options.quiet) io.stdout(`${result.path}${options.write ? ' (written)' : ''}\n`);
  } else if (options.write) {
    if (!options.quiet)
      io.stdout(`${result.path}: ${result.fixes.length} fix${result.fixes.length === 1 ? '' : 'es'} written\n`);
  } else if (!options.quiet || options.diff) io.stdout(colorDiff(unifiedDiff(result), c));
}

async function runStdin(options: CliOptions, request: SquashRequest, io: CliIo, c: Colors): Promise<number> {
  const path = options.stdinFilepath ?? '<stdin>';
  let result: FileResult;
  try {
    result = processText(path, await io.readStdin(), request);
  } catch (error) {
    io.stderr(c.red(`${path}: ${messageOf(error)}`) + '\n');
    return 2;
  }
  if (options.check || options.listDifferent) {
    if (result.status === 'changed') io.stdout(path + '\n');
  } else if (options.diff) {
    if (result.status === 'changed') io.stdout(colorDiff(unifiedDiff(result), c));
  } else if (options.format === 'json') io.stdout(jsonReport([result]));
  else io.stdout(result.output);
  return exitCode([result], 0, options);
}

function exitCode(results: FileResult[], operandErrors: number, options: CliOptions): number {
  if (operandErrors > 0 || results.some((r) => r.status === 'error')) return 2;
  if ((options.check || options.listDifferent) && !options.write && results.some((r) => r.status === 'changed'))
    return 1;
  return 0;
}

function explain(id: string, io: CliIo): number {
  const transform = TRANSFORMS.find((t) => t.id === id);
  if (!transform) {
    io.stderr(`dockerfile-squash: unknown transform '${id}' (known: ${TRANSFORMS.map((t) => t.id).join(', ')})\n`);
    return 2;
  }
  io.stdout(`${transform.id} (${transform.applicability})\n${transform.description}\n\n${transform.explain}\n`);
  return 0;
}
