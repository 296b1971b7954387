import type { Document } from './types.js';
/**
 * `ignoredRules`: rule ids or hadolint codes ignored for the whole file on top of its own global pragmas.
 * `shellTrees: false` reads only whether each RUN's shell parses (for a file no transform will look at: the
 * problems and skip reasons stay exact; its RUNs' commands and facts are left empty).
 */
export declare function parseDocument(text: string, ignoredRules?: readonly string[], { shellTrees }?: {
    shellTrees?: boolean;
}): Document;
