import type { Document, Problem } from '../document/types.js';
import type { Fix } from './types.js';
/**
 * What the loop needs of a transform: an id to blame, and its fixes for a document. The Transform contract
 * (src/transform.ts) is bound to its context by the engine; the loop knows nothing above the document.
 */
export interface FixProposer {
    id: string;
    propose(doc: Document): Fix[];
}
export interface FixLoopOptions {
    /** Apply unsafe fixes too; otherwise those proposed on the final text are returned as held back. */
    unsafe: boolean;
    /** Rule ids or hadolint codes ignored in the whole file (see parseDocument). */
    ignoredRules?: readonly string[];
    /**
     * The caller knows no proposer can act on this text: it is only checked (parsed, its shells parsed, never
     * walked) and handed back unchanged, with no proposer asked.
     */
    quiet?: boolean;
}
export declare const MAX_PASSES = 10;
export interface AppliedFix extends Fix {
    pass: number;
}
/** Why a file is left as it is, on purpose: reported as skipped, not as an error. */
export type LeftAlone = {
    reason: 'ignore-file pragma' | NonNullable<Document['leftAlone']>['reason'];
    message: string;
} | null;
export interface FixLoopResult {
    output: string;
    applied: AppliedFix[];
    /** Unsafe fixes proposed on the final text and not applied because --unsafe was off. */
    heldBack: Fix[];
    passes: number;
    /** Why the input was not rewritten at all (see Document.problems). */
    problems: Problem[];
    /**
     * Why a valid input was left as it is without asking any transform: an ignore-file pragma, or a file that is
     * not for a POSIX shell (see Document.leftAlone).
     */
    leftAlone: LeftAlone;
    /** The loop's last parse, of `output`: whoever asks more of the final text reads it instead of parsing again. */
    document: Document;
}
export declare class FixError extends Error {
    readonly transformId: string | null;
    constructor(message: string, transformId: string | null);
}
export declare function runFixLoop(text: string, proposers: readonly FixProposer[], options: FixLoopOptions): FixLoopResult;
