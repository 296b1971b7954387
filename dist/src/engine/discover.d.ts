import type { Ignore } from 'ignore';
import { DirIndex } from './dir-index.js';
import { type FileErrorKind } from './errors.js';
/** Read from the working directory when no ignore file is named; a missing one is fine. */
export declare const DEFAULT_IGNORE_FILE = ".dockerfile-squashignore";
export declare const DOCKERFILE_GLOBS: string[];
/** A name the Dockerfile globs matched that is a Dockerfile indeed (see NOT_DOCKERFILE_EXTENSIONS). */
export declare function isDockerfileName(path: string): boolean;
export interface Discovered {
    /** Paths as reported: relative to the working directory unless the operand was absolute. Sorted per operand. */
    files: string[];
    /** Files named on the command line (not found by walking or globbing): ignore files never drop them. */
    explicit: Set<string>;
    /** Operands that matched nothing or could not be read, with the reason. */
    errors: OperandError[];
    /** Where .gitignore and config files are, as far as the crawl saw. */
    index: DirIndex;
}
export interface OperandError {
    path: string;
    kind: Extract<FileErrorKind, 'unmatched' | 'unreadable'>;
    message: string;
}
export interface DiscoverOptions {
    cwd: string;
    /**
     * Ignore files (.gitignore syntax); patterns are relative to the ignore file's directory. Undefined: the
     * default ignore file, if the working directory has one.
     */
    ignorePaths: string[] | undefined;
    /** false: a directory or glob with no Dockerfile is not reported. */
    errorOnUnmatchedPattern: boolean;
}
export declare function discover(operands: string[], options: DiscoverOptions): Promise<Discovered>;
/** A .gitignore-syntax file that applies to its own directory and below. */
export interface IgnoreFile {
    dir: string;
    rules: Ignore;
}
export declare function readIgnoreFile(path: string): Promise<IgnoreFile>;
export declare function ignoredBy(file: IgnoreFile, absolutePath: string): boolean;
