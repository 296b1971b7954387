/**
 * Inline suppressions. Our own `# dockerfile-squash ignore[=ids]` and `ignore-file`, plus hadolint's
 * `# hadolint ignore=DLxxxx` so files already annotated for hadolint keep their meaning. Codes are kept as
 * written; transforms ask `isSuppressed` with the rule id and any hadolint codes that correspond to it.
 */
export interface Pragmas {
    /** `# dockerfile-squash ignore` with no ids: leave the instruction alone entirely. */
    all: boolean;
    ids: Set<string>;
}
export declare const NO_PRAGMAS: Pragmas;
export declare function parsePragmas(commentLines: string[]): Pragmas;
export declare function isIgnoreFile(line: string): boolean;
export declare function globalIgnoresOf(line: string): string[];
/** Any ignore pragma at all (ours or hadolint's) sits above the instruction. */
export declare function hasIgnorePragma(pragmas: Pragmas): boolean;
/** True when any of `keys` (a rule id such as `merge-runs`, `teardown:apt`, or a code such as `DL3059`) is ignored. */
export declare function isSuppressed(pragmas: Pragmas, globalIgnores: Set<string>, keys: string[]): boolean;
