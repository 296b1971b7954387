import { type ShellBranch } from './branch.js';
import { type ErrexitFacts } from './errexit.js';
export interface ShellWord {
    /** Source text of the word as written (quotes included). */
    raw: string;
    /** The word's value when it is fully static (no expansion), quotes removed; null otherwise. */
    value: string | null;
    /** True when some part of the word was quoted or escaped (so globs in it are literal). */
    quoted: boolean;
    start: number;
    end: number;
}
export interface ShellCommand {
    /** Command name after stripping wrappers such as `sudo` or `env K=V`; null when not static. */
    name: string | null;
    args: ShellWord[];
    /** Name word plus arguments, wrappers stripped. */
    words: ShellWord[];
    /** Prefix assignments (`A=1 cmd`, `env A=1 cmd`) as `NAME=value` (value null when not static). */
    assignments: {
        name: string;
        value: string | null;
    }[];
    /** Files its own output redirections write (`echo "deb …" > /etc/apt/sources.list.d/x.list`). */
    writes: ShellWord[];
    /** The wrappers stripped before `name`, each with its own options and assignments (`sudo -E`, `env A=1`). */
    wrappers: {
        name: string;
        words: ShellWord[];
    }[];
    start: number;
    end: number;
    /** Inside `( … )`, `$( … )` or a pipeline: its shell state cannot reach later commands. */
    isolated: boolean;
    /** The innermost `if`/`case` branch it runs in (null at top level, or under a loop or function). */
    branch: ShellBranch | null;
}
export interface ShellInfo extends ErrexitFacts {
    hasError: boolean;
    /**
     * The error is an unclosed construct running into the end of the body (a quote, `$(`, `if` without `fi`): the
     * text is not a shell script. Other errors are mostly valid shell that tree-sitter-bash does not read (`case`
     * patterns with a leading `(`, a comment in backquotes, `done done`): such a RUN is left alone, not refused.
     */
    unterminated: boolean;
    commands: ShellCommand[];
    /** One statement, only `&&` between its commands: can be joined into an `&&` chain without grouping. */
    isPlainAndChain: boolean;
    /** Something in the body can change the shell state seen by code that runs after it. */
    changesShellState: boolean;
    /** The body turns on errexit, which POSIX ignores inside an AND-OR list other than its last element. */
    setsErrexit: boolean;
    /** A `#` comment in the logical body: text appended on the same logical line would be commented out. */
    hasComment: boolean;
    /** A top-level `&`: a background job that the end of the original RUN would have ended. */
    hasBackgroundJob: boolean;
    /** Logical offset just after the last top-level statement, where `&& next` can be inserted. */
    lastStatementEnd: number;
    /** Destinations of output redirections (`> f`, `>> f`, `&> f`): files the body creates. */
    writtenFiles: ShellWord[];
    /** Here-documents, each with the command that reads it on stdin (null when that is not a simple command). */
    heredocs: HeredocInput[];
    /** `export NAME=value`, in order (subshells included): what the commands after `start` may see in their environment. */
    exports: {
        name: string;
        value: string | null;
        start: number;
    }[];
    /** Variable assignments that stand alone (`deps="a b"`, `export deps=…`), not as a command prefix, in order. */
    variables: {
        name: string;
        value: string | null;
        start: number;
    }[];
}
export interface HeredocInput {
    /** Index into `commands` of the command whose stdin it is. */
    command: number | null;
    /** The document's lines, as written (before any expansion). */
    body: string;
}
/**
 * Where the two WASM files come from in a browser (the playground): URLs on the page's own origin. Under Node
 * they are read from web-tree-sitter and this package's grammar/.
 */
export interface ShellWasmUrls {
    /** web-tree-sitter's runtime, `web-tree-sitter.wasm`. */
    runtime: string;
    /** The bash grammar, `tree-sitter-bash.wasm`. */
    grammar: string;
}
/** Loads the WASM grammar once per process; every other call in this module is synchronous. */
export declare function initShellParser(urls?: ShellWasmUrls): Promise<void>;
export declare function analyseShell(body: string): ShellInfo;
/**
 * Only whether the body parses, as a ShellInfo with no commands, for a file no transform will read (see
 * parseDocument's `shellTrees`): the tree is never walked.
 */
export declare function checkShell(body: string): ShellInfo;
