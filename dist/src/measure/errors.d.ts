/** Errors `measure` reports to its caller; the CLI prints `message` and exits with `exitCode`. */
export type MeasureErrorKind = 
/** The `docker` CLI is missing, or no daemon answers `docker info`. */
'no-daemon'
/** `docker build` of the original or the rewritten Dockerfile failed. */
 | 'build-failed'
/** Another docker command (inspect, history) failed or printed something unexpected. */
 | 'docker-failed'
/** Bad options: missing Dockerfile or context, malformed --build-arg. */
 | 'input'
/** The caller aborted (AbortSignal). */
 | 'aborted';
export declare class MeasureError extends Error {
    readonly kind: MeasureErrorKind;
    readonly exitCode: number;
    /** Which build failed, for `build-failed`. */
    readonly build?: 'before' | 'after';
    /** The last lines of the failed build's log, for `build-failed`. */
    readonly logTail?: string;
    constructor(kind: MeasureErrorKind, message: string, extra?: {
        exitCode?: number;
        build?: 'before' | 'after';
        logTail?: string;
    });
}
