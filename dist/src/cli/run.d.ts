export interface CliIo {
    cwd: string;
    env: Record<string, string | undefined>;
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    readStdin: () => Promise<string>;
    stdoutIsTTY: boolean;
    stderrIsTTY?: boolean;
    /** Terminal width (of stderr), for the progress bar and the summary. */
    columns?: number;
    /** A batch's progress: (0, total) once the files are known, then (done, total) as they finish. */
    onProgress?: (done: number, total: number) => void;
}
export declare function runCli(argv: string[], io: CliIo, version?: string): Promise<number>;
