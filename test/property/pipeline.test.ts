/**
 * Properties of the whole pipeline (`squashSync`) over generated Dockerfiles, each its own test over the same
 * seeded sequence of cases. The cases are collected once, checked on worker threads (pool.ts: the pipeline
 * runs once, or twice when it changed the file, per case), and each test reads its verdicts. A failing case is
 * replayed in process through fast-check (same seed, its path), which shrinks it and reports the seed, the path
 * and the counterexample. `FUZZ_RUNS` and `FUZZ_SEED` change the count and the seed (`npm run fuzz`).
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { checkCase, initAnalysis, type CaseReport, type PropertyName } from './analysis.js';
import { RUNS, SEED, caseArb, params, type Case } from './lib.js';
import { checkAll } from './pool.js';

const TIMEOUT = Math.max(120_000, RUNS * 20);
const cases = caseArb('full');
let reports: CaseReport[] = [];

beforeAll(async () => {
  const started = Date.now();
  await initAnalysis();
  // The same values, in the same order, that fc.assert with these parameters feeds a property.
  const collected: Case[] = [];
  fc.assert(
    fc.property(cases, (c) => {
      collected.push(c);
    }),
    params(RUNS),
  );
  const generated = Date.now();
  reports = await checkAll(collected.map((c) => ({ text: c.file.text, options: c.options })));
  if (process.env['FUZZ_VERBOSE'])
    console.log(`generated in ${generated - started} ms, checked in ${Date.now() - generated} ms`);
}, TIMEOUT);

function holds(property: PropertyName): void {
  const failing = reports.findIndex((r) => r.verdicts[property] !== null);
  if (failing < 0) return;
  // Replays case #failing in process (fast-check's `path`), shrinks it, and throws the report.
  fc.assert(
    fc.property(cases, (c) => {
      const verdict = checkCase(c.file.text, c.options).verdicts[property];
      if (verdict !== null) throw new Error(verdict);
    }),
    { ...params(RUNS), path: String(failing) },
  );
  throw new Error(`case #${failing} failed on a worker but passes in process: ${reports[failing]!.verdicts[property]}`);
}

describe(`pipeline properties (${RUNS} cases, seed ${SEED})`, () => {
  test('never throws anything but InputError', () => holds('throws'));
  test('the output parses: accepted again, same stages, same instructions but RUN, no more RUNs', () =>
    holds('parses'));
  test('idempotence: a second run changes nothing', () => holds('idempotent'));
  test('every instruction the fixes did not touch is byte-identical', () => holds('untouched'));
  test('--check semantics: the output differs from the input exactly when fixes were applied', () => holds('check'));
  test('BOM and line endings are preserved', () => holds('bomEol'));

  test('the generator exercises the tool: many files change, many merge, few are refused', () => {
    const count = (o: CaseReport['outcome']) => reports.filter((r) => r.outcome === o).length;
    const seen = {
      cases: reports.length,
      changed: count('changed'),
      merged: reports.filter((r) => r.merged).length,
      refused: count('refused'),
    };
    console.log(`generated cases: ${JSON.stringify(seen)}`);
    expect(seen.cases).toBe(RUNS);
    expect(seen.changed / seen.cases).toBeGreaterThan(0.3);
    // Merges are made only where they save bytes (and read as the author's own), so fewer than the changes.
    expect(seen.merged / seen.cases).toBeGreaterThan(0.1);
    expect(seen.refused / seen.cases).toBeLessThan(0.1);
  });
});
