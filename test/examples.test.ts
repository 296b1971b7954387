import { beforeAll, describe, expect, test } from '@jest/globals';
import { initShellParser, squashSync } from '../src/index.js';
import { loadExamples, VARIANTS } from './support/examples.js';

const examples = loadExamples();

beforeAll(() => initShellParser());

test('the examples folder holds the cases the README promises', () => {
  expect(examples.length).toBeGreaterThanOrEqual(12);
});

describe.each(examples)('example $name', ({ input, expected, options }) => {
  test.each(VARIANTS)('golden output and idempotence ($name)', ({ apply }) => {
    const result = squashSync(apply(input), options);
    expect(result.output).toBe(apply(expected));
    expect(result.changed).toBe(apply(input) !== apply(expected));
    const second = squashSync(result.output, options);
    expect(second.changed).toBe(false);
    expect(second.fixes).toEqual([]);
  });
});
