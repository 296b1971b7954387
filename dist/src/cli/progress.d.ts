/**
 * A one-line progress bar on stderr for long runs: done/total, percent and an estimate of the time left. Shown
 * only on a terminal, never under CI or --quiet, and only once a run has taken half a second (short runs would
 * just flicker). Redrawn at most ten times a second.
 */
export interface ProgressSink {
    write(text: string): void;
    columns: number;
}
export declare class ProgressBar {
    private readonly sink;
    private readonly delayMs;
    private readonly now;
    private readonly started;
    private lastDraw;
    private drawn;
    constructor(sink: ProgressSink, delayMs?: number, now?: () => number);
    update(done: number, total: number): void;
    /** Erases the bar so what follows starts on a clean line. */
    clear(): void;
}
/** Whether to show a bar at all: an interactive terminal on stderr, not CI, not --quiet. */
export declare function wantsProgress(env: Record<string, string | undefined>, stderrIsTTY: boolean, quiet: boolean): boolean;
