/** What `squash()` takes: a string, or a file's bytes decoded exactly as the CLI decodes a file; nothing else. */
import { describe, expect, test } from '@jest/globals';
import { tempTree } from '../support/cli.js';
import { InputError, squash, squashFiles, squashSync } from '../../src/index.js';

const NAIVE = 'FROM debian\nRUN apt-get update\nRUN apt-get install -y curl\n';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The outcome squashFiles (the CLI's path) reports for a file holding `bytes`: its output or its error message. */
async function batchOutcome(bytes: Buffer): Promise<string> {
  const cwd = tempTree({ Dockerfile: bytes });
  const [file] = (await squashFiles('Dockerfile', { cwd, jobs: 1 })).files;
  return file!.status === 'error' ? `error: ${file!.message}` : file!.output!;
}

async function squashOutcome(bytes: Uint8Array): Promise<string> {
  try {
    return (await squash(bytes)).output;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return `error: ${(error as Error).message}`;
  }
}

describe('bytes', () => {
  test.each([
    ['plain UTF-8', Buffer.from(NAIVE)],
    ['a BOM, kept in the output', Buffer.concat([BOM, Buffer.from(NAIVE)])],
    ['CRLF line endings', Buffer.from(NAIVE.replaceAll('\n', '\r\n'))],
    ['non-ASCII text', Buffer.from(`# café\n${NAIVE}`)],
    ['invalid UTF-8', Buffer.concat([Buffer.from(NAIVE), Buffer.from([0xc3, 0x28])])],
    ['a NUL byte', Buffer.from(`${NAIVE}\0`)],
    ['Latin-1 text', Buffer.from(`# caf\xe9\n${NAIVE}`, 'latin1')],
  ])('%s: the same outcome as the CLI on a file with those bytes', async (_name, bytes) => {
    expect(await squashOutcome(bytes)).toBe(await batchOutcome(bytes));
  });

  test('a Buffer, a plain Uint8Array and the decoded string give the same result', async () => {
    const bytes = Buffer.concat([BOM, Buffer.from(NAIVE)]);
    const fromBuffer = await squash(bytes);
    expect(await squash(new Uint8Array(bytes))).toEqual(fromBuffer);
    expect(await squash(`\uFEFF${NAIVE}`)).toEqual(fromBuffer);
    expect(fromBuffer).toMatchObject({ bom: true, changed: true });
  });
});

describe('anything else is a TypeError that names what it got', () => {
  test.each([
    ['undefined', undefined],
    ['null', null],
    ['number', 42],
    ['an object (Object)', { text: NAIVE }],
    ['an object (Array)', [NAIVE]],
    ['an object (ArrayBuffer)', new ArrayBuffer(4)],
  ])('%s', async (named, value) => {
    const expected = `squash() takes a Dockerfile as a string or a Buffer/Uint8Array, not ${named}`;
    await expect(squash(value as never)).rejects.toThrow(new TypeError(expected));
    expect(() => squashSync(value as never)).toThrow(new TypeError(expected));
  });
});
