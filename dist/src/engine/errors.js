/**
 * One error model for the library. Every failure has a kind; a per-file failure is counted under the fixed
 * reason of its kind (the words the summary and the JSON report use), never under a pattern matched in its
 * message. Messages say what went wrong in the library's own terms (a key, a path, a transform id), never in
 * terms of command-line flags: the CLI owns those, and maps each kind to an exit code in one table.
 */
import { InputError } from '../document/source.js';
import { FixError } from '../fix/loop.js';
/** The per-file reasons, one per kind a file can fail with. */
export const REASONS = {
    unmatched: 'unmatched pattern',
    unreadable: 'unreadable',
    'not-dockerfile': 'not a Dockerfile',
    parse: 'parse error',
    transform: 'transform error',
    'not-written': 'not written',
    internal: 'internal error',
};
export class SquashError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = 'SquashError';
    }
}
/** The kind of any error the pipeline may meet; whatever we did not raise on purpose is internal. */
export function kindOf(error) {
    if (error instanceof SquashError)
        return error.kind;
    if (error instanceof InputError)
        return error.kind;
    if (error instanceof FixError)
        return 'transform';
    return 'internal';
}
/** One line for a per-file failure: the transform is named, and an internal error asks to be reported. */
export function messageOf(error) {
    if (error instanceof FixError)
        return `${error.transformId ? `[${error.transformId}] ` : ''}${error.message}; file left unchanged`;
    if (kindOf(error) === 'internal')
        return internalErrorMessage(error);
    return error.message;
}
export function internalErrorMessage(error) {
    const what = error instanceof Error ? error.message : String(error);
    return `internal error: ${what.split('\n')[0]} (a bug in dockerfile-squash: please report it, with the file that triggers it)`;
}
