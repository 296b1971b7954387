/**
 * Where each applied fix sits in the ORIGINAL file, for reports (JSON ranges, SARIF regions and replacements).
 *
 * Pass-1 fixes carry edits on the original text, so their offsets are exact. A fix from a later pass was computed
 * on the text an earlier pass produced. We map it back through the earlier passes: a position outside every
 * earlier change shifts by the length those changes added before it; a position inside text an earlier pass
 * inserted maps to the edge of the original range that text replaced (start → its start, end → its end). So a
 * later fix that touches a merged RUN is reported on the original RUNs it came from, and one that only appends
 * at the end of a merged RUN is reported at the end of the last original RUN.
 *
 * Replacements (SARIF `fixes`): a pass-1 fix's own edits. A later fix cannot be expressed on the original text
 * by itself (it edits text that only exists after an earlier fix), so its replacements are the combined changes,
 * original → text after its pass, that meet its region: applying one gives what the tool produced there, earlier
 * fixes included. Replacements of different results may therefore overlap; each result's set is consistent alone.
 */
import type { AppliedFix } from './loop.js';
import type { Figures } from './types.js';
export interface Position {
    /** 1-based. */
    line: number;
    /** 1-based, in UTF-16 code units (SARIF's default columnKind). */
    column: number;
}
export interface Span {
    start: number;
    end: number;
    /** `end` is exclusive: the position just after the last character, as in SARIF's endColumn. */
    range: {
        start: Position;
        end: Position;
    };
}
export interface Replacement extends Span {
    text: string;
}
export interface LocatedFix {
    ruleId: string;
    message: string;
    applicability: string;
    pass: number;
    data?: Record<string, string | number>;
    figures?: Figures;
    span: Span;
    /** Only when asked for (SARIF, the API): they hold text, which a batch of 10,000 files should not keep. */
    replacements?: Replacement[];
}
/** `original` is the BOM-less text the engine saw. */
export declare function locateFixes(original: string, fixes: readonly AppliedFix[], options?: {
    replacements: boolean;
}): LocatedFix[];
export declare function lineStarts(text: string): number[];
export declare function positionAt(starts: readonly number[], offset: number): Position;
