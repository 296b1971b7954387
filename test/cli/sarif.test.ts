/** SARIF output against the SARIF 2.1.0 JSON schema, and the mapping of fixes onto the original text. */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { tempTree } from '../support/cli.js';
import { run as inProcess } from '../support/run-cli.js';
import { sarifValidator } from './helpers.js';
import { locateFixes } from '../../src/fix/locate.js';
import type { AppliedFix } from '../../src/index.js';

const NAIVE = 'FROM debian\nRUN apt-get update\nRUN apt-get install -y curl\n';
const SQUASHED =
  'FROM debian\nRUN apt-get update \\\n    && apt-get install -y curl \\\n    && apt-get clean \\\n    && rm -rf /var/lib/apt/lists/*\n';

interface Replacement {
  deletedRegion: { startLine: number; startColumn: number; endLine: number; endColumn: number };
  insertedContent: { text: string };
}

/** Applies SARIF replacements (1-based lines, exclusive end column) to a text. */
function applyReplacements(text: string, replacements: Replacement[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (line: number, column: number) => starts[line - 1]! + column - 1;
  const edits = replacements
    .map((r) => ({
      start: offset(r.deletedRegion.startLine, r.deletedRegion.startColumn),
      end: offset(r.deletedRegion.endLine, r.deletedRegion.endColumn),
      text: r.insertedContent.text,
    }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe('--format sarif', () => {
  let validate: (log: unknown) => string[];
  beforeAll(async () => {
    validate = await sarifValidator();
  });

  test('validates against the SARIF 2.1.0 schema, with rules, results, regions and fixes', async () => {
    const cwd = tempTree({ 'svc/Dockerfile': NAIVE, 'ok/Dockerfile': SQUASHED });
    const run = await inProcess(['--check', '--format', 'sarif'], { cwd });
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(validate(log)).toEqual([]);
    const [sarifRun] = log.runs;
    const rules = sarifRun.tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(['merge-runs', 'teardown']));
    for (const rule of rules) {
      expect(rule.shortDescription.text).not.toBe('');
      expect(rule.fullDescription.text).not.toBe('');
      expect(rule.help.text).not.toBe('');
    }
    const [merge, teardown] = sarifRun.results;
    expect(merge).toMatchObject({
      ruleId: 'merge-runs',
      level: 'warning',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'svc/Dockerfile', uriBaseId: '%SRCROOT%' },
            region: { startLine: 2, startColumn: 1, endLine: 3, endColumn: 28 },
          },
        },
      ],
    });
    expect(rules[merge.ruleIndex].id).toBe('merge-runs');
    expect(teardown.locations[0].physicalLocation.region).toEqual({
      startLine: 3,
      startColumn: 28,
      endLine: 3,
      endColumn: 28,
    });
    const replacementsOf = (r: { fixes: { artifactChanges: { replacements: Replacement[] }[] }[] }) =>
      r.fixes[0]!.artifactChanges[0]!.replacements;
    // The merge claims the end of the merged RUN, so the teardown is appended in pass 2: its fix includes the
    // merge it builds on and applies to the original file alone; the merge's fix alone gives the merged RUN
    // without the clean-up.
    expect([merge.properties.pass, teardown.properties.pass]).toEqual([1, 2]);
    expect(applyReplacements(NAIVE, replacementsOf(teardown))).toBe(SQUASHED);
    expect(applyReplacements(NAIVE, replacementsOf(merge))).toBe(
      'FROM debian\nRUN apt-get update \\\n    && apt-get install -y curl\n',
    );
  });

  test('a clean tree is a valid log with no results', async () => {
    const run = await inProcess(['--format', 'sarif'], { cwd: tempTree({ Dockerfile: SQUASHED }) });
    const log = JSON.parse(run.stdout);
    expect(validate(log)).toEqual([]);
    expect(log.runs[0].results).toEqual([]);
    // The validator does reject what the schema forbids.
    expect(validate({ version: '2.1.0' })).not.toEqual([]);
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ message: {} }] }] })).not.toEqual([]);
  });
});

describe('locateFixes: fixes from later passes are reported on the original text', () => {
  const fix = (pass: number, edits: { start: number; end: number; text: string }[], ruleId = 'r'): AppliedFix => ({
    ruleId,
    message: 'm',
    applicability: 'safe',
    edits,
    pass,
  });

  test('pass-1 edits are exact', async () => {
    const [located] = locateFixes('ab\ncd\n', [fix(1, [{ start: 3, end: 5, text: 'XY' }])]);
    expect(located!.span).toMatchObject({
      start: 3,
      end: 5,
      range: { start: { line: 2, column: 1 }, end: { line: 2, column: 3 } },
    });
    expect(located!.replacements).toMatchObject([{ start: 3, end: 5, text: 'XY' }]);
  });

  test('a position after an earlier change shifts; inside inserted text it maps to the replaced range', async () => {
    // original "aaa bbb ccc": pass 1 turns "bbb" into "BBBBB" (+2); pass 2 edits "ccc" and then inside "BBBBB".
    const original = 'aaa bbb ccc';
    const pass1 = fix(1, [{ start: 4, end: 7, text: 'BBBBB' }]);
    const shifted = fix(2, [{ start: 10, end: 13, text: 'C' }]);
    const inside = fix(2, [{ start: 5, end: 6, text: 'x' }]);
    const [, a, b] = locateFixes(original, [pass1, shifted, inside]);
    expect(a!.span).toMatchObject({ start: 8, end: 11 });
    expect(a!.replacements).toMatchObject([{ start: 8, end: 11, text: 'C' }]);
    expect(b!.span).toMatchObject({ start: 4, end: 7 });
    // Later-pass replacements carry the earlier change they build on, so they apply to the original alone.
    expect(b!.replacements).toMatchObject([{ start: 4, end: 7, text: 'BxBBB' }]);
  });

  test('an append at the end of text an earlier pass inserted is reported at the end of the original range', async () => {
    const original = 'RUN a\nRUN b\n';
    const merge = fix(1, [{ start: 0, end: 11, text: 'RUN a && b' }]);
    const append = fix(2, [{ start: 10, end: 10, text: ' && c' }]);
    const [, located] = locateFixes(original, [merge, append]);
    expect(located!.span).toMatchObject({ start: 11, end: 11, range: { start: { line: 2, column: 6 } } });
    expect(located!.replacements).toMatchObject([{ start: 0, end: 11, text: 'RUN a && b && c' }]);
  });
});
