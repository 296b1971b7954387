/**
 * `--check` agrees with `--write`, through runCli in-process on real files: exit 1 from --check exactly when
 * --write changes the file, exit 0 when neither does, exit 2 and an untouched file when the input is refused;
 * and what --write writes is what the API returns. `FUZZ_CLI_RUNS` changes the count.
 */
import { beforeAll, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initShellParser } from '../../src/index.js';
import { tempTree } from '../support/cli.js';
import { run } from '../support/run-cli.js';
import { SEED, caseArb, squashOutcome } from './lib.js';

const RUNS = Number(process.env['FUZZ_CLI_RUNS'] ?? 40);

beforeAll(() => initShellParser());

test(`--check exits 1 exactly when --write would change the file (${RUNS} cases, seed ${SEED})`, async () => {
  const seen = { changed: 0, unchanged: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(caseArb('full'), async ({ file }) => {
      const bytes = Buffer.from(file.text, 'utf8');
      const checked = await run(['--check', 'Dockerfile'], { cwd: tempTree({ Dockerfile: bytes }) });
      const dir = tempTree({ Dockerfile: bytes });
      const written = await run(['--write', 'Dockerfile'], { cwd: dir });
      const after = readFileSync(join(dir, 'Dockerfile'));
      const outcome = squashOutcome(file.text, {});
      if (outcome.kind === 'crash') throw outcome.error;
      if (outcome.kind === 'input-error') {
        seen.refused++;
        expect([checked.status, written.status]).toEqual([2, 2]);
        expect(after.equals(bytes)).toBe(true);
        return;
      }
      const changed = !after.equals(bytes);
      if (changed) seen.changed++;
      else seen.unchanged++;
      expect({ check: checked.status, write: written.status, changed }).toEqual({
        check: changed ? 1 : 0,
        write: 0,
        changed: outcome.changed,
      });
      expect(after.toString('utf8')).toBe(outcome.output);
    }),
    { seed: SEED, numRuns: RUNS },
  );
  expect(seen.changed).toBeGreaterThan(0);
  expect(seen.unchanged + seen.refused).toBeGreaterThan(0);
}, 300_000);
