/**
 * Public API. `squash(text)` rewrites one Dockerfile's text (or its bytes, decoded as the CLI decodes a file).
 * The shell grammar loads once per process, so the first call awaits it.
 */
import { InputError, decodeSource } from './document/source.js';
import { initShellParser } from './document/shell.js';
import type { AppliedFix } from './fix/loop.js';
import type { Fix } from './fix/types.js';
import { TRANSFORMS, MANAGERS } from '../transforms/index.js';
import type { Transform, SquashOptions } from './transform.js';
export { squash, squashSync, selectTransforms, type SquashInput, type SquashRequest, type SquashResult, } from './engine/squash.js';
/**
 * Batch mode: files, directories or globs → per-file results and a summary, config files honoured, nothing
 * written unless `write: true`. Loaded on first call, so `squash` users do not pay for the batch machinery.
 */
export declare function squashFiles(paths: string | readonly string[], options?: SquashFilesOptions): Promise<SquashFilesResult>;
export { InputError, decodeSource, initShellParser, TRANSFORMS, MANAGERS };
export type { SquashFilesOptions, SquashFilesResult, SquashFileResult } from './engine/squash-files.js';
import type { SquashFilesOptions, SquashFilesResult } from './engine/squash-files.js';
export type { Transform, SquashOptions, Fix, AppliedFix };
