/**
 * Bytes in, text out, and back again: the only place that knows about BOMs, line endings and encodings.
 * Everything downstream works on the BOM-less string; `encodeSource` restores what `decodeSource` removed.
 */
/** Input we refuse: not a Dockerfile we can work on (binary, not UTF-8, ...), or one that does not parse. */
export class InputError extends Error {
    kind;
    constructor(message, kind = 'not-dockerfile') {
        super(message);
        this.kind = kind;
        this.name = 'InputError';
    }
}
const BOM = '\uFEFF';
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
export function decodeSource(bytes) {
    // A NUL never appears in a Dockerfile; it is the cheapest reliable sign of a binary file.
    if (bytes.indexOf(0) !== -1)
        throw new InputError('binary file (contains NUL bytes)');
    let text;
    try {
        text = utf8.decode(bytes);
    }
    catch {
        throw new InputError('not valid UTF-8');
    }
    return splitBom(text);
}
export function splitBom(raw) {
    const bom = raw.startsWith(BOM);
    const text = bom ? raw.slice(1) : raw;
    return { text, bom, eol: detectLineEnding(text) };
}
/** The first line break decides, as Prettier's `endOfLine: "auto"` does. */
export function detectLineEnding(text) {
    const nl = text.indexOf('\n');
    return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}
export function encodeSource(text, bom) {
    return bom ? BOM + text : text;
}
