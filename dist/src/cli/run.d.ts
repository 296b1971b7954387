export interface CliIo {
    cwd: string;
    env: Record<string, string | undefined>;
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    readStdin: () => Promise<string>;
    stdoutIsTTY: boolean;
    stderrIsTTY?: boolean;
    /** Terminal width for the progress bar. */
    columns?: number;
}
export declare function runCli(argv: string[], io: CliIo, version?: string): Promise<number>;
