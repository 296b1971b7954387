/**
 * A one-line progress bar on stderr for long runs: shown only on a TTY, never under CI or --quiet, and only once
 * a run has taken more than a second (short runs would just flicker). Redrawn at most ten times a second.
 */
export class ProgressBar {
    sink;
    delayMs;
    started = Date.now();
    lastDraw = 0;
    drawn = false;
    constructor(sink, delayMs = 1_000) {
        this.sink = sink;
        this.delayMs = delayMs;
    }
    update(done, total) {
        const now = Date.now();
        if (now - this.started < this.delayMs || (now - this.lastDraw < 100 && done < total))
            return;
        this.lastDraw = now;
        const label = ` ${done}/${total} files`;
        const width = Math.max(10, Math.min(40, this.sink.columns - label.length - 4));
        const filled = total === 0 ? width : Math.round((done / total) * width);
        this.sink.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${label}`);
        this.drawn = true;
    }
    /** Erases the bar so the summary starts on a clean line. */
    clear() {
        if (this.drawn)
            this.sink.write('\r\u001b[2K');
        this.drawn = false;
    }
}
/** Whether to show a bar at all: an interactive terminal on stderr, not CI, not --quiet. */
export function wantsProgress(env, stderrIsTTY, quiet) {
    return stderrIsTTY && !quiet && !env['CI'] && env['TERM'] !== 'dumb';
}
