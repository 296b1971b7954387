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
export declare class InputError extends Error {
    constructor(message: string);
}
export declare function decodeSource(bytes: Uint8Array): DecodedSource;
export declare function splitBom(raw: string): DecodedSource;
/** The first line break decides, as Prettier's `endOfLine: "auto"` does. */
export declare function detectLineEnding(text: string): LineEnding;
export declare function encodeSource(text: string, bom: boolean): string;
