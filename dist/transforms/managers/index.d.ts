import type { PackageManager } from './types.js';
/** Every manager the transforms know, in the order teardowns are appended when one RUN uses several. */
export declare const MANAGERS: readonly PackageManager[];
