/**
 * Bytes in, text out, and back again: the only place that knows about BOMs, line endings and encodings.
 * Everything downstream works on the BOM-less string; `encodeSource` restores what `decodeSource` removed.
 */

export type LineEnding = '\n' | '\r\n';

export interface DecodedSource {
  text: string;
  bom: boolean;
  eol: LineEnding;
}

/** Input we refuse: not a Dockerfile we can work on (binary, not UTF-8, ...), or one that does not parse. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly kind: 'not-dockerfile' | 'parse' = 'not-dockerfile',
  ) {
    super(message);
    this.name = 'InputError';
  }
}

const BOM = '\uFEFF';
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeSource(bytes: Uint8Array): DecodedSource {
  // A NUL never appears in a Dockerfile; it is the cheapest reliable sign of a binary file.
  if (bytes.indexOf(0) !== -1) throw new InputError('binary file (contains NUL bytes)');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError('not valid UTF-8');
  }
  return splitBom(text);
}

export function splitBom(raw: string): DecodedSource {
  const bom = raw.startsWith(BOM);
  const text = bom ? raw.slice(1) : raw;
  return { text, bom, eol: detectLineEnding(text) };
}

/** The first line break decides, as Prettier's `endOfLine: "auto"` does. */
export function detectLineEnding(text: string): LineEnding {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

export function encodeSource(text: string, bom: boolean): string {
  return bom ? BOM + text : text;
}
