/**
 * Line/character positions ↔ source offsets for one text. dockerfile-ast reports ranges as positions of a
 * vscode TextDocument; this reads them back with the same rules (a line ends at CRLF, CR or LF; a character
 * past the end of its line stops before the line break) from one table of line starts, so that no second
 * TextDocument is built per parse.
 */
export interface Position {
    line: number;
    character: number;
}
export declare class LineTable {
    private readonly text;
    /** Offset where each line starts; line 0 starts at 0. */
    private readonly starts;
    constructor(text: string);
    get lineCount(): number;
    lineStart(line: number): number;
    /** As TextDocument.offsetAt. */
    offsetAt(position: Position): number;
    /** 0-based line of an offset (as TextDocument.positionAt(offset).line). */
    lineOf(offset: number): number;
}
