export interface ContinuationStyle {
    operatorFirst: boolean;
    indent: string;
}
export declare function detectStyle(rawBodies: string[], escapeChar: string): ContinuationStyle;
