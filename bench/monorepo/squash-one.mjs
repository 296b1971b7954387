/** `node squash-one.mjs FILE`: the library alone (`squash()`), one file, in a fresh process: the CLI minus its own layer. */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--liftoff-only');
setFlagsFromString('--no-turbofan'); // as the CLI starts (src/cli/turbofan.ts)
const { squash } = await import('../../dist/src/index.js');
const result = await squash(readFileSync(process.argv[2], 'utf8'));
process.exitCode = result.changed ? 1 : 0;
