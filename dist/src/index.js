/**
 * Public API. `squash(text)` rewrites one Dockerfile's text (or its bytes, decoded as the CLI decodes a file).
 * The shell grammar loads once per process, so the first call awaits it.
 */
import { InputError, decodeSource } from './document/source.js';
import { initShellParser } from './document/shell.js';
import { TRANSFORMS, MANAGERS } from '../transforms/index.js';
export { squash, squashSync, selectTransforms, } from './engine/squash.js';
/**
 * Batch mode: files, directories or globs → per-file results and a summary, config files honoured, nothing
 * written unless `write: true`. Loaded on first call, so `squash` users do not pay for the batch machinery.
 */
export async function squashFiles(paths, options) {
    const batch = await import('./engine/squash-files.js');
    return batch.squashFiles(paths, options);
}
export { InputError, decodeSource, initShellParser, TRANSFORMS, MANAGERS };
