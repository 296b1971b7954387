export interface ContinuationStyle {
    operatorFirst: boolean;
    indent: string;
}
/** What one RUN body shows: counts, so that a file's style is their sum. */
export interface BodyStyle {
    operatorFirst: number;
    operatorLast: number;
    /** Indents of continuation lines that start a command (not of an argument list such as aligned packages). */
    commandIndents: Map<string, number>;
    /** Indents of every continuation line (a fallback for files that never break before a command). */
    lineIndents: Map<string, number>;
}
export declare function bodyStyle(raw: string, escapeChar: string): BodyStyle;
/** The style of the first body that shows one, else the file's (`fallback`). */
export declare function styleOf(bodies: BodyStyle[], fallback: ContinuationStyle): ContinuationStyle;
/** The file's style: the sum over its RUN bodies. */
export declare function detectStyle(rawBodies: string[], escapeChar: string): ContinuationStyle;
