/**
 * What the rewrite may add, derived from the manager descriptors (not hand-listed): teardown commands
 * (called by name or by path) and inserted flags. Everything else must match call for call.
 */
import { posix } from 'node:path';
import { MANAGERS } from '../../transforms/index.js';

// A partial clean-up the rewrite completes where it stands (`zypper clean` → `zypper clean --all`) counts as one
// on both sides, so that failure injection treats the original's call as it treats the rewrite's.
const teardownCommands: string[][] = MANAGERS.flatMap((m) =>
  m.teardown.flatMap((step) => [
    ...(typeof step.command === 'string' ? [step.command] : Object.values(step.command)),
    ...(step.completes?.partial.names.flatMap((n) =>
      step.completes!.partial.subcommands.flatMap((s) =>
        step.completes!.option ? [`${n} ${s}`, `${n} ${s} ${step.completes!.option}`] : [],
      ),
    ) ?? []),
  ]),
).map((command) => command.split(' ').map((word) => word.replace(/^~/, '/root')));

// Install flags, and the option that completes an author's partial clean-up where it stands (`zypper clean --all`).
const insertedFlags = new Set(
  MANAGERS.flatMap((m) => [
    ...(m.flags ?? []).map((f) => f.flag),
    ...m.teardown.flatMap((step) => (step.completes?.option ? [step.completes.option] : [])),
  ]),
);

export function isTeardownCall(argv: string[]): boolean {
  const program = invokedProgram(argv);
  const called = [posix.basename(program[0] ?? ''), ...program.slice(1)];
  return teardownCommands.some((t) => t.length === called.length && t.every((word, i) => word === called[i]));
}

export function withoutInsertedFlags(argv: string[]): string[] {
  return argv.filter((a) => !insertedFlags.has(a));
}

export const equivalenceOptions = { teardown: isTeardownCall, normaliseArgv: withoutInsertedFlags };

/**
 * A teardown is called the way the install was: under the same `sudo`/`doas` (with its options and `NAME=value`
 * words), and through the same interpreter (`php composer.phar clear-cache`). What is left is the command itself.
 */
function invokedProgram(argv: string[]): string[] {
  let i = 0;
  if (['sudo', 'doas'].includes(posix.basename(argv[0] ?? ''))) {
    i = 1;
    while (i < argv.length && (argv[i]!.startsWith('-') || /^\w+=/.test(argv[i]!)))
      i += ['-u', '-g', '-C', '-D', '-h', '-p', '-R', '-r', '-t', '-T', '-U'].includes(argv[i]!) ? 2 : 1;
  }
  if (/^php[\d.]*$/.test(posix.basename(argv[i] ?? ''))) i++;
  return argv.slice(i);
}
