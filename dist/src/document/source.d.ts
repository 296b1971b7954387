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
export declare class InputError extends Error {
    readonly kind: 'not-dockerfile' | 'parse';
    constructor(message: string, kind?: 'not-dockerfile' | 'parse');
}
export declare function decodeSource(bytes: Uint8Array): DecodedSource;
export declare function splitBom(raw: string): DecodedSource;
/** The first line break decides, as Prettier's `endOfLine: "auto"` does. */
export declare function detectLineEnding(text: string): LineEnding;
export declare function encodeSource(text: string, bom: boolean): string;
