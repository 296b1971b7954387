import { type FileResult } from './process-file.js';
import { type Summary } from './summary.js';
import type { ENGINE_OPTIONS, OptionsOf } from './options.js';
/** Options from the table in options.ts (write, unsafe, merge, only, transforms, config, jobs, ...). */
export type SquashFilesOptions = OptionsOf<typeof ENGINE_OPTIONS, 'api'> & SquashFilesHooks;
export interface SquashFilesHooks {
    /** Each result, in sorted input order, as soon as it and every one before it is done. */
    onResult?: (result: SquashFileResult, index: number) => void;
    /** (0, total) once the files are known, then (done, total) as files finish. */
    onProgress?: (done: number, total: number) => void;
    /** Keep every result and return them (default true); false: results only reach onResult, memory stays flat. */
    retain?: boolean;
    /** Include each file's original and squashed text (default true). */
    text?: boolean;
    /** Include each fix's replacements on the original text (default true). */
    replacements?: boolean;
}
export type SquashFileResult = FileResult;
export interface SquashFilesResult {
    /** One entry per file found (and per operand that matched nothing), in sorted input order. */
    files: SquashFileResult[];
    summary: Summary;
}
export declare function squashFiles(paths: string | readonly string[], options?: SquashFilesOptions): Promise<SquashFilesResult>;
export interface SquashTextOptions extends Omit<SquashFilesOptions, 'write' | 'jobs' | 'retain' | 'onResult'> {
    /** The path the text stands for: config files are looked up from it (default: `Dockerfile` in cwd). */
    filepath?: string;
}
/** One text through the same pipeline as a file; the result carries `output` (and `diff` when asked). */
export declare function squashText(text: string, options?: SquashTextOptions): Promise<SquashFileResult>;
