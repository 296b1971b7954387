/**
 * merge-runs: consecutive RUNs that work with the same package manager become one RUN, so that the
 * manager's clean-up can share the layer that created the files it deletes.
 */
import type { Document, Instruction } from '../src/document/types.js';
import type { Fix } from '../src/fix/types.js';
import { chainElement, chainGlue } from './lib/chain.js';
import { adjacentRuns, isRewritableRun, lineStartOf, suppressed } from './lib/runs.js';
import { managersOf } from './managers/usage.js';
import type { Transform, TransformContext } from './types.js';

export const MERGE_RUNS_ID = 'merge-runs';
const SUPPRESSION_KEYS = [MERGE_RUNS_ID, 'DL3059'];

export const mergeRuns: Transform = {
  id: MERGE_RUNS_ID,
  description: 'Merge consecutive RUN instructions that use the same package manager into one layer.',
  applicability: 'safe',
  explain: `Every RUN is a layer, and a file deleted in a later layer still ships in the earlier one. Merging the RUNs
that install packages with the RUN that cleans up after them lets the clean-up actually shrink the image.

Only RUNs with nothing but comments and blank lines between them merge (comments are moved above the merged RUN),
and only when their flags are identical, both are shell form under a POSIX SHELL, their shell text parses, and no
'# dockerfile-squash ignore' or '# hadolint ignore=DL3059' pragma sits above either. Meaning is kept: each body
joins the chain with '&&' (fail at the same point), a body that is not a plain '&&' chain is grouped '{ ...; }',
and a body that changes shell state (cd, export, set, umask, functions ...) runs in a subshell '( ... )' so the
next body starts from the state a fresh RUN would have had. By default only RUNs that share a package manager
merge (--merge=all merges every adjacent mergeable RUN).`,
  run(doc, ctx) {
    const fixes: Fix[] = [];
    for (const stretch of adjacentRuns(doc)) {
      for (const group of groupsOf(doc, stretch, ctx)) fixes.push(mergeFix(doc, group, ctx));
    }
    return fixes;
  },
};

function canMerge(doc: Document, ins: Instruction): boolean {
  if (!isRewritableRun(ins) || suppressed(doc, ins, SUPPRESSION_KEYS)) return false;
  const shell = ins.run!.shell!;
  return !shell.hasComment && !shell.hasBackgroundJob;
}

/**
 * POSIX ignores errexit inside any element of an AND-OR list but the last: a body that relies on `set -e`
 * (its own, or a SHELL with -e around a body that is not a plain chain) may only end a merged chain.
 */
function mustEndChain(ins: Instruction): boolean {
  const run = ins.run!;
  return run.shell!.setsErrexit || (run.shellErrexit && !run.shell!.isPlainAndChain);
}

function groupsOf(doc: Document, stretch: Instruction[], ctx: TransformContext): Instruction[][] {
  const groups: Instruction[][] = [];
  let group: Instruction[] = [];
  let previousManagers = new Set<string>();
  const close = () => {
    if (group.length > 1) groups.push(group);
    group = [];
  };
  for (const ins of stretch) {
    if (!canMerge(doc, ins)) {
      close();
      continue;
    }
    const managers = new Set(managersOf(ins.run!, ctx.managers).map((m) => m.id));
    if (ctx.options.merge === 'manager' && managers.size === 0) {
      close();
      continue;
    }
    const previous = group[group.length - 1];
    const joins =
      previous !== undefined &&
      previous.run!.flagKey === ins.run!.flagKey &&
      !mustEndChain(previous) &&
      (ctx.options.merge === 'all' || [...managers].some((m) => previousManagers.has(m)));
    if (!joins) close();
    group.push(ins);
    previousManagers = managers;
  }
  close();
  return groups;
}

function mergeFix(doc: Document, group: Instruction[], ctx: TransformContext): Fix {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const start = lineStartOf(doc.text, first.start);
  const indent = doc.text.slice(start, first.start);
  const prefix = doc.text.slice(first.start, first.run!.bodyStart);
  const elements = group.map((ins, i) => chainElement(doc, ins, i < group.length - 1));
  const moved = group.slice(1).flatMap((ins, i) => linesBetween(doc, group[i]!, ins));
  const text = moved.map((line) => line + doc.eol).join('') + indent + prefix + elements.join(chainGlue(doc));
  const managers = [...new Set(group.flatMap((ins) => managersOf(ins.run!, ctx.managers).map((m) => m.id)))];
  return {
    ruleId: MERGE_RUNS_ID,
    message: `merge ${group.length} RUN instructions${managers.length ? ` (${managers.join(', ')})` : ''} into one layer`,
    applicability: 'safe',
    edits: [{ start, end: last.run!.bodyEnd, text }],
    data: { runs: group.length, line: lineOf(doc.text, first.start), managers: managers.join(',') },
  };
}

/** Comment and blank lines between two RUNs, verbatim; they are kept, above the merged RUN. */
function linesBetween(doc: Document, before: Instruction, after: Instruction): string[] {
  const between = doc.text.slice(before.run!.bodyEnd, lineStartOf(doc.text, after.start));
  const lines = between.split(/\r?\n/);
  return lines.slice(1, -1).map((l) => l.replace(/\r$/, ''));
}

export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
