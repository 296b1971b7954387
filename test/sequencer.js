/**
 * Jest's order, with the suites that take most of `npm test` first. Jest runs the longest suites first only when
 * its cache has their last durations; on a fresh checkout (CI) it falls back to file size, and the two
 * equivalence shards are four-line files that then start last and leave one worker running alone for a minute.
 */
import DefaultSequencer from '@jest/test-sequencer';

/** Slowest first (about 50, 50, 30, 25, 20 and 20 s on two cores); paths relative to the project root. */
const SLOW = [
  'test/equivalence-examples/',
  'test/property/equivalence.test.ts',
  'test/property/pipeline.test.ts',
  'test/equivalence.test.ts',
  'test/cli/batch.test.ts',
  'test/property/errexit.test.ts',
];

export default class SlowFirstSequencer extends DefaultSequencer {
  sort(tests) {
    const rank = (test) => {
      const path = test.path.slice(test.context.config.rootDir.length + 1);
      const i = SLOW.findIndex((prefix) => path.startsWith(prefix));
      return i < 0 ? SLOW.length : i;
    };
    // Array.prototype.sort is stable: within a rank, Jest's own order (durations when known, else size) stays.
    return super.sort(tests).sort((a, b) => rank(a) - rank(b));
  }
}
