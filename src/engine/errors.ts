/**
 * One error model for the library. Every failure has a kind; a per-file failure is counted under the fixed
 * reason of its kind (the words the summary and the JSON report use), never under a pattern matched in its
 * message. Messages say what went wrong in the library's own terms (a key, a path, a transform id), never in
 * terms of command-line flags: the CLI owns those, and maps each kind to an exit code in one table.
 */
import { InputError } from '../document/source.js';
import { FixError, type LeftAlone } from '../fix/loop.js';

export type ErrorKind =
  /** The request itself is wrong: an unknown transform id, a transform module that cannot be loaded. */
  | 'usage'
  /** A config file or an ignore file that cannot be read or is invalid. */
  | 'config'
  /** A directory or glob operand with no Dockerfile in it. */
  | 'unmatched'
  /** A file or operand that cannot be read (missing, permission denied). */
  | 'unreadable'
  /** A file that is not a Dockerfile we can work on: binary, not UTF-8, too large, lone CR line endings. */
  | 'not-dockerfile'
  /** A Dockerfile that does not parse (unterminated heredoc, a RUN that is not valid shell). */
  | 'parse'
  /** A transform threw, or its fixes did not settle, or broke the file: the file is left as it was. */
  | 'transform'
  /** The rewrite could not be written (read-only, changed meanwhile, disk full). */
  | 'not-written'
  /** A bug in dockerfile-squash. */
  | 'internal';

/** The per-file reasons, one per kind a file can fail with. */
export const REASONS = {
  unmatched: 'unmatched pattern',
  unreadable: 'unreadable',
  'not-dockerfile': 'not a Dockerfile',
  parse: 'parse error',
  transform: 'transform error',
  'not-written': 'not written',
  internal: 'internal error',
} as const satisfies Partial<Record<ErrorKind, string>>;

export type FileErrorKind = keyof typeof REASONS;
/** Why a file was skipped on purpose (see LeftAlone in src/fix/loop.ts). */
export type SkipReason = NonNullable<LeftAlone>['reason'];
export type Reason = (typeof REASONS)[FileErrorKind] | SkipReason;

export class SquashError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'SquashError';
  }
}

/** The kind of any error the pipeline may meet; whatever we did not raise on purpose is internal. */
export function kindOf(error: unknown): ErrorKind {
  if (error instanceof SquashError) return error.kind;
  if (error instanceof InputError) return error.kind;
  if (error instanceof FixError) return 'transform';
  return 'internal';
}

/** One line for a per-file failure: the transform is named, and an internal error asks to be reported. */
export function messageOf(error: unknown): string {
  if (error instanceof FixError)
    return `${error.transformId ? `[${error.transformId}] ` : ''}${error.message}; file left unchanged`;
  if (kindOf(error) === 'internal') return internalErrorMessage(error);
  return (error as Error).message;
}

export function internalErrorMessage(error: unknown): string {
  const what = error instanceof Error ? error.message : String(error);
  return `internal error: ${what.split('\n')[0]} (a bug in dockerfile-squash: please report it, with the file that triggers it)`;
}
