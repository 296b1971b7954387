/**
 * Where a stage's files end up. Its layers ship when it is the image or the base of a stage that ships; its files
 * also reach the image through `COPY --from` into a shipping stage (`COPY --from=build / /` ships the whole tree),
 * and they reach every stage that copies from it, which may read them (`apt-get install` on copied lists).
 */
import type { Document } from '../../src/document/types.js';
/** The stage and every stage built FROM it, directly or not: the images that contain its layers. */
export declare function stageAndDescendants(doc: Document, stage: number): Set<number>;
/**
 * The trees of a stage that reach the image though its layers do not: those a shipping stage copies from it or
 * from a stage built on it. 'all' when its layers ship.
 */
export declare function shippedTrees(doc: Document, stage: number): 'all' | string[];
/** Some of `paths`, as a RUN of the stage leaves them, reach the image (always with --all-stages). */
export declare function shipsAnyOf(doc: Document, stage: number, paths: readonly string[], allStages: boolean): boolean;
/**
 * Every stage that holds files of this one: built FROM it, or copying from it (or from those), transitively.
 * What any of them runs may read what a RUN of this stage leaves behind.
 */
export declare function stagesHolding(doc: Document, stage: number): Set<number>;
