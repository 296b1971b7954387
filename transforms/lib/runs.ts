/** Shared questions about RUN instructions: can it be touched at all, and which stretches of RUNs are adjacent. */
import { isSuppressed } from '../../src/document/pragmas.js';
import type { Document, Instruction } from '../../src/document/types.js';

/** A shell-form RUN under a POSIX shell whose body parsed cleanly: the only kind we rewrite. */
export function isRewritableRun(ins: Instruction): boolean {
  const run = ins.run;
  return (
    !!run &&
    run.form === 'shell' &&
    run.posixShell &&
    !!run.shell &&
    !run.shell.hasError &&
    run.logical!.text.trim() !== ''
  );
}

export function suppressed(doc: Document, ins: Instruction, keys: string[]): boolean {
  return doc.ignoreFile || isSuppressed(ins.pragmas, doc.globalIgnores, keys);
}

/**
 * Maximal stretches of RUN instructions with nothing but comments and blank lines between them
 * (any other instruction ends a stretch, as in hadolint DL3059).
 */
export function adjacentRuns(doc: Document): Instruction[][] {
  const stretches: Instruction[][] = [];
  let current: Instruction[] = [];
  for (const ins of doc.instructions) {
    const continues = ins.keyword === 'RUN' && current.length > 0 && current[0]!.stage === ins.stage;
    if (!continues && current.length > 0) {
      stretches.push(current);
      current = [];
    }
    if (ins.keyword === 'RUN') current.push(ins);
  }
  if (current.length > 0) stretches.push(current);
  return stretches;
}

/** Start of the line an instruction starts on, when only blanks precede it there. */
export function lineStartOf(text: string, offset: number): number {
  let s = offset;
  while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
  return s === 0 || text[s - 1] === '\n' || text[s - 1] === '\r' ? s : offset;
}
