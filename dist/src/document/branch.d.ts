/**
 * Where a command sits among conditional branches: `if c; then apt-get install x; fi` installs only when `c`
 * holds, so a clean-up of what it wrote belongs inside that branch, not after `fi` (where it would also run when
 * nothing was installed, or the manager does not even exist).
 */
import type { SyntaxNode } from './syntax-tree.js';
export interface ShellBranch {
    /** Offset of the `if` or `case` the branch belongs to: branches of one construct share it. */
    construct: number;
    /** Offset of the branch body's first statement: two commands with the same `start` share a branch. */
    start: number;
    /** Offset just after the branch body's last statement: where `&& next` continues that statement. */
    lastStatementEnd: number;
    /** The body's last statement is commands (or pipelines) joined by `&&` only: `&& next` joins it as it is. */
    endsInAndChain: boolean;
    /**
     * Nothing runs after the branch body's last statement: the construct is the last statement of the body, and so
     * is every construct around it. Then the body's status is that statement's status, whatever errexit does.
     */
    endsBody: boolean;
}
/**
 * The branch that the commands under each child of `node` run in, for a branch container (`then`/`elif`/`else`
 * part, case item): its body's statements map to its branch; a child missing from the map (its condition) runs in
 * none, and neither does anything under a loop or function around the construct (a clean-up there would run per
 * iteration or call). Null for any other node: its children run where it runs. The shell analysis passes this down
 * its walk, so each command gets its innermost branch without climbing the tree (a climb per command costs the
 * depth of the tree, and an `&&` chain nests as deep as it is long).
 */
export declare function branchesBelow(node: SyntaxNode): Map<SyntaxNode, ShellBranch> | null;
