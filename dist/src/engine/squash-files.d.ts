import type { FileResult } from './process-file.js';
import { type Summary } from './summary.js';
export interface SquashFilesOptions {
    /** Relative paths are resolved against it (default: process.cwd()). */
    cwd?: string;
    /** Write changed files (atomically). Default false. */
    write?: boolean;
    unsafe?: boolean;
    merge?: 'manager' | 'all';
    allStages?: boolean;
    only?: string[];
    disable?: string[];
    /** Custom transform modules (paths), as `--transform`. */
    transforms?: string[];
    /** true (default): search config files from each file upwards; a path: use that file; false: none. */
    config?: boolean | string;
    /** Extra ignore files (.gitignore syntax). */
    ignorePath?: string[];
    /** Worker threads; default automatic. 1 = this thread only. */
    jobs?: number;
    /** Include the unified diff of each changed file. Default false. */
    diff?: boolean;
}
export interface SquashFileResult extends Omit<FileResult, 'original'> {
    /** The squashed text (the input itself when nothing applies); absent when the file failed. */
    output?: string;
}
export interface SquashFilesResult {
    /** One entry per file found (and per operand that matched nothing), in sorted input order. */
    files: SquashFileResult[];
    summary: Summary;
}
export declare function squashFiles(paths: string | readonly string[], options?: SquashFilesOptions): Promise<SquashFilesResult>;
