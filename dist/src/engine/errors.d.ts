/** Errors the engine reports to its callers. */
/** A request the caller got wrong (an unknown transform id, a transform module that cannot be loaded). */
export declare class UsageError extends Error {
}
