/**
 * teardown: a RUN that installs with a package manager ends by deleting that manager's caches, in the same
 * layer, unless it already does (recognised semantically), a cache/tmpfs/bind mount covers the path, or a
 * later step still needs the deleted state.
 */
import type { Document, Instruction } from '../src/document/types.js';
import type { Fix } from '../src/fix/types.js';
import { appendedCommands } from './lib/chain.js';
import { mountCovers } from './lib/paths.js';
import { isRewritableRun, suppressed } from './lib/runs.js';
import type { PackageManager, TeardownStep } from './managers/types.js';
import { matchesCleanup, mentionsManager, usesOf } from './managers/usage.js';
import type { Transform } from './types.js';

export const TEARDOWN_ID = 'teardown';

export const teardown: Transform = {
  id: TEARDOWN_ID,
  description: "Append the package manager's clean-up to the RUN that installs, so the cache never reaches a layer.",
  applicability: 'safe',
  explain: `A package manager leaves its download cache and index behind (apt: /var/cache/apt and /var/lib/apt/lists).
Deleting them in a later RUN does not shrink the image: the earlier layer still holds them. This transform appends
the manager's clean-up with '&&' after the last install in the same RUN, so it runs only when the install
succeeded and the files never reach a layer.

It adds nothing when an equivalent clean-up already follows the last install (matched by command and path, with
flags normalised), when a --mount=type=cache/tmpfs/bind covers the path (deleting would empty the cache), in stages
whose filesystem never ships (unless --all-stages), or under '# dockerfile-squash ignore=teardown' or the matching
hadolint pragma (DL3009 for apt). apt's package lists are kept when a later RUN installs without 'apt-get update'.`,
  run(doc, ctx) {
    const fixes: Fix[] = [];
    for (const ins of doc.instructions) {
      if (!isRewritableRun(ins)) continue;
      if (!doc.stages[ins.stage]!.ships && !ctx.options.allStages) continue;
      for (const manager of ctx.managers) {
        const fix = teardownFix(doc, ins, manager);
        if (fix) fixes.push(fix);
      }
    }
    return fixes;
  },
};

function teardownFix(doc: Document, ins: Instruction, manager: PackageManager): Fix | null {
  const run = ins.run!;
  if (suppressed(doc, ins, [TEARDOWN_ID, `${TEARDOWN_ID}:${manager.id}`, ...manager.hadolintTeardownCodes]))
    return null;
  const uses = usesOf(run, manager);
  const lastInstall = uses.filter((u) => u.role === 'install').pop();
  if (!lastInstall) return null;

  const after = run.shell!.commands.filter((c) => c.start >= lastInstall.command.end);
  const done = new Set(
    manager.teardown
      .filter((step) => step.doneBy.some((m) => after.some((c) => matchesCleanup(c, m))))
      .map((s) => s.id),
  );
  const missing = manager.teardown.filter((step) => needsStep(doc, ins, manager, step, done));
  if (missing.length === 0) return null;

  const logical = run.logical!;
  const at = logical.map[run.shell!.lastStatementEnd - 1]! + 1;
  const commands = missing.map((s) => s.command);
  return {
    ruleId: TEARDOWN_ID,
    message: `clean up after ${manager.id} in the same layer: ${commands.join(' && ')}`,
    applicability: 'safe',
    edits: [{ start: at, end: at, text: appendedCommands(doc, commands) }],
    data: { manager: manager.id, steps: missing.length },
  };
}

function needsStep(
  doc: Document,
  ins: Instruction,
  manager: PackageManager,
  step: TeardownStep,
  done: Set<string>,
): boolean {
  if (done.has(step.id)) return false;
  if (step.skipIfDone?.some((id) => done.has(id))) return false;
  if (step.paths.some((p) => mountCovers(ins.run!.mounts, p))) return false;
  if (step.neededByLaterUse && laterStepNeedsState(doc, ins, manager)) return false;
  return true;
}

/** Does a later RUN of this stage (or of a stage built FROM it) read the index before refreshing it? */
function laterStepNeedsState(doc: Document, ins: Instruction, manager: PackageManager): boolean {
  return needsStateAfter(doc, ins.stage, ins.index, manager);
}

function needsStateAfter(
  doc: Document,
  stageIndex: number,
  afterInstruction: number,
  manager: PackageManager,
): boolean {
  const stage = doc.stages[stageIndex]!;
  const later = stage.instructions.filter((i) => i > afterInstruction).map((i) => doc.instructions[i]!);
  const verdict = firstUseNeedsState(doc, later, manager);
  if (verdict !== null) return verdict;
  return doc.stages.some((child) => child.baseStage === stageIndex && needsStateAfter(doc, child.index, -1, manager));
}

/** true: the first use reads the index; false: it refreshes it first; null: no use here. */
function firstUseNeedsState(doc: Document, instructions: Instruction[], manager: PackageManager): boolean | null {
  for (const ins of instructions) {
    if (!ins.run) continue;
    if (ins.run.shell) {
      const first = usesOf(ins.run, manager).find(
        (u) => u.role === 'update' || u.role === 'install' || u.role === 'query',
      );
      if (first) return first.role !== 'update';
      continue;
    }
    const raw = doc.text.slice(ins.run.bodyStart, ins.run.bodyEnd);
    if (mentionsManager(raw, manager)) return !/\bupdate\b/.test(raw);
  }
  return null;
}
