/** Errors `measure` reports to its caller; the CLI prints `message` and exits with `exitCode`. */
export class MeasureError extends Error {
    kind;
    exitCode;
    /** Which build failed, for `build-failed`. */
    build;
    /** The last lines of the failed build's log, for `build-failed`. */
    logTail;
    constructor(kind, message, extra = {}) {
        super(message);
        this.name = 'MeasureError';
        this.kind = kind;
        this.exitCode = extra.exitCode ?? 2;
        if (extra.build)
            this.build = extra.build;
        if (extra.logTail !== undefined)
            this.logTail = extra.logTail;
    }
}
