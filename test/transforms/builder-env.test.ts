import { describe, expect, test } from '@jest/globals';
import { builderParts, builderValue, shellQuoted } from '../../transforms/lib/builder-env.js';

const env = new Map<string, string | null>([
  ['A', '1'],
  ['EMPTY', ''],
  ['FROM_ARG', null],
]);

describe('builderValue: an ENV value as the builder computes it', () => {
  test.each([
    ['plain', 'a', 'a'],
    ['double quotes', '"a b"', 'a b'],
    ['single quotes keep $', "'$A x'", '$A x'],
    ['$VAR and ${VAR}', '$A/${A}', '1/1'],
    ['escaped $', '\\$A', '$A'],
    ['escaped blank', 'a\\ b', 'a b'],
    ['escape kept inside double quotes before other characters', '"a\\b"', 'a\\b'],
    ['${VAR:-w} with VAR empty', '${EMPTY:-d}', 'd'],
    ['${VAR-w} with VAR empty', '${EMPTY-d}', ''],
    ['${VAR:+w}', '${A:+x}${EMPTY:+y}', 'x'],
  ])('%s', (_name, raw, expected) => {
    expect(builderValue(raw, env, '\\')).toBe(expected);
  });

  test('the escape character of the file', () => {
    expect(builderValue('a`$b', env, '`')).toBe('a$b');
    expect(builderValue('C:\\dir', env, '`')).toBe('C:\\dir');
  });

  test.each([
    ['an unknown variable (the base image may set it)', '$HOME/x'],
    ['a build argument', '/opt/$FROM_ARG'],
    ['an unknown variable with a default', '${NOPE:-d}'],
    ['unmodelled syntax', '${A:?err}'],
    ['a positional-looking reference', '$1'],
    ['an unterminated quote', '"abc'],
    ['a trailing escape', 'abc\\'],
  ])('null for %s', (_name, raw) => {
    expect(builderValue(raw, env, '\\')).toBeNull();
  });

  test('$PATH is left to the shell only as a bare reference', () => {
    expect(builderParts('/x:$PATH', env, '\\')).toEqual([{ text: '/x:' }, { shellPath: true }]);
    expect(builderParts('${PATH:-/bin}', env, '\\')).toBeNull();
  });
});

describe('shellQuoted: a word the shell does not expand', () => {
  test.each([
    [[{ text: 'C.UTF-8' }], 'C.UTF-8'],
    [[{ text: '~/x' }], "'~/x'"],
    [[{ text: 'a b' }], "'a b'"],
    [[{ text: "it's" }], "'it'\\''s'"],
    [[{ text: '$x' }], "'$x'"],
    [[{ text: '' }], "''"],
    [[{ text: '/x:' }, { shellPath: true }], '"/x:$PATH"'],
    [[{ shellPath: true }, { text: '_x' }], '"${PATH}_x"'],
    [[{ text: '"q"' }, { shellPath: true }], null],
  ] as const)('%j → %s', (parts, expected) => {
    expect(shellQuoted([...parts])).toBe(expected);
  });
});
