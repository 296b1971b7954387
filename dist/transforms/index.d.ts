import type { Transform } from '../src/transform.js';
export declare const TRANSFORMS: readonly Transform[];
export { MANAGERS } from './managers/index.js';
export type { Transform, TransformContext, SquashOptions } from '../src/transform.js';
