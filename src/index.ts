/**
 * Public API. `squash(text)` rewrites one Dockerfile's text; bytes in, bytes out handling (BOM, encoding) is
 * in `squashSource`. The shell grammar loads once per process, so the first call awaits it.
 */
import { InputError, decodeSource, encodeSource, splitBom, type LineEnding } from './document/source.js';
import { initShellParser } from './document/shell.js';
import { runFixLoop, type AppliedFix } from './fix/engine.js';
import type { Fix } from './fix/types.js';
import { TRANSFORMS, MANAGERS, type Transform, type SquashOptions } from '../transforms/index.js';
import { DEFAULT_OPTIONS } from '../transforms/types.js';

export interface SquashRequest extends Partial<SquashOptions> {
  /** Transform ids to run (default: all built-ins). */
  only?: string[];
  /** Transform ids not to run. */
  disable?: string[];
  /** Extra transforms (same interface as the built-ins), run after them. */
  transforms?: Transform[];
}

export interface SquashResult {
  output: string;
  changed: boolean;
  fixes: AppliedFix[];
  heldBack: Fix[];
  bom: boolean;
  eol: LineEnding;
}

export async function squash(text: string, request: SquashRequest = {}): Promise<SquashResult> {
  await initShellParser();
  return squashSync(text, request);
}

/** Synchronous form; `initShellParser()` must have resolved. */
export function squashSync(text: string, request: SquashRequest = {}): SquashResult {
  const { text: body, bom, eol } = splitBom(text);
  // dockerfile-ast reads a lone CR as a line break, but what we insert would use LF: refuse rather than mix.
  if (/\r(?!\n)/.test(body)) throw new InputError('lone CR line endings (classic Mac style) are not supported');
  const options: SquashOptions = {
    unsafe: request.unsafe ?? DEFAULT_OPTIONS.unsafe,
    merge: request.merge ?? DEFAULT_OPTIONS.merge,
    allStages: request.allStages ?? DEFAULT_OPTIONS.allStages,
  };
  const result = runFixLoop(body, selectTransforms(request), { options, managers: MANAGERS });
  if (result.problems.length > 0) {
    throw new InputError(result.problems.map((p) => `line ${p.line}: ${p.message}`).join('; '));
  }
  const output = encodeSource(result.output, bom);
  return { output, changed: output !== text, fixes: result.applied, heldBack: result.heldBack, bom, eol };
}

export function selectTransforms(request: Pick<SquashRequest, 'only' | 'disable' | 'transforms'>): Transform[] {
  const all = [...TRANSFORMS, ...(request.transforms ?? [])];
  const known = new Set(all.map((t) => t.id));
  for (const id of [...(request.only ?? []), ...(request.disable ?? [])]) {
    if (!known.has(id)) throw new Error(`unknown transform '${id}' (known: ${[...known].join(', ')})`);
  }
  return all.filter((t) => (!request.only?.length || request.only.includes(t.id)) && !request.disable?.includes(t.id));
}

/**
 * Batch mode: files, directories or globs → per-file results and a summary, config files honoured, nothing
 * written unless `write: true`. Loaded on first call, so `squash` users do not pay for the batch machinery.
 */
export async function squashFiles(
  paths: string | readonly string[],
  options?: SquashFilesOptions,
): Promise<SquashFilesResult> {
  const batch = await import('./api/squash-files.js');
  return batch.squashFiles(paths, options);
}

export { InputError, decodeSource, initShellParser, TRANSFORMS, MANAGERS };
export type { SquashFilesOptions, SquashFilesResult, SquashFileResult } from './api/squash-files.js';
import type { SquashFilesOptions, SquashFilesResult } from './api/squash-files.js';
export type { Transform, SquashOptions, Fix, AppliedFix };
