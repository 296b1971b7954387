/** What a RUN does with each package manager, read from its shell commands and the descriptors. */
import type { RunDetails } from '../../src/document/types.js';
import type { ShellCommand } from '../../src/document/shell.js';
import type { CleanupMatcher, CommandSpec, PackageManager, Role } from './types.js';
import { removedPaths, covers } from '../lib/paths.js';

export interface ManagerUse {
  command: ShellCommand;
  role: Role;
}

export function roleOf(command: ShellCommand, spec: CommandSpec): Role | null {
  if (!command.name || !spec.names.includes(command.name)) return null;
  const sub = subcommandOf(command, spec.optionsWithValue ?? []);
  if (sub !== null && spec.subcommands) {
    for (const [role, subs] of Object.entries(spec.subcommands) as [Role, string[]][])
      if (subs.includes(sub)) return role;
  }
  return spec.defaultRole;
}

export function subcommandOf(command: ShellCommand, optionsWithValue: string[]): string | null {
  const args = command.args;
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === null) return null;
    if (v.startsWith('-')) {
      if (optionsWithValue.includes(v)) i++;
      continue;
    }
    return v;
  }
  return null;
}

export function matchesCleanup(command: ShellCommand, matcher: CleanupMatcher): boolean {
  if (matcher.kind === 'subcommand') {
    if (!command.name || !matcher.names.includes(command.name)) return false;
    const sub = subcommandOf(command, []);
    return sub !== null && matcher.subcommands.includes(sub);
  }
  return removedPaths(command).some((removed) => covers(removed, matcher.path));
}

/** Every command of the RUN that belongs to `manager`, in order, including clean-ups such as `rm -rf` of its paths. */
export function usesOf(run: RunDetails, manager: PackageManager): ManagerUse[] {
  if (!run.shell) return [];
  const uses: ManagerUse[] = [];
  for (const command of run.shell.commands) {
    const role = roleFor(command, manager);
    if (role) uses.push({ command, role });
  }
  return uses;
}

function roleFor(command: ShellCommand, manager: PackageManager): Role | null {
  for (const spec of manager.commands) {
    const role = roleOf(command, spec);
    if (role) return role;
  }
  for (const step of manager.teardown) if (step.doneBy.some((m) => matchesCleanup(command, m))) return 'clean';
  return null;
}

export function managersOf(run: RunDetails, managers: readonly PackageManager[]): PackageManager[] {
  return managers.filter((m) => usesOf(run, m).length > 0);
}

/** For RUNs the shell parser does not see (exec form, heredoc): does the raw text mention the manager at all? */
export function mentionsManager(rawText: string, manager: PackageManager): boolean {
  return manager.commands.some((spec) =>
    spec.names.some((name) => new RegExp(`(^|[^\\w-])${escapeRegExp(name)}($|[^\\w-])`).test(rawText)),
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
