/** Shared pieces of the property tests: run counts and seed, the generated case (file + options). */
import fc from 'fast-check';
import { InputError, squashSync, TRANSFORMS, MANAGERS, type SquashRequest } from '../../src/index.js';
import { dockerfileArb, type GeneratedFile, type Profile } from '../support/arbitraries.js';

/** `FUZZ_RUNS=200000 npm run fuzz` for a long run; CI uses the defaults. */
export const RUNS = Number(process.env['FUZZ_RUNS'] ?? 3_000);
/** A fixed seed in CI; `FUZZ_SEED=random` (or a number) for fuzzing. */
export const SEED =
  process.env['FUZZ_SEED'] === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env['FUZZ_SEED'] ?? 42);

/** fast-check parameters (fast-check prints the seed and the path with every failure). */
export function params(numRuns: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns };
}

export interface Case {
  file: GeneratedFile;
  options: SquashRequest;
}

const transformIds = TRANSFORMS.map((t) => t.id);

export const optionsArb: fc.Arbitrary<SquashRequest> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({}) },
  {
    weight: 4,
    arbitrary: fc.record(
      {
        unsafe: fc.boolean(),
        merge: fc.constantFrom<'manager' | 'all'>('manager', 'all'),
        allStages: fc.boolean(),
        only: fc.subarray(transformIds, { minLength: 1 }),
        disable: fc.subarray(transformIds),
      },
      { requiredKeys: [] },
    ),
  },
);

export function caseArb(profile: Profile = 'full'): fc.Arbitrary<Case> {
  return fc.record({ file: dockerfileArb(profile), options: optionsArb });
}

export type Outcome =
  | { kind: 'ok'; output: string; changed: boolean }
  | { kind: 'input-error'; error: InputError }
  | { kind: 'crash'; error: unknown };

/** One pipeline run, classified: accepted, refused (InputError) or crashed (anything else). */
export function squashOutcome(text: string, options: SquashRequest): Outcome {
  try {
    const r = squashSync(text, options);
    return { kind: 'ok', output: r.output, changed: r.changed };
  } catch (error) {
    return error instanceof InputError ? { kind: 'input-error', error } : { kind: 'crash', error };
  }
}

export function describeCrash(error: unknown): Error {
  const e = error as Error;
  return new Error(`pipeline threw ${e?.name ?? typeof error}: ${e?.message ?? String(error)}\n${e?.stack ?? ''}`);
}

export const stripBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);
