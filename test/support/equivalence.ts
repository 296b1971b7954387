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
  const called = [posix.basename(argv[0] ?? ''), ...argv.slice(1)];
  return teardownCommands.some((t) => t.length === called.length && t.every((word, i) => word === called[i]));
}

export function withoutInsertedFlags(argv: string[]): string[] {
  return argv.filter((a) => !insertedFlags.has(a));
}

export const equivalenceOptions = { teardown: isTeardownCall, normaliseArgv: withoutInsertedFlags };
