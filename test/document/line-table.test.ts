import { describe, expect, test } from '@jest/globals';
import { LineTable } from '../../src/document/line-table.js';

describe('LineTable', () => {
  test('a line ends at CRLF, a lone CR or LF', () => {
    const t = new LineTable('ab\r\nc\rd\n\ne');
    expect(t.lineCount).toBe(5);
    expect([0, 1, 2, 3, 4].map((l) => t.lineStart(l))).toEqual([0, 4, 6, 8, 9]);
  });

  test('offsetAt reads a position back, stopping before the line break when the character runs past it', () => {
    const t = new LineTable('ab\r\nc\rd');
    expect(t.offsetAt({ line: 0, character: 1 })).toBe(1);
    expect(t.offsetAt({ line: 0, character: 9 })).toBe(2);
    expect(t.offsetAt({ line: 1, character: 1 })).toBe(5);
    expect(t.offsetAt({ line: 2, character: 1 })).toBe(7);
    expect(t.offsetAt({ line: 7, character: 0 })).toBe(7);
    expect(t.offsetAt({ line: -1, character: 3 })).toBe(0);
  });

  test('lineOf finds the line of an offset, a line break belonging to the line it ends', () => {
    const t = new LineTable('ab\r\nc\rd');
    expect([0, 2, 3, 4, 5, 6, 7, 99].map((o) => t.lineOf(o))).toEqual([0, 0, 0, 1, 1, 2, 2, 2]);
  });

  test('an empty text is one empty line', () => {
    const t = new LineTable('');
    expect(t.lineCount).toBe(1);
    expect(t.offsetAt({ line: 0, character: 4 })).toBe(0);
    expect(t.lineOf(0)).toBe(0);
  });
});
