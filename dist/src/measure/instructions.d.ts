export interface RunInstruction {
    /** 1-based line of the RUN keyword. */
    line: number;
    /** 0-based index of the stage (FROM) it belongs to; -1 before the first FROM. */
    stage: number;
    form: 'shell' | 'exec' | 'heredoc';
    /** What the history's CreatedBy ends with, whitespace collapsed (shell: the command; exec: argv joined by spaces). */
    command: string;
}
export declare function collapseWhitespace(text: string): string;
/** RUN instructions of every stage, in file order. */
export declare function scanRuns(text: string): RunInstruction[];
/**
 * Whether the legacy builder cannot build this text: a `# syntax=` directive, RUN --mount/--network/--security,
 * heredocs, or COPY/ADD flags only BuildKit knows.
 */
export declare function needsBuildKit(text: string): boolean;
