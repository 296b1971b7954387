import type { Document, Instruction } from '../../src/document/types.js';
/** A shell-form RUN under a POSIX shell whose body parsed cleanly: the only kind we rewrite. */
export declare function isRewritableRun(ins: Instruction): boolean;
/** A RUN whose commands we may append to: a rewritable shell-form RUN, or a heredoc RUN that is a POSIX script. */
export declare function hasEditableScript(ins: Instruction): boolean;
export declare function suppressed(doc: Document, ins: Instruction, keys: string[]): boolean;
/** A RUN and the ENV/ARG instructions between it and the previous RUN of its stretch (empty for the first). */
export interface StretchEntry {
    run: Instruction;
    crossed: Instruction[];
}
/**
 * Maximal stretches of RUN instructions in one stage with nothing but comments and blank lines between them
 * (any other instruction ends a stretch, as in hadolint DL3059). With `crossEnv`, ENV and ARG instructions may
 * sit between RUNs too; they are listed in `crossed`.
 */
export declare function adjacentRuns(doc: Document, crossEnv?: boolean): StretchEntry[][];
/** Start of the line an instruction starts on, when only blanks precede it there. */
export declare function lineStartOf(text: string, offset: number): number;
/** End of the line an offset is on, including its line break. */
export declare function lineEndOf(text: string, offset: number): number;
/** Start of the comment lines directly above a line start (no blank line between), or that line start. */
export declare function commentBlockStart(text: string, lineStart: number): number;
