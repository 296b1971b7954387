import { type CrossingPlan } from './lib/crossing.js';
import type { Transform } from '../src/transform.js';
export declare const mergeRuns: Transform;
export type { CrossingPlan };
