/**
 * The fix loop: parse, ask every transform for fixes, apply what does not overlap, re-parse, until nothing is
 * proposed (at most 10 passes; a cycle stops it). Any failure leaves the text as it was and names the cause.
 * A file that carries `# dockerfile-squash ignore-file`, or is not for a POSIX shell, is not looked at by any
 * transform.
 */
import { parseDocument } from '../document/parse.js';
import type { Document, Problem } from '../document/types.js';
import { applyFixes } from './apply.js';
import type { Fix } from './types.js';

/**
 * What the loop needs of a transform: an id to blame, and its fixes for a document. The Transform contract
 * (src/transform.ts) is bound to its context by the engine; the loop knows nothing above the document.
 */
export interface FixProposer {
  id: string;
  propose(doc: Document): Fix[];
}

export interface FixLoopOptions {
  /** Apply unsafe fixes too; otherwise those proposed on the final text are returned as held back. */
  unsafe: boolean;
  /** Rule ids or hadolint codes ignored in the whole file (see parseDocument). */
  ignoredRules?: readonly string[];
  /**
   * The caller knows no proposer can act on this text: it is only checked (parsed, its shells parsed, never
   * walked) and handed back unchanged, with no proposer asked.
   */
  quiet?: boolean;
}

export const MAX_PASSES = 10;

export interface AppliedFix extends Fix {
  pass: number;
}

/** Why a file is left as it is, on purpose: reported as skipped, not as an error. */
export type LeftAlone = {
  reason: 'ignore-file pragma' | NonNullable<Document['leftAlone']>['reason'];
  message: string;
} | null;

export interface FixLoopResult {
  output: string;
  applied: AppliedFix[];
  /** Unsafe fixes proposed on the final text and not applied because --unsafe was off. */
  heldBack: Fix[];
  passes: number;
  /** Why the input was not rewritten at all (see Document.problems). */
  problems: Problem[];
  /**
   * Why a valid input was left as it is without asking any transform: an ignore-file pragma, or a file that is
   * not for a POSIX shell (see Document.leftAlone).
   */
  leftAlone: LeftAlone;
  /** The loop's last parse, of `output`: whoever asks more of the final text reads it instead of parsing again. */
  document: Document;
}

export class FixError extends Error {
  constructor(
    message: string,
    readonly transformId: string | null,
  ) {
    super(message);
    this.name = 'FixError';
  }
}

export function runFixLoop(text: string, proposers: readonly FixProposer[], options: FixLoopOptions): FixLoopResult {
  const seen = new Set<string>([text]);
  const applied: AppliedFix[] = [];
  let current = text;
  let doc = parseDocument(current, options.ignoredRules, { shellTrees: !options.quiet });
  if (options.quiet) proposers = [];
  const untouched = { output: text, applied, heldBack: [], passes: 0, problems: [], leftAlone: null, document: doc };
  if (doc.ignoreFile)
    return { ...untouched, leftAlone: { reason: 'ignore-file pragma', message: 'ignore-file pragma' } };
  if (doc.leftAlone) return { ...untouched, leftAlone: doc.leftAlone };
  if (doc.problems.length > 0) return { ...untouched, problems: doc.problems };
  for (let pass = 1; pass <= MAX_PASSES + 1; pass++) {
    const proposed = proposeFixes(doc, proposers);
    const usable = proposed.filter((f) => f.applicability === 'safe' || options.unsafe);
    if (usable.length === 0) {
      return {
        output: current,
        applied,
        heldBack: proposed.filter((f) => !usable.includes(f)),
        passes: pass - 1,
        problems: [],
        leftAlone: null,
        document: doc,
      };
    }
    if (pass > MAX_PASSES) throw new FixError(`fixes did not settle after ${MAX_PASSES} passes`, usable[0]!.ruleId);
    const result = applyFixes(current, usable);
    if (seen.has(result.output)) throw new FixError('fixes undo each other (cycle)', blame(result.applied));
    seen.add(result.output);
    const next = parseDocument(result.output, options.ignoredRules);
    if (next.problems.length > 0) {
      const [first] = next.problems;
      throw new FixError(
        `the rewritten file no longer parses (line ${first!.line}: ${first!.message})`,
        blame(result.applied),
      );
    }
    verifyRewrittenRuns(doc, next, result.applied);
    applied.push(...result.applied.map((f) => ({ ...f, pass })));
    current = result.output;
    doc = next;
  }
  throw new FixError('unreachable', null);
}

function proposeFixes(doc: Document, proposers: readonly FixProposer[]): Fix[] {
  const fixes: Fix[] = [];
  for (const proposer of proposers) {
    try {
      fixes.push(...proposer.propose(doc));
    } catch (error) {
      throw new FixError(`transform failed: ${(error as Error)?.message ?? String(error)}`, proposer.id);
    }
  }
  return fixes;
}

/** A pass that broke the file is reported under the transform whose fix came first in it. */
function blame(applied: readonly Fix[]): string | null {
  return applied[0]?.ruleId ?? null;
}

/**
 * Every shell-form RUN whose text is new after a pass must still have an error-free shell tree, and a heredoc
 * RUN that was a shell script must still be one.
 */
function verifyRewrittenRuns(before: Document, after: Document, applied: Fix[]): void {
  const previous = new Set(
    before.instructions
      .filter((i) => i.run?.form === 'shell' || i.run?.form === 'heredoc')
      .map((i) => before.text.slice(i.run!.bodyStart, i.run!.bodyEnd)),
  );
  for (const ins of after.instructions) {
    const run = ins.run;
    if (!run || (run.form !== 'shell' && run.form !== 'heredoc')) continue;
    if (previous.has(after.text.slice(run.bodyStart, run.bodyEnd))) continue;
    if (run.form === 'heredoc' && !run.shell) {
      throw new FixError('a rewritten heredoc RUN is no longer a shell script', blame(applied));
    }
    if (!run.shell) continue;
    if (run.shell.hasError || (run.form === 'shell' && !run.posixShell)) {
      throw new FixError('a rewritten RUN no longer parses as shell', blame(applied));
    }
  }
}
