/**
 * A one-line progress bar on stderr for long runs: done/total, percent and an estimate of the time left. Shown
 * only on a terminal, never under CI or --quiet, and only once a run has taken half a second (short runs would
 * just flicker). Redrawn at most ten times a second.
 */

export interface ProgressSink {
  write(text: string): void;
  columns: number;
}

export class ProgressBar {
  private readonly started: number;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly sink: ProgressSink,
    private readonly delayMs = 500,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  update(done: number, total: number): void {
    const now = this.now();
    const elapsed = now - this.started;
    if (elapsed < this.delayMs || (now - this.lastDraw < 100 && done < total)) return;
    this.lastDraw = now;
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    const eta = done === 0 ? '' : ` · ETA ${duration(((total - done) * elapsed) / done)}`;
    const label = ` ${done}/${total} files · ${percent}%${eta}`;
    const width = Math.max(10, Math.min(40, this.sink.columns - label.length - 3));
    const filled = total === 0 ? width : Math.round((done / total) * width);
    this.sink.write(`\r\u001b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${label}`);
    this.drawn = true;
  }

  /** Erases the bar so what follows starts on a clean line. */
  clear(): void {
    if (this.drawn) this.sink.write('\r\u001b[2K');
    this.drawn = false;
  }
}

function duration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
}

/** Whether to show a bar at all: an interactive terminal on stderr, not CI, not --quiet. */
export function wantsProgress(env: Record<string, string | undefined>, stderrIsTTY: boolean, quiet: boolean): boolean {
  return stderrIsTTY && !quiet && !env['CI'] && env['TERM'] !== 'dumb';
}
