/**
 * no-cache-flag and slim-install: insert an option right after the subcommand of matching install commands
 * (`pip install --no-cache-dir`, `apk add --no-cache`; unsafe: `apt-get install --no-install-recommends`).
 * Both read the same FlagRule data from the manager descriptors.
 */
import type { Document, Instruction } from '../src/document/types.js';
import type { Fix } from '../src/fix/types.js';
import { mountCovers } from './lib/paths.js';
import { isRewritableRun, suppressed } from './lib/runs.js';
import type { FlagRule, PackageManager } from './managers/types.js';
import { hasOption, usesOf, type ManagerUse } from './managers/usage.js';
import type { Transform } from '../src/transform.js';

const TRUTHY = /^(1|true|yes|on)$/i;

function flagTransform(id: FlagRule['transform'], description: string, explain: string): Transform {
  return {
    id,
    description,
    applicability: id === 'no-cache-flag' ? 'safe' : 'unsafe',
    explain,
    run(doc, ctx) {
      const fixes: Fix[] = [];
      for (const ins of doc.instructions) {
        if (!isRewritableRun(ins)) continue;
        // Like teardowns, a build stage whose filesystem never ships does not need them.
        if (!doc.stages[ins.stage]?.ships && !ctx.options.allStages) continue;
        for (const manager of ctx.managers) {
          for (const rule of manager.flags ?? []) {
            if (rule.transform !== id) continue;
            if (suppressed(doc, ins, [id, `${id}:${manager.id}`, ...(rule.hadolintCodes ?? [])])) continue;
            for (const use of usesOf(ins.run!, manager)) {
              const fix = flagFix(doc, ins, manager, rule, use);
              if (fix) fixes.push(fix);
            }
          }
        }
      }
      return fixes;
    },
  };
}

function flagFix(
  doc: Document,
  ins: Instruction,
  manager: PackageManager,
  rule: FlagRule,
  use: ManagerUse,
): Fix | null {
  const words = use.subcommand.map((w) => w.value).join(' ');
  if (!rule.subcommands.includes(words)) return null;
  const matched = use.subcommand[use.subcommand.length - 1]!;
  if (hasOption(use.args, rule.presentAs)) return null;
  if (rule.cachePaths?.some((p) => mountCovers(ins.run!.mounts, p))) return null;
  if (
    rule.disabledByEnv?.some(
      (name) =>
        isTruthy(ins.env.get(name)) || use.command.assignments.some((a) => a.name === name && isTruthy(a.value)),
    )
  ) {
    return null;
  }
  const at = ins.run!.logical!.map[matched.end - 1]! + 1;
  return {
    ruleId: rule.transform,
    message: `${use.program} ${words}: add ${rule.flag}`,
    applicability: rule.applicability,
    edits: [{ start: at, end: at, text: ` ${rule.flag}` }],
    data: { manager: manager.id, flags: 1 },
  };
}

function isTruthy(value: string | null | undefined): boolean {
  return value !== null && value !== undefined && TRUTHY.test(value.trim());
}

export const noCacheFlag = flagTransform(
  'no-cache-flag',
  "Add the package manager's no-cache option to install commands (pip --no-cache-dir, apk --no-cache, uv --no-cache).",
  `Some package managers can install without keeping a download cache at all: 'pip install --no-cache-dir',
'apk add --no-cache', 'uv pip install --no-cache'. That is cheaper and clearer than deleting the cache afterwards.
The option is inserted right after the subcommand. Nothing is added when the option (or an equivalent one) is
already there, when PIP_NO_CACHE_DIR / UV_NO_CACHE is set to a true value in an ENV or ARG of the stage or on the
command, when a cache, tmpfs or bind mount covers the cache directory (the cache is wanted), or under
'# dockerfile-squash ignore=no-cache-flag' or the matching hadolint pragma (DL3019 apk, DL3042 pip).`,
);

export const slimInstall = flagTransform(
  'slim-install',
  'Install less (unsafe): apt-get --no-install-recommends, gem --no-document.',
  `'apt-get install --no-install-recommends' skips recommended packages, often hundreds of megabytes, and
'gem install --no-document' skips generated documentation. Both change what gets installed, and a program may
depend on a recommended package at run time, so this transform is unsafe: it only applies with --unsafe (the
summary counts what it held back). Suppress it with '# dockerfile-squash ignore=slim-install' or hadolint's DL3015.`,
);
