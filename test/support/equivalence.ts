/**
 * What the rewrite may add, derived from the manager descriptors (not hand-listed): teardown commands
 * (called by name or by path) and inserted flags. Everything else must match call for call.
 */
import { posix } from 'node:path';
import { MANAGERS } from '../../transforms/index.js';

const teardownCommands: string[][] = MANAGERS.flatMap((m) =>
  m.teardown.flatMap((step) => (typeof step.command === 'string' ? [step.command] : Object.values(step.command))),
).map((command) => command.split(' ').map((word) => word.replace(/^~/, '/root')));

const insertedFlags = new Set(MANAGERS.flatMap((m) => (m.flags ?? []).map((f) => f.flag)));

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
