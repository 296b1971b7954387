import { describe, expect, test } from '@jest/globals';
import { buildLogicalBody } from '../../src/document/logical-body.js';

const body = (src: string, esc = '\\') => buildLogicalBody(src, 0, src.length, esc);

describe('buildLogicalBody', () => {
  test('joins continuation lines and drops the escape', () => {
    expect(body('a \\\n  && b').text).toBe('a   && b');
  });

  test('drops comment and empty lines inside a continuation, indented or not', () => {
    expect(body('apt-get update \\\n    # c\n\n# d\n    && echo ok').text).toBe('apt-get update     && echo ok');
  });

  test('joins inside quotes too, as Docker does before the shell runs', () => {
    expect(body("echo 'a \\\n b'").text).toBe("echo 'a  b'");
  });

  test('honours the backtick escape and CRLF', () => {
    expect(body('a `\r\n  b', '`').text).toBe('a   b');
    expect(body('a \\\r\n  b', '`').text).toBe('a \\');
  });

  test('maps every logical character back to its source offset', () => {
    const src = 'ab \\\n  # c\n  cd';
    const { text, map } = body(src);
    for (let i = 0; i < text.length; i++) expect(src[map[i]!]).toBe(text[i]);
    expect(map[text.length]).toBe(src.length);
  });

  test('a trailing escape before EOF ends the body', () => {
    expect(body('a \\\n').text).toBe('a ');
  });
});
