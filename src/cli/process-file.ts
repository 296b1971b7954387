/** One file through the pipeline: read, decode, squash, and (with --write) write back. Never throws. */
import { decodeSource, InputError } from '../document/source.js';
import { squashSync, type SquashRequest } from '../index.js';
import { FixError, type AppliedFix } from '../fix/engine.js';
import type { Fix } from '../fix/types.js';
import { CliFileError, describeFsError, readSnapshot, writeIfUnchanged } from './io.js';

export type FileStatus = 'changed' | 'unchanged' | 'skipped' | 'error';

export interface FileResult {
  path: string;
  status: FileStatus;
  /** Why a file was skipped or failed. */
  message?: string;
  original: string;
  output: string;
  fixes: AppliedFix[];
  heldBack: Fix[];
  written: boolean;
}

export interface ProcessOptions {
  request: SquashRequest;
  write: boolean;
}

export async function processFile(path: string, options: ProcessOptions): Promise<FileResult> {
  const result: FileResult = {
    path,
    status: 'unchanged',
    original: '',
    output: '',
    fixes: [],
    heldBack: [],
    written: false,
  };
  let snapshot;
  try {
    snapshot = await readSnapshot(path);
  } catch (error) {
    return fail(result, error instanceof CliFileError ? error.message : describeFsError(error));
  }
  try {
    const decoded = decodeSource(snapshot.bytes);
    const original = (decoded.bom ? '\uFEFF' : '') + decoded.text;
    Object.assign(result, processText(path, original, options.request));
  } catch (error) {
    return fail(result, messageOf(error));
  }
  if (options.write && result.status === 'changed') {
    try {
      await writeIfUnchanged(path, snapshot, result.output);
      result.written = true;
    } catch (error) {
      return fail(result, error instanceof CliFileError ? error.message : `not written: ${describeFsError(error)}`);
    }
  }
  return result;
}

/** The text-only part, shared with stdin mode. Throws InputError / FixError for bad input. */
export function processText(path: string, original: string, request: SquashRequest): FileResult {
  const base = { path, original, written: false };
  if (original.replace(/^\uFEFF/, '').trim() === '') throw new InputError('empty file (no instructions)');
  if (/^\s*#\s*dockerfile-squash\s+ignore-file\s*$/im.test(original)) {
    return { ...base, status: 'skipped', message: 'ignore-file pragma', output: original, fixes: [], heldBack: [] };
  }
  const squashed = squashSync(original, request);
  return {
    ...base,
    status: squashed.changed ? 'changed' : 'unchanged',
    output: squashed.output,
    fixes: squashed.fixes,
    heldBack: squashed.heldBack,
  };
}

function fail(result: FileResult, message: string): FileResult {
  return { ...result, status: 'error', message, output: result.original, written: false };
}

export function messageOf(error: unknown): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof FixError)
    return `${error.transformId ? `[${error.transformId}] ` : ''}${error.message}; file left unchanged`;
  return `internal error: ${(error as Error)?.stack ?? String(error)}`;
}
