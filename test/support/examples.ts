/** The golden examples under examples/<case>/: Dockerfile, expected.Dockerfile, optional options.json. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SquashRequest } from '../../src/index.js';

export const EXAMPLES_DIR = new URL('../../examples/', import.meta.url).pathname;

export interface Example {
  name: string;
  input: string;
  expected: string;
  options: SquashRequest;
}

/**
 * Each case folder gives one example per expected file: `expected.Dockerfile` with `options.json` (if any), and
 * `expected.unsafe.Dockerfile` for the same input with `--unsafe` on top, so both outcomes sit side by side.
 */
export function loadExamples(): Example[] {
  return readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(EXAMPLES_DIR, d.name, 'expected.Dockerfile')))
    .flatMap((d) => {
      const dir = join(EXAMPLES_DIR, d.name);
      const optionsPath = join(dir, 'options.json');
      const input = readFileSync(join(dir, 'Dockerfile'), 'utf8');
      const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as SquashRequest) : {};
      const examples: Example[] = [
        { name: d.name, input, expected: readFileSync(join(dir, 'expected.Dockerfile'), 'utf8'), options },
      ];
      const unsafePath = join(dir, 'expected.unsafe.Dockerfile');
      if (existsSync(unsafePath)) {
        examples.push({
          name: `${d.name} (--unsafe)`,
          input,
          expected: readFileSync(unsafePath, 'utf8'),
          options: { ...options, unsafe: true },
        });
      }
      return examples;
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Prettier's derived fixture variants: the same case with CRLF line endings and with a BOM. */
export const VARIANTS: { name: string; apply: (text: string) => string }[] = [
  { name: 'LF', apply: (t) => t },
  { name: 'CRLF', apply: (t) => t.replace(/\r?\n/g, '\r\n') },
  { name: 'BOM', apply: (t) => '\uFEFF' + t },
];
