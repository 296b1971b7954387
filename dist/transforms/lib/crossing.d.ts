/**
 * How a merged RUN can stand in for RUNs that had ENV or ARG instructions between them (--unsafe).
 *
 * ENV: the instruction moves below the merged RUN (the image config is unchanged) and the chain runs
 * `export K="V"` where the ENV stood, so earlier commands do not see it and later ones do. The builder would
 * have expanded `$VAR` in V from the environment of that point; the shell expands it from the same variables.
 *
 * ARG: the instruction moves above the merged RUN (so a --build-arg override still reaches the later commands)
 * and the commands that came before it run in a subshell with the variable unset.
 */
import type { Document } from '../../src/document/types.js';
import { type StretchEntry } from './runs.js';
export interface CrossingPlan {
    crosses: boolean;
    /** Per group member: `export` statements that go into the chain just before it. */
    exportsBefore: string[][];
    /** Per group member: the ARGs declared after it, which its commands run without. */
    unset: string[][];
    /** Instruction text moved above / below the merged RUN, verbatim, with the comment lines directly above it. */
    movedAbove: string[];
    movedBelow: string[];
}
/** Null when some ENV/ARG between the members cannot be reproduced exactly in the shell. */
export declare function crossingPlan(doc: Document, group: StretchEntry[]): CrossingPlan | null;
