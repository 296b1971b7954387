/**
 * The text Docker hands to `/bin/sh -c` for a shell-form RUN: physical lines joined where they end in the
 * escape character, and comment or empty lines inside the continuation dropped (the builder removes them
 * before the shell ever sees the text). `map[i]` is the source offset of logical character i, so findings
 * made on the shell tree can be turned into edits at the exact source bytes; `map[text.length]` is the end.
 */
export interface LogicalBody {
    text: string;
    map: number[];
}
export declare function buildLogicalBody(src: string, from: number, to: number, escapeChar: string): LogicalBody;
/** Index where a trailing escape (plus trailing blanks) starts, or -1 when the line does not continue. */
export declare function continuationCut(line: string, escapeChar: string): number;
