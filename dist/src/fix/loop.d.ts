import type { Document, Problem } from '../document/types.js';
import type { Transform, TransformContext } from '../transform.js';
import type { Fix } from './types.js';
export declare const MAX_PASSES = 10;
export interface AppliedFix extends Fix {
    pass: number;
}
export interface FixLoopResult {
    output: string;
    applied: AppliedFix[];
    /** Unsafe fixes proposed on the final text and not applied because --unsafe was off. */
    heldBack: Fix[];
    passes: number;
    /** Why the input was not rewritten at all (see Document.problems). */
    problems: Problem[];
    /** Why a valid input was left as it is without asking any transform (see Document.leftAlone). */
    leftAlone: Document['leftAlone'];
}
export declare class FixError extends Error {
    readonly transformId: string | null;
    constructor(message: string, transformId: string | null);
}
export declare function runFixLoop(text: string, transforms: readonly Transform[], ctx: TransformContext): FixLoopResult;
