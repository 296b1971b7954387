/**
 * What errexit (`set -e`, or a SHELL with -e) means for text added after a body. POSIX ignores -e in every
 * command of an AND-OR list but the last, and inside any compound command or function run there, so
 * `for …; done && next` switches errexit off inside the loop. And under -e, a compound whose non-zero status
 * came from such an ignored failure (`{ a && b; }` when `a` fails) does not stop the shell either, so
 * `; next` is only exact after a statement whose failure always ends the shell.
 * Checked in dash and bash; test/property/errexit.test.ts runs both.
 */
import type { SyntaxNode } from './syntax-tree.js';
export type ErrexitAfter = 'unchanged' | 'on' | 'off' | 'unknown';
export interface ErrexitFacts {
    /** How the body leaves errexit for code after it ('unknown': a `set` we cannot follow). */
    errexitAfter: ErrexitAfter;
    /**
     * The last pipeline of the last statement runs a compound command, a function of the body, `eval` or `.`:
     * errexit (when on) acts inside it, and `&& next` after it would switch that off.
     */
    tailNeedsErrexit: boolean;
    /** Under errexit, a non-zero status of the last statement always stops the shell (so `; next` is exact). */
    lastFailureExits: boolean;
}
export declare function errexitFacts(statements: SyntaxNode[], root: SyntaxNode): ErrexitFacts;
