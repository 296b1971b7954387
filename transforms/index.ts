/** The ordered registry of built-in transforms. */
import { mergeRuns } from './merge-runs.js';
import { teardown } from './teardown.js';
import { noCacheFlag } from './no-cache-flag.js';
import { slimInstall } from './slim-install.js';
import type { Transform } from '../src/transform.js';

export const TRANSFORMS: readonly Transform[] = [mergeRuns, noCacheFlag, teardown, slimInstall];

export { MANAGERS } from './managers/index.js';
export type { Transform, TransformContext, SquashOptions } from '../src/transform.js';
