/**
 * Semantic equivalence over generated Dockerfiles: every rewrite the pipeline makes must run the same external
 * commands, in the same order, directory, environment and umask, print the same output and fail at the same
 * point (with every call made to fail in turn), apart from the clean-ups it appends. Slow (it spawns bash in a
 * sandbox for every RUN of every trace), so fewer cases: `FUZZ_EQUIVALENCE_RUNS` (default 80; `npm run fuzz` runs 2,000).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { initShellParser } from '../../src/index.js';
import { disposeHarness, harnessAvailable } from '../harness/equivalence.js';
import { checkRewrite } from './equivalence-options.js';
import { SEED, caseArb, describeCrash, squashOutcome, stripBom } from './lib.js';

const RUNS = Number(process.env['FUZZ_EQUIVALENCE_RUNS'] ?? 80);
/** Only to explore past a known divergence: verdicts whose reason matches this regular expression pass. */
const IGNORE = process.env['FUZZ_IGNORE'] ? new RegExp(process.env['FUZZ_IGNORE']) : null;
beforeAll(async () => {
  await initShellParser();
  const available = await harnessAvailable();
  // As in test/support/equivalence-examples.ts: CI runs as root, where chroot works, so this is a failure.
  if (!available.ok) throw new Error(`equivalence harness unavailable: ${available.reason}`);
}, 60_000);

afterAll(() => disposeHarness());

test(
  `rewrites are semantically equivalent (${RUNS} cases, seed ${SEED})`,
  async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(caseArb('harness'), async (c) => {
        // Only safe fixes: an unsafe one may change what runs by definition (e.g. an `apt-get update` put in
        // front of a later RUN whose index a clean-up deleted).
        const outcome = squashOutcome(c.file.text, { ...c.options, unsafe: false });
        if (outcome.kind === 'crash') throw describeCrash(outcome.error);
        if (outcome.kind !== 'ok' || !outcome.changed) return;
        checked++;
        const verdict = await checkRewrite(stripBom(c.file.text), stripBom(outcome.output));
        if (!verdict.ok && IGNORE?.test(verdict.reason)) return;
        if (!verdict.ok) throw new Error(`not equivalent: ${verdict.reason}\n--- output ---\n${outcome.output}`);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(checked).toBeGreaterThan(RUNS / 4);
  },
  Math.max(900_000, RUNS * 3_000),
);
