/**
 * Every golden example, run through the semantic-equivalence harness: the rewrite makes the same calls in the
 * same state, prints the same output and fails at the same point, with every single call failing in turn.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { checkEquivalent, disposeHarness, harnessAvailable } from './harness/equivalence.js';
import { equivalenceOptions } from './support/equivalence.js';
import { loadExamples } from './support/examples.js';

const examples = loadExamples();

beforeAll(async () => {
  const available = await harnessAvailable();
  // CI runs as root, where chroot works: a harness that cannot run is a failure, not a skip.
  if (!available.ok) throw new Error(`equivalence harness unavailable: ${available.reason}`);
}, 60_000);

afterAll(() => disposeHarness());

describe('semantic equivalence of every example', () => {
  test.each(examples.filter((e) => e.input !== e.expected))(
    '$name',
    async ({ input, expected }) => {
      expect(await checkEquivalent(input, expected, equivalenceOptions)).toEqual({ ok: true });
    },
    120_000,
  );
});
