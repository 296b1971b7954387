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
import type { Edit, Figures } from './types.js';

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
  range: { start: Position; end: Position };
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

/** A changed region: original[oStart, oEnd) became text[nStart, nEnd) of the text after some pass. */
interface Hunk {
  oStart: number;
  oEnd: number;
  nStart: number;
  nEnd: number;
}

/** `original` is the BOM-less text the engine saw. */
export function locateFixes(
  original: string,
  fixes: readonly AppliedFix[],
  options: { replacements: boolean } = { replacements: true },
): LocatedFix[] {
  if (fixes.length === 0) return [];
  const lines = lineStarts(original);
  const span = (start: number, end: number): Span => ({
    start,
    end,
    range: { start: positionAt(lines, start), end: positionAt(lines, end) },
  });
  const passes = Math.max(...fixes.map((f) => f.pass));
  // hunksAfter[k]: original → text after pass k; texts[k]: that text.
  const hunksAfter: Hunk[][] = [[]];
  const texts = [original];
  for (let pass = 1; pass <= passes; pass++) {
    const edits = fixes
      .filter((f) => f.pass === pass)
      .flatMap((f) => f.edits)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    texts.push(applyEdits(texts[pass - 1]!, edits));
    hunksAfter.push(compose(hunksAfter[pass - 1]!, edits));
  }
  return fixes.map((fix) => {
    const before = hunksAfter[fix.pass - 1]!;
    const start = Math.min(...fix.edits.map((e) => e.start));
    const end = Math.max(...fix.edits.map((e) => e.end));
    const oStart = toOriginal(before, start, 'start');
    const oEnd = Math.max(oStart, toOriginal(before, end, 'end'));
    const replacements = !options.replacements
      ? undefined
      : fix.pass === 1
        ? [...fix.edits].sort((a, b) => a.start - b.start).map((e) => ({ ...span(e.start, e.end), text: e.text }))
        : hunksAfter[fix.pass]!.filter((h) => h.oStart <= oEnd && h.oEnd >= oStart).map((h) => ({
            ...span(h.oStart, h.oEnd),
            text: texts[fix.pass]!.slice(h.nStart, h.nEnd),
          }));
    return {
      ruleId: fix.ruleId,
      message: fix.message,
      applicability: fix.applicability,
      pass: fix.pass,
      ...(fix.data ? { data: fix.data } : {}),
      ...(fix.figures ? { figures: fix.figures } : {}),
      span: span(oStart, oEnd),
      ...(replacements ? { replacements } : {}),
    };
  });
}

function applyEdits(text: string, sorted: readonly Edit[]): string {
  let out = '';
  let last = 0;
  for (const e of sorted) {
    out += text.slice(last, e.start) + e.text;
    last = e.end;
  }
  return out + text.slice(last);
}

/** A position in the text described by `hunks` → the original text. */
function toOriginal(hunks: readonly Hunk[], n: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const h of hunks) {
    if (n < h.nStart) break;
    // At the start of the new text: before it, whichever side.
    if (n === h.nStart && n < h.nEnd) return h.oStart;
    if (n > h.nStart && n < h.nEnd) return side === 'start' ? h.oStart : h.oEnd;
    if (n === h.nEnd) {
      if (side === 'end') return h.oEnd;
      if (h.nStart === h.nEnd) return h.oStart;
    }
    shift = h.oEnd - h.nEnd;
  }
  return n + shift;
}

/** Hunks original → T, and edits on T → hunks original → apply(T, edits). Touching regions merge. */
function compose(hunks: readonly Hunk[], edits: readonly Edit[]): Hunk[] {
  type Piece = { start: number; end: number; hunk?: Hunk; edit?: Edit };
  const pieces: Piece[] = [
    ...hunks.map((h) => ({ start: h.nStart, end: h.nEnd, hunk: h })),
    ...edits.map((e) => ({ start: e.start, end: e.end, edit: e })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const result: Hunk[] = [];
  // growth: how much longer the new text is than T, for everything before the current cluster.
  let growth = 0;
  for (let i = 0; i < pieces.length;) {
    let end = pieces[i]!.end;
    const cluster: Piece[] = [];
    while (i < pieces.length && (cluster.length === 0 || pieces[i]!.start <= end)) {
      end = Math.max(end, pieces[i]!.end);
      cluster.push(pieces[i]!);
      i++;
    }
    const start = cluster[0]!.start;
    const clusterGrowth = cluster.reduce(
      (g, p) => g + (p.edit ? p.edit.text.length - (p.edit.end - p.edit.start) : 0),
      0,
    );
    result.push({
      oStart: toOriginal(hunks, start, 'start'),
      oEnd: toOriginal(hunks, end, 'end'),
      nStart: start + growth,
      nEnd: end + growth + clusterGrowth,
    });
    growth += clusterGrowth;
  }
  return result;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
