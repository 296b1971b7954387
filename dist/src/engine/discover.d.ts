import type { Ignore } from 'ignore';
import { DirIndex } from './dir-index.js';
export declare const DOCKERFILE_GLOBS: string[];
export interface Discovered {
    /** Paths as reported: relative to the working directory unless the operand was absolute. Sorted per operand. */
    files: string[];
    /** Files named on the command line (not found by walking or globbing): ignore files never drop them. */
    explicit: Set<string>;
    /** Operands that matched nothing or could not be read, with the reason. */
    errors: {
        path: string;
        message: string;
    }[];
    /** Where .gitignore and config files are, as far as the crawl saw. */
    index: DirIndex;
}
export interface DiscoverOptions {
    cwd: string;
    /** Extra ignore files (.gitignore syntax); patterns are relative to the ignore file's directory. */
    ignorePaths: string[];
}
export declare function discover(operands: string[], options: DiscoverOptions): Promise<Discovered>;
/** A .gitignore-syntax file that applies to its own directory and below. */
export interface IgnoreFile {
    dir: string;
    rules: Ignore;
}
export declare function readIgnoreFile(path: string): Promise<IgnoreFile>;
export declare function ignoredBy(file: IgnoreFile, absolutePath: string): boolean;
