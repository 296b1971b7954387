/**
 * How a merged RUN can stand in for RUNs that had ENV or ARG instructions between them (--unsafe).
 *
 * ENV: the instruction moves below the merged RUN (the image config is unchanged) and the chain runs
 * `export K="V"` where the ENV stood, so earlier commands do not see it and later ones do. The builder would
 * have expanded `$VAR` in V from the environment of that point; the shell expands it from the same variables.
 *
 * ARG: the instruction moves above the merged RUN (so a --build-arg override still reaches the later commands)
 * and the commands that came before it run in a subshell with the variable unset.
 */
import type { Document, Instruction } from '../../src/document/types.js';
import { commentBlockStart, lineStartOf, type StretchEntry } from './runs.js';

export interface CrossingPlan {
  crosses: boolean;
  /** Per group member: `export` statements that go into the chain just before it. */
  exportsBefore: string[][];
  /** Per group member: the ARGs declared after it, which its commands run without. */
  unset: string[][];
  /** Instruction text moved above / below the merged RUN, verbatim, with the comment lines directly above it. */
  movedAbove: string[];
  movedBelow: string[];
}

const SAFE_TEXT = /^[^$"'`\\]*$/;
const REFERENCE = /\$\{(\w+)(?::[-+]([^}]*))?\}|\$(\w+)/g;

/** Null when some ENV/ARG between the members cannot be reproduced exactly in the shell. */
export function crossingPlan(doc: Document, group: StretchEntry[]): CrossingPlan | null {
  const exportsBefore: string[][] = group.map(() => []);
  const unsetAfter: string[][] = group.map(() => []);
  const movedAbove: string[] = [];
  const movedBelow: string[] = [];
  const firstEnv = group[0]!.run.env;
  const assigned = new Set<string>();
  for (const [i, entry] of group.entries()) {
    // What the first member crossed lies before the group: it stays where it is.
    if (i === 0) continue;
    for (const ins of entry.crossed) {
      const text = doc.text.slice(commentBlockStart(doc.text, lineStartOf(doc.text, ins.start)), ins.end);
      if (ins.keyword === 'ENV') {
        const parts: string[] = [];
        for (const [k, { name, raw }] of ins.assignments.entries()) {
          const value = shellValue(
            raw,
            ins.assignments.slice(0, k).map((a) => a.name),
          );
          if (value === null) return null;
          parts.push(`${name}="${value}"`);
          assigned.add(name);
        }
        exportsBefore[i]!.push(`export ${parts.join(' ')}`);
        movedBelow.push(text);
      } else {
        for (const { name } of ins.assignments) {
          // An earlier ENV/ARG of the same name, or an ENV in the group, would take precedence over the ARG.
          if (firstEnv.has(name) || assigned.has(name) || referencedBefore(group, i, name)) return null;
          for (let j = 0; j < i; j++) unsetAfter[j]!.push(name);
        }
        movedAbove.push(text);
      }
    }
  }
  return {
    crosses: movedAbove.length + movedBelow.length > 0,
    exportsBefore,
    unset: unsetAfter,
    movedAbove,
    movedBelow,
  };
}

/**
 * An ENV value as a double-quoted shell word with the same expansion: plain text and `$VAR`, `${VAR}`,
 * `${VAR:-x}`, `${VAR:+x}` only, and no reference to a name set earlier in the same ENV (the builder expands
 * it with the value from before the instruction, `export A=1 B=$A` with the new one). `PATH=/x:$PATH` is fine.
 */
function shellValue(raw: string | null, setEarlierInSameEnv: string[]): string | null {
  if (raw === null) return null;
  const inner = /^"[^"]*"$/.test(raw) ? raw.slice(1, -1) : raw;
  if (!/^"/.test(raw) && /\s/.test(inner)) return null;
  let ok = true;
  const rest = inner.replace(
    REFERENCE,
    (_m, braced: string | undefined, word: string | undefined, plain: string | undefined) => {
      const name = (braced ?? plain)!;
      if (setEarlierInSameEnv.includes(name) || (word !== undefined && !SAFE_TEXT.test(word))) ok = false;
      return '';
    },
  );
  return ok && SAFE_TEXT.test(rest) ? inner : null;
}

function referencedBefore(group: StretchEntry[], index: number, name: string): boolean {
  const pattern = new RegExp(`\\$\\{?${name}\\b`);
  return group
    .slice(1, index + 1)
    .flatMap((e) => e.crossed)
    .some((ins: Instruction) => ins.keyword === 'ENV' && ins.assignments.some((a) => pattern.test(a.raw ?? '')));
}
