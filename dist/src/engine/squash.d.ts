/**
 * Squash one text: `squash(text)` rewrites one Dockerfile's text through the fix loop with the built-in
 * transforms (and any extra ones). The shell grammar loads once per process, so the first call awaits it.
 */
import { type LineEnding } from '../document/source.js';
import { type AppliedFix, type LeftAlone } from '../fix/loop.js';
import type { Fix } from '../fix/types.js';
import type { Document } from '../document/types.js';
import { type Transform, type SquashOptions } from '../transform.js';
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
    /**
     * Set when the file was left as it is on purpose, without asking any transform (an ignore-file pragma, a
     * Windows image): the reason, and a one-line message.
     */
    skipped: LeftAlone;
}
/**
 * One Dockerfile: its text, or its bytes as read from disk (a Buffer is a Uint8Array), which are decoded as the
 * CLI decodes a file: UTF-8 only, a BOM kept, NUL bytes and invalid UTF-8 refused with an InputError.
 */
export type SquashInput = string | Uint8Array;
export declare function squash(input: SquashInput, request?: SquashRequest): Promise<SquashResult>;
/** Synchronous form; `initShellParser()` must have resolved. */
export declare function squashSync(input: SquashInput, request?: SquashRequest): SquashResult;
/**
 * squashSync, and the parse of the output (BOM-less) that the fix loop ended with, for the engine to reuse;
 * null when the text is one no transform can change under any options (transforms/lib/quiet.ts).
 */
export declare function squashToDocument(input: SquashInput, request?: SquashRequest): {
    result: SquashResult;
    document: Document | null;
};
/**
 * The quick test of transforms/lib/quiet.ts: no transform can change this text. Custom transforms may react to
 * anything, and --merge all merges any RUNs: only the built-ins' answer under the other options counts.
 */
export declare function provablyQuiet(text: string, options: Pick<SquashOptions, 'merge'>, customTransforms: number): boolean;
export declare function selectTransforms(request: Pick<SquashRequest, 'only' | 'disable' | 'transforms'>): Transform[];
export declare function unknownTransform(id: string, known: Iterable<string>): string;
