/** The ordered registry of built-in transforms. */
import { mergeRuns } from './merge-runs.js';
import { teardown } from './teardown.js';
import { noCacheFlag } from './no-cache-flag.js';
import { slimInstall } from './slim-install.js';
export const TRANSFORMS = [mergeRuns, noCacheFlag, teardown, slimInstall];
export { MANAGERS } from './managers/index.js';
