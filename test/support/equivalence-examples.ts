/**
 * Every golden example, run through the semantic-equivalence harness: the rewrite makes the same calls in the
 * same state, prints the same output and fails at the same point, with every single call failing in turn.
 * The examples are dealt to several test files (test/equivalence-examples/*.test.ts) so that Jest's workers
 * share the slowest suite; together the shards cover every example exactly once.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { checkEquivalent, disposeHarness, harnessAvailable } from '../harness/equivalence.js';
import { equivalenceOptions } from './equivalence.js';
import { loadExamples } from './examples.js';

export const SHARDS = 2;

export function equivalenceOfExamples(shard: number): void {
  const examples = loadExamples()
    .filter((e) => e.input !== e.expected)
    .filter((_, i) => i % SHARDS === shard);

  beforeAll(async () => {
    const available = await harnessAvailable();
    // CI runs as root, where chroot works: a harness that cannot run is a failure, not a skip.
    if (!available.ok) throw new Error(`equivalence harness unavailable: ${available.reason}`);
  }, 60_000);

  afterAll(() => disposeHarness());

  describe(`semantic equivalence of every example (shard ${shard + 1} of ${SHARDS})`, () => {
    test('the shard has examples', () => expect(examples.length).toBeGreaterThan(0));
    test.each(examples)(
      '$name',
      async ({ input, expected }) => {
        expect(await checkEquivalent(input, expected, equivalenceOptions)).toEqual({ ok: true });
      },
      120_000,
    );
  });
}
