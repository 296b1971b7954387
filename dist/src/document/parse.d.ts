import type { Document } from './types.js';
/** `ignoredRules`: rule ids or hadolint codes ignored for the whole file on top of its own global pragmas. */
export declare function parseDocument(text: string, ignoredRules?: readonly string[]): Document;
