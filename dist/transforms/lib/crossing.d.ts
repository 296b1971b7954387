/**
 * How a merged RUN can stand in for RUNs that had ENV or ARG instructions between them.
 *
 * ENV: the instruction moves below the merged RUN (the image config is unchanged) and the chain runs
 * `export K=V` where the ENV stood, so earlier commands do not see it and later ones do. V is the value the
 * builder computed (it expands `$VAR` from earlier ENV/ARG only, never from the shell: see builder-env.ts),
 * quoted so that the shell expands nothing but `$PATH`; an ENV whose value cannot be computed statically is
 * not crossed.
 * An ENV whose values are plain literals (no `$`, no escape character, at most one pair of quotes around the
 * whole value) is crossed safely: the export is then exactly what the builder would have put in the
 * environment. Other crossings are unsafe (--unsafe): they rest on this model of the builder's expansion.
 *
 * ARG: the instruction moves above the merged RUN (so a --build-arg override still reaches the later commands)
 * and the commands that came before it run in a subshell with the variable unset. Always unsafe.
 */
import type { Document } from '../../src/document/types.js';
import { type StretchEntry } from './runs.js';
export interface CrossingPlan {
    crosses: boolean;
    /** Everything crossed is an ENV of plain literal values: the merge is meaning-preserving. */
    safe: boolean;
    /** Per group member: `export` statements that go into the chain just before it. */
    exportsBefore: string[][];
    /** Per group member: the ARGs declared after it, which its commands run without. */
    unset: string[][];
    /**
     * Instruction text moved above / below the merged RUN, verbatim: an ARG with the comment lines directly above
     * it, an ENV without them (they go into the chain above its export) and after an empty line where a blank line
     * set it apart.
     */
    movedAbove: string[];
    movedBelow: string[];
}
/** Null when some ENV/ARG between the members cannot be reproduced exactly in the shell. */
export declare function crossingPlan(doc: Document, group: StretchEntry[]): CrossingPlan | null;
