import { describe, expect, test } from '@jest/globals';
import { bodyStyle, detectStyle, styleOf } from '../../src/document/style.js';

const aligned = [
  'apt-get update \\',
  '  && apt-get install -y \\',
  '        curl \\',
  '        git \\',
  '        make',
];

describe('continuation style', () => {
  test('the indent of lines that start a command, not of an aligned argument list', () => {
    expect(detectStyle([aligned.join('\n')], '\\').indent).toBe('  ');
  });

  test('falls back to any continuation indent when no line starts a command', () => {
    expect(detectStyle(['apt-get install -y \\\n   curl \\\n   git'], '\\')).toEqual({
      operatorFirst: true,
      indent: '   ',
    });
  });

  test('comment lines inside a continuation neither start nor join commands', () => {
    const body = bodyStyle('a && \\\n# note \\\n      b', '\\');
    expect([body.operatorLast, body.operatorFirst, [...body.commandIndents.keys()]]).toEqual([1, 0, ['      ']]);
  });

  test("a RUN's own style wins over the file's, the first RUN that shows one", () => {
    const file = { operatorFirst: true, indent: '    ' };
    const oneLine = bodyStyle('apt-get update', '\\');
    const operatorLast = bodyStyle('a && \\\n  b', '\\');
    expect(styleOf([oneLine, operatorLast], file)).toEqual({ operatorFirst: false, indent: '  ' });
    expect(styleOf([oneLine], file)).toEqual(file);
  });
});
