/**
 * Where a use of a manager keeps its cache: the descriptor's default paths, plus wherever the environment the
 * command runs in (ENV/ARG of the stage, an `export` earlier in the RUN, `VAR=… cmd`) or one of its options
 * moves it. A mount over any of these is a cache the author wants: no flag empties it, no clean-up deletes it.
 */
import type { Instruction, Mount } from '../../src/document/types.js';
import { mountOverlaps } from '../lib/paths.js';
import type { PackageManager } from './types.js';
import type { ManagerUse } from './usage.js';

/** The cache directories of this use (`~` for the home directory), or null when a variable moves it out of sight. */
export function cacheDirsOf(
  ins: Instruction,
  use: ManagerUse,
  manager: PackageManager,
  defaults: string[],
): string[] | null {
  const location = manager.cacheLocation;
  if (!location) return defaults;
  const dirs = [...defaults];
  for (const { name, subdir } of location.env) {
    const value = envAt(ins, use, name);
    if (value === undefined) continue;
    // CONDA_PKGS_DIRS is a comma-separated list; an empty value means the default.
    for (const part of (value ?? '').split(',')) {
      if (value !== null && part === '') continue;
      const dir = value === null ? null : expand(part, ins.env);
      if (dir === null) return null;
      dirs.push(subdir ? `${dir}/${subdir}` : dir);
    }
  }
  for (const option of location.options ?? []) {
    const args = use.args;
    for (let i = 0; i < args.length; i++) {
      const v = args[i]!.value;
      const value =
        v === option
          ? args[i + 1]
          : v?.startsWith(option + '=')
            ? { ...args[i]!, value: v.slice(option.length + 1) }
            : null;
      if (!value) continue;
      const dir = value.value === null ? null : expand(value.value, ins.env);
      if (dir === null) return null;
      dirs.push(dir);
    }
  }
  return dirs;
}

/** A cache, tmpfs or bind mount over the cache of this use, wherever it lives (or any mount, when that is unknown). */
export function cacheIsMounted(
  ins: Instruction,
  use: ManagerUse,
  manager: PackageManager,
  defaults: string[],
): boolean {
  const mounts: Mount[] = ins.run!.mounts.filter((m) => ['cache', 'tmpfs', 'bind'].includes(m.type));
  if (mounts.length === 0) return false;
  const dirs = cacheDirsOf(ins, use, manager, defaults);
  return dirs === null || dirs.some((d) => mountOverlaps(mounts, d));
}

/**
 * The value a variable has for the command: its own `VAR=…` prefix, else the last `export` before it in the RUN,
 * else ENV/ARG of the stage. undefined: not set; null: set to a value only known when the build runs.
 */
function envAt(ins: Instruction, use: ManagerUse, name: string): string | null | undefined {
  const own = use.command.assignments.filter((a) => a.name === name).pop();
  if (own) return own.value;
  const exported = ins.run!.shell!.exports.filter((e) => e.name === name && e.start < use.command.start).pop();
  if (exported) return exported.value;
  return ins.env.has(name) ? ins.env.get(name)! : undefined;
}

/**
 * A value as the builder or the shell would expand it: `$HOME`/`${HOME}` is kept as `~`, other variables are
 * taken from ENV/ARG; null when something is left that only the build knows.
 */
function expand(value: string, env: ReadonlyMap<string, string | null>, depth = 0): string | null {
  let unknown = false;
  const out = value.replace(/\$(?:\{(\w+)\}|(\w+))/g, (_, braced: string | undefined, plain: string | undefined) => {
    const name = (braced ?? plain)!;
    if (name === 'HOME' && !env.has('HOME')) return '~';
    const v = env.get(name);
    const expanded = v === undefined || v === null || depth > 4 ? null : expand(v, env, depth + 1);
    if (expanded === null) unknown = true;
    return expanded ?? '';
  });
  if (unknown || /[$`]/.test(out)) return null;
  return out.startsWith('/') || out.startsWith('~') ? out : null;
}
