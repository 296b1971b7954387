/**
 * teardown: a RUN that installs with a package manager ends by deleting that manager's caches, in the same
 * layer, unless it already does (recognised semantically), a cache/tmpfs/bind mount covers the path, or a
 * later step still needs the deleted state.
 */
import type { Document, Instruction } from '../src/document/types.js';
import type { Fix } from '../src/fix/types.js';
import { appendedCommands } from './lib/chain.js';
import { covers, mountOverlaps } from './lib/paths.js';
import { isRewritableRun, suppressed } from './lib/runs.js';
import type { PackageManager, TeardownStep } from './managers/types.js';
import { basename, hasOption, matchesCleanup, mentionsManager, usesOf, type ManagerUse } from './managers/usage.js';
import type { Transform } from './types.js';

export const TEARDOWN_ID = 'teardown';

export const teardown: Transform = {
  id: TEARDOWN_ID,
  description: "Append the package manager's clean-up to the RUN that installs, so the cache never reaches a layer.",
  applicability: 'safe',
  explain: `A package manager leaves its download cache and index behind (apt: /var/cache/apt and /var/lib/apt/lists;
conda: the package tarballs; npm: ~/.npm). Deleting them in a later RUN does not shrink the image: the earlier layer
still holds them. This transform appends the manager's clean-up with '&&' after the last install in the same RUN,
so it runs only when the install succeeded and the files never reach a layer.

It adds nothing when an equivalent clean-up already follows the last install (matched by command and path, with
flags normalised), when a --mount=type=cache/tmpfs/bind covers the path (deleting would empty the cache), when an
ENV of the stage points into the path (something is kept there on purpose), in stages whose filesystem never ships
(unless --all-stages), or under '# dockerfile-squash ignore=teardown' (or 'teardown:<manager>') or the matching
hadolint pragma (DL3009 apt, DL3032 yum, DL3036 zypper, DL3040 dnf, DL3060 yarn). apt's package lists are kept when a
later RUN installs without 'apt-get update'. Steps that can break an environment (conda --force-pkgs-dirs) are
unsafe and only applied with --unsafe.`,
  run(doc, ctx) {
    const fixes: Fix[] = [];
    for (const ins of doc.instructions) {
      // A clean-up chained onto a background job would run in the background and be cut off when the RUN ends.
      if (!isRewritableRun(ins) || ins.run!.shell!.hasBackgroundJob) continue;
      if (!doc.stages[ins.stage]?.ships && !ctx.options.allStages) continue;
      for (const manager of ctx.managers) fixes.push(...teardownFixes(doc, ins, manager));
    }
    return fixes;
  },
};

function teardownFixes(doc: Document, ins: Instruction, manager: PackageManager): Fix[] {
  const run = ins.run!;
  if (suppressed(doc, ins, [TEARDOWN_ID, `${TEARDOWN_ID}:${manager.id}`, ...manager.hadolintTeardownCodes])) return [];
  if (manager.teardownUnsafeWhen && stageText(doc, ins).some((t) => manager.teardownUnsafeWhen!.test(t))) return [];
  const uses = usesOf(run, manager);
  const lastInstall = uses.filter((u) => u.role === 'install').pop();
  if (!lastInstall) return [];

  const after = run.shell!.commands.filter((c) => c.start >= lastInstall.command.end);
  const done = new Set(
    manager.teardown
      .filter((step) => step.doneBy.some((m) => after.some((c) => matchesCleanup(c, m))))
      .map((s) => s.id),
  );
  const missing = manager.teardown.filter((step) => needsStep(doc, ins, manager, step, done, uses, lastInstall));
  const at = run.logical!.map[run.shell!.lastStatementEnd - 1]! + 1;
  const fixes: Fix[] = [];
  for (const applicability of ['safe', 'unsafe'] as const) {
    const steps = missing.filter((s) => (s.applicability ?? 'safe') === applicability);
    if (steps.length === 0) continue;
    const commands = steps.map((s) => commandOf(s, lastInstall));
    fixes.push({
      ruleId: TEARDOWN_ID,
      message: `clean up after ${manager.id} in the same layer: ${commands.join(' && ')}`,
      applicability,
      edits: [{ start: at, end: at, text: appendedCommands(doc, commands) }],
      data: { manager: manager.id, steps: steps.length },
    });
  }
  // Safe and unsafe steps insert at the same point; the applier takes one per pass, in this order.
  return fixes;
}

/** The step's command for the program that installed, called the same way (by path when it was). */
function commandOf(step: TeardownStep, use: ManagerUse): string {
  const command =
    typeof step.command === 'string' ? step.command : (step.command[use.program] ?? step.command['default']!);
  const [word, ...rest] = command.split(' ');
  return use.invokedAs.includes('/') && basename(use.invokedAs) === word ? [use.invokedAs, ...rest].join(' ') : command;
}

function needsStep(
  doc: Document,
  ins: Instruction,
  manager: PackageManager,
  step: TeardownStep,
  done: Set<string>,
  uses: ManagerUse[],
  lastInstall: ManagerUse,
): boolean {
  if (done.has(step.id)) return false;
  if (step.skipIfDone?.some((id) => done.has(id))) return false;
  if (step.requiresRole && !uses.some((u) => u.role === step.requiresRole)) return false;
  if (step.skipIfOption && hasOption(lastInstall.args, step.skipIfOption)) return false;
  if (step.paths.some((p) => mountOverlaps(ins.run!.mounts, p))) return false;
  if (step.paths.some((p) => envPointsInto(ins, p))) return false;
  // Under a non-root USER, `~` is that user's home, where user-level installs live: leave it alone.
  if (isNonRoot(ins.user) && step.paths.some((p) => p.startsWith('~'))) return false;
  if (step.neededByLaterUse && needsStateAfter(doc, ins.stage, ins.index, manager)) return false;
  return true;
}

/** An ENV/ARG value of the stage that lies under the path: the user keeps something there on purpose. */
function envPointsInto(ins: Instruction, path: string): boolean {
  for (const value of ins.env.values()) {
    if (!value) continue;
    for (const part of value.split(':'))
      if (part.startsWith('/') || part.startsWith('~')) {
        if (covers(path, part.replace(/^\$\{?HOME\}?/, '~'))) return true;
      }
  }
  return false;
}

function isNonRoot(user: string | null): boolean {
  return user !== null && !/^(root|0)(:.*)?$/.test(user);
}

function stageText(doc: Document, ins: Instruction): string[] {
  return (doc.stages[ins.stage]?.instructions ?? []).map((i) =>
    doc.text.slice(doc.instructions[i]!.start, doc.instructions[i]!.end),
  );
}

/** Does a later RUN of this stage (or of a stage built FROM it) read the state before refreshing it? */
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

/** true: the first use reads the state; false: it refreshes it first; null: no use here. */
function firstUseNeedsState(doc: Document, instructions: Instruction[], manager: PackageManager): boolean | null {
  const noCacheFlags = (manager.flags ?? []).filter((f) => f.transform === 'no-cache-flag').flatMap((f) => f.presentAs);
  for (const ins of instructions) {
    if (!ins.run) continue;
    if (ins.run.shell) {
      const first = usesOf(ins.run, manager).find(
        (u) =>
          u.role === 'update' || ((u.role === 'install' || u.role === 'query') && !hasOption(u.args, noCacheFlags)),
      );
      if (first) return first.role !== 'update';
      continue;
    }
    const raw = doc.text.slice(ins.run.bodyStart, ins.run.bodyEnd);
    if (mentionsManager(raw, manager)) return !/\bupdate\b/.test(raw);
  }
  return null;
}
