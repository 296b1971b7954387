import { describe, expect, test } from '@jest/globals';
import { applyFixes } from '../../src/fix/apply.js';
import type { Edit, Fix } from '../../src/fix/types.js';

const fix = (ruleId: string, ...edits: Edit[]): Fix => ({ ruleId, message: ruleId, applicability: 'safe', edits });
const e = (start: number, end: number, text: string): Edit => ({ start, end, text });

// The ESLint source-code-fixer table, adapted to multi-edit fixes.
const cases: { name: string; text: string; fixes: Fix[]; output: string; applied: string[] }[] = [
  { name: 'insert at start', text: 'abc', fixes: [fix('a', e(0, 0, 'X'))], output: 'Xabc', applied: ['a'] },
  { name: 'insert in the middle', text: 'abc', fixes: [fix('a', e(1, 1, 'X'))], output: 'aXbc', applied: ['a'] },
  { name: 'insert at end', text: 'abc', fixes: [fix('a', e(3, 3, 'X'))], output: 'abcX', applied: ['a'] },
  { name: 'replace', text: 'abc', fixes: [fix('a', e(1, 2, 'XY'))], output: 'aXYc', applied: ['a'] },
  { name: 'remove', text: 'abc', fixes: [fix('a', e(0, 2, ''))], output: 'c', applied: ['a'] },
  {
    name: 'overlap: first in order wins',
    text: 'abcdef',
    fixes: [fix('a', e(1, 4, 'X')), fix('b', e(3, 5, 'Y'))],
    output: 'aXef',
    applied: ['a'],
  },
  {
    name: 'overlap regardless of the order they are given in',
    text: 'abcdef',
    fixes: [fix('b', e(3, 5, 'Y')), fix('a', e(1, 4, 'X'))],
    output: 'aXef',
    applied: ['a'],
  },
  {
    name: 'adjacent edits both apply',
    text: 'abcdef',
    fixes: [fix('a', e(0, 2, 'X')), fix('b', e(2, 4, 'Y'))],
    output: 'XYef',
    applied: ['a', 'b'],
  },
  {
    name: 'insertion touching the end of a replacement applies',
    text: 'abcdef',
    fixes: [fix('a', e(0, 3, 'X')), fix('b', e(3, 3, '+'))],
    output: 'X+def',
    applied: ['a', 'b'],
  },
  {
    name: 'insertion strictly inside a replacement is skipped',
    text: 'abcdef',
    fixes: [fix('a', e(0, 3, 'X')), fix('b', e(2, 2, '+'))],
    output: 'Xdef',
    applied: ['a'],
  },
  {
    name: 'two insertions at the same point: only the first',
    text: 'ab',
    fixes: [fix('a', e(1, 1, 'X')), fix('b', e(1, 1, 'Y'))],
    output: 'aXb',
    applied: ['a'],
  },
  {
    name: 'a multi-edit fix is all or nothing',
    text: 'abcdef',
    fixes: [fix('a', e(1, 3, 'X')), fix('b', e(2, 3, 'Q'), e(5, 6, 'R'))],
    output: 'aXdef',
    applied: ['a'],
  },
  {
    name: 'a multi-edit fix applies every edit',
    text: 'abcdef',
    fixes: [fix('b', e(5, 6, 'R'), e(0, 1, 'P'))],
    output: 'PbcdeR',
    applied: ['b'],
  },
  { name: 'reversed range is refused', text: 'abc', fixes: [fix('a', e(2, 1, 'X'))], output: 'abc', applied: [] },
  { name: 'range past the end is refused', text: 'abc', fixes: [fix('a', e(2, 9, 'X'))], output: 'abc', applied: [] },
  {
    name: 'CRLF text is spliced byte for byte',
    text: 'a\r\nb\r\n',
    fixes: [fix('a', e(3, 4, 'c \\\r\n  && d'))],
    output: 'a\r\nc \\\r\n  && d\r\n',
    applied: ['a'],
  },
  {
    name: 'BOM-prefixed text keeps the BOM when the edit is after it',
    text: '\uFEFFab',
    fixes: [fix('a', e(2, 2, 'X'))],
    output: '\uFEFFaXb',
    applied: ['a'],
  },
];

describe('applyFixes', () => {
  test.each(cases)('$name', ({ text, fixes, output, applied }) => {
    const result = applyFixes(text, fixes);
    expect(result.output).toBe(output);
    expect(result.applied.map((f) => f.ruleId)).toEqual(applied);
    expect(result.skipped.length).toBe(fixes.length - applied.length);
  });
});
