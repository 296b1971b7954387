import type { Document, Instruction } from '../src/document/types.js';
import type { PackageManager } from './managers/types.js';
import type { Transform } from '../src/transform.js';
export declare const teardown: Transform;
/**
 * The steps this RUN has after its last install, already there or appended by this transform (with `unsafe`,
 * unsafe ones and those that refresh later RUNs too): what an install flag would keep out of the layer may be
 * removed by them anyway (FlagRule.redundantWithSteps).
 */
export declare function teardownStepsHere(doc: Document, ins: Instruction, manager: PackageManager, unsafe: boolean, allStages: boolean): Set<string>;
