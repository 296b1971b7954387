/** A fix is a set of range edits on the original text, applied all together or not at all (ESLint / Ruff model). */
export type Applicability = 'safe' | 'unsafe';
export interface Edit {
    start: number;
    end: number;
    text: string;
}
export interface Fix {
    ruleId: string;
    message: string;
    applicability: Applicability;
    edits: Edit[];
    /** Free-form facts for the summary (e.g. `{ mergedRuns: 3 }`, `{ manager: 'apt' }`). */
    data?: Record<string, string | number>;
}
