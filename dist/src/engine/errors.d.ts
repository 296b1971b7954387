import { type LeftAlone } from '../fix/loop.js';
export type ErrorKind = 
/** The request itself is wrong: an unknown transform id, a transform module that cannot be loaded. */
'usage'
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
export declare const REASONS: {
    readonly unmatched: 'unmatched pattern';
    readonly unreadable: 'unreadable';
    readonly 'not-dockerfile': 'not a Dockerfile';
    readonly parse: 'parse error';
    readonly transform: 'transform error';
    readonly 'not-written': 'not written';
    readonly internal: 'internal error';
};
export type FileErrorKind = keyof typeof REASONS;
/** Why a file was skipped on purpose (see LeftAlone in src/fix/loop.ts). */
export type SkipReason = NonNullable<LeftAlone>['reason'];
export type Reason = (typeof REASONS)[FileErrorKind] | SkipReason;
export declare class SquashError extends Error {
    readonly kind: ErrorKind;
    constructor(kind: ErrorKind, message: string);
}
/** The kind of any error the pipeline may meet; whatever we did not raise on purpose is internal. */
export declare function kindOf(error: unknown): ErrorKind;
/** One line for a per-file failure: the transform is named, and an internal error asks to be reported. */
export declare function messageOf(error: unknown): string;
export declare function internalErrorMessage(error: unknown): string;
