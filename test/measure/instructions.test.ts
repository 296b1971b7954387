import { describe, expect, test, beforeAll } from '@jest/globals';
import { initShellParser } from '../../src/document/shell.js';
import { needsBuildKit, scanRuns } from '../../src/measure/instructions.js';

beforeAll(() => initShellParser());

describe('scanRuns', () => {
  test('joins continuations, skips comment and blank continuation lines, collapses whitespace', () => {
    const text = 'FROM x\nRUN apt-get update \\\n    # a comment\n\n    && apt-get install -y curl\nCMD ["sh"]\n';
    expect(scanRuns(text)).toEqual([
      { line: 2, stage: 0, form: 'shell', command: 'apt-get update && apt-get install -y curl' },
    ]);
  });

  test('exec form is argv joined by spaces; flags are dropped; stages counted', () => {
    const text = [
      'FROM a AS one',
      'RUN ["/bin/sh", "-c", "echo hi"]',
      'FROM b',
      'run --mount=type=cache,target=/var/cache/apt --network=none apt-get update',
      'RUN [not json',
    ].join('\n');
    expect(scanRuns(text)).toEqual([
      { line: 2, stage: 0, form: 'exec', command: '/bin/sh -c echo hi' },
      { line: 4, stage: 1, form: 'shell', command: 'apt-get update' },
      { line: 5, stage: 1, form: 'shell', command: '[not json' },
    ]);
  });

  test('backtick escape directive, CRLF', () => {
    const text = '# escape=`\r\nFROM x\r\nRUN echo a `\r\n  b\r\nRUN echo c\\\r\n';
    expect(scanRuns(text).map((r) => [r.line, r.command])).toEqual([
      [3, 'echo a b'],
      [5, 'echo c\\'],
    ]);
  });

  test('heredoc bodies are not instructions', () => {
    const text = 'FROM x\nRUN <<EOF\nRUN not-an-instruction\nEOF\nRUN echo after\n';
    expect(scanRuns(text).map((r) => [r.line, r.form])).toEqual([
      [2, 'heredoc'],
      [5, 'shell'],
    ]);
  });
});

describe('needsBuildKit', () => {
  test.each([
    ['# syntax=docker/dockerfile:1\nFROM x\nRUN a\n', true],
    ['FROM x\nRUN --mount=type=cache,target=/root/.cache pip install a\n', true],
    ['FROM x\nRUN --network=none make\n', true],
    ['FROM x\nRUN <<EOF\necho\nEOF\n', true],
    ['FROM x\nCOPY --link a /a\n', true],
    ['FROM x\nRUN apt-get update && apt-get install -y curl\nCOPY --from=b /a /a\n', false],
    ['# a comment\nFROM x\nRUN echo "--mount=x"\n', false],
  ])('%j → %s', (text, expected) => {
    expect(needsBuildKit(text)).toBe(expected);
  });
});
