import type { LineEnding } from './source.js';
import type { LogicalBody } from './logical-body.js';
import type { ShellInfo } from './shell.js';
import type { RunFacts } from './run-facts.js';
import type { Pragmas } from './pragmas.js';
import type { ContinuationStyle } from './style.js';
/** The immutable model every transform reads. Offsets index `text` (the BOM-less source). */
export interface Document {
    text: string;
    eol: LineEnding;
    escapeChar: string;
    instructions: Instruction[];
    stages: Stage[];
    style: ContinuationStyle;
    /** `# dockerfile-squash ignore-file` */
    ignoreFile: boolean;
    /** Rule ids (and hadolint codes) ignored for the whole file by `# hadolint global ignore=…`. */
    globalIgnores: Set<string>;
    /**
     * Why the whole file is left as it is though it is no error (a Windows image, a Jinja/Go/ERB template):
     * reported as skipped.
     */
    leftAlone: {
        reason: 'Windows image' | 'non-POSIX SHELL' | 'template';
        message: string;
    } | null;
    /** Input we refuse to rewrite: the file is left as it is and the problems are reported. */
    problems: Problem[];
}
export interface Problem {
    line: number;
    message: string;
}
export interface Instruction {
    index: number;
    /** Upper-case keyword. */
    keyword: string;
    start: number;
    /** End of the instruction's last meaningful character (trailing blanks and dangling comments excluded). */
    end: number;
    /** Index into Document.stages; -1 for the global instructions before the first FROM. */
    stage: number;
    pragmas: Pragmas;
    run: RunDetails | null;
    /** `ONBUILD RUN …`: the RUN that every build FROM this image runs (after all of this stage). */
    onbuildRun: RunDetails | null;
    /**
     * Variables set by ENV and ARG before this instruction in its stage (and in the stages it is built FROM),
     * as written (not expanded). ARG without a default maps to null.
     */
    env: ReadonlyMap<string, string | null>;
    /** ENV and ARG: the pairs this instruction sets, with the value as written in the source (null: ARG without default). */
    assignments: {
        name: string;
        value: string | null;
        raw: string | null;
    }[];
    /** The USER in effect (from this stage or the stage it is built FROM); null when never set (root). */
    user: string | null;
}
export type RunForm = 'shell' | 'exec' | 'heredoc';
export interface RunFlag {
    name: string;
    value: string | null;
    text: string;
}
export interface Mount {
    type: string;
    target: string | null;
    options: Record<string, string>;
}
export interface RunDetails {
    form: RunForm;
    flags: RunFlag[];
    mounts: Mount[];
    /** Flags normalised for comparison: order-insensitive. */
    flagKey: string;
    /** Source offset where the command text starts (after the keyword and flags). */
    bodyStart: number;
    /** Source offset just after the last character of the logical body. */
    bodyEnd: number;
    logical: LogicalBody | null;
    shell: ShellInfo | null;
    /** What the RUN executes, whatever its form (shell, exec, heredoc): for questions about what runs, not for edits. */
    facts: RunFacts;
    /** The stage's SHELL at this point is a POSIX shell (sh, bash, dash, ash, zsh …). */
    posixShell: boolean;
    /** That SHELL runs with errexit (`-e`, `-o errexit`). */
    shellErrexit: boolean;
    /**
     * A heredoc RUN whose single heredoc is a POSIX shell script (then `logical` is the script and `shell` its
     * analysis); null otherwise.
     */
    heredoc: HeredocScript | null;
}
/**
 * `RUN <<EOF` (the builder runs the script with the SHELL, or by its sh/bash/dash shebang), or the script fed to
 * `sh`/`bash`/`dash` with options only (`RUN <<EOF bash -e`, `RUN bash -ex <<'EOF'`).
 */
export interface HeredocScript {
    /** From the end of the flags to the end of the marker's line: RUNs with the same header run their scripts alike. */
    header: string;
    /** Errexit is on before the first line: `bash -e <<EOF`, a `#!/bin/sh -e` shebang, a SHELL with -e around `<<EOF`. */
    errexit: boolean;
    /** Source offsets of the script's first character and of the end of its last line. */
    contentStart: number;
    contentEnd: number;
    /** `<<-`: leading tabs are stripped from every line. */
    stripsTabs: boolean;
}
export interface Stage {
    index: number;
    name: string | null;
    base: string;
    /** Index of the earlier stage this one is built FROM, if any. */
    baseStage: number | null;
    /**
     * The image at the root of the stage's FROM chain (`FROM ubi9 AS base` … `FROM base`: ubi9), with the global ARG
     * defaults substituted as the builder does without --build-arg; a `$` is left where only the build knows.
     */
    image: string;
    /** A Windows image (by its reference, or built FROM a stage that is one): its RUNs are not POSIX shell. */
    windows: boolean;
    /** Its filesystem ends up in the image: the last stage, or a stage a shipping stage is built FROM. */
    ships: boolean;
    /**
     * Every `COPY --from=<this stage>`: the stage it copies into and the trees it takes (`/` for `COPY --from=build
     * / /`; a source named by a variable is left out). Its files there reach that stage even when its layers do not.
     */
    copiedBy: {
        stage: number;
        paths: string[];
    }[];
    instructions: number[];
}
