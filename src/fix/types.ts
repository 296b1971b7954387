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
  /** Free-form facts for reports (e.g. `{ runs: 3 }`, `{ manager: 'apt' }`); JSON output carries them. */
  data?: Record<string, string | number>;
  /** What this fix adds to the run's summary; the transform that proposes it counts, the reporter only adds up. */
  figures?: Figures;
}

/**
 * The figures a summary adds up: RUNs merged into others, layers fewer, clean-ups added, install options added.
 * A fix without figures (a custom transform's, say) is still counted as a fix.
 */
export interface Figures {
  runsMerged?: number;
  layersRemoved?: number;
  teardowns?: number;
  flags?: number;
}
