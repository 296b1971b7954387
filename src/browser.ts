/**
 * Browser entry (the playground): squash one text with the built-in transforms, and what a page needs to show
 * the result. Nothing in its import graph touches Node (no file system, workers or config search, which live in
 * engine/ beside squash): a page calls `initShellParser({ runtime, grammar })` with the URLs of the two WASM
 * files, then `squashSync`.
 */
export { squash, squashSync, selectTransforms, type SquashRequest, type SquashResult } from './engine/squash.js';
export { initShellParser, type ShellWasmUrls } from './document/shell.js';
export { InputError } from './document/source.js';
export { parseDocument } from './document/parse.js';
export { locateFixes, lineStarts, positionAt, type LocatedFix } from './fix/locate.js';
export { unifiedDiff } from './engine/diff.js';
export { TRANSFORMS } from '../transforms/index.js';
