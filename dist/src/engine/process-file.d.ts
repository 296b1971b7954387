import { type SquashOptions } from '../transform.js';
import { type LocatedFix } from '../fix/locate.js';
import { type FileErrorKind, type Reason } from './errors.js';
export type FileStatus = 'changed' | 'unchanged' | 'skipped' | 'error';
export interface HeldBackFix {
    ruleId: string;
    message: string;
    applicability: string;
}
export interface FileResult {
    /** The path as reported (relative to the working directory when the user gave a relative path). */
    path: string;
    status: FileStatus;
    /** Why a file was skipped or failed, one line. */
    message?: string;
    /** What it is counted under in the summary; for an error, fixed by its kind. */
    reason?: Reason;
    /** The kind of error (error results only). */
    kind?: FileErrorKind;
    /** An operand (directory, glob or missing path) rather than a file: it is counted as an error, not a file. */
    operand?: boolean;
    written: boolean;
    /** Applied fixes, located on the original text. */
    fixes: LocatedFix[];
    /** Unsafe fixes not applied because --unsafe was off. */
    heldBack: HeldBackFix[];
    /** Build stages left as they are because their filesystem never ships (see --all-stages). */
    stagesNotShipping: number;
    /** Present when asked for (ProcessWants). */
    original?: string;
    output?: string;
    diff?: string;
}
/** The per-file options after config files and flags are combined. Plain data: it crosses to worker threads. */
export interface FileOptions extends SquashOptions {
    only: string[];
    disable: string[];
    /** Absolute paths of custom transform modules. */
    transforms: string[];
}
export interface ProcessWants {
    /** Keep the original and output text in the result (stdin mode, the API, SARIF needs neither). */
    text: boolean;
    /** Compute the unified diff of a changed file. */
    diff: boolean;
    /** Attach each fix's replacements on the original text (SARIF fixes, the API). */
    replacements?: boolean;
}
export interface FileTask {
    path: string;
    absolute: string;
    options: FileOptions;
}
export declare const DEFAULT_FILE_OPTIONS: FileOptions;
export declare function processFile(task: FileTask, write: boolean, wants: ProcessWants): Promise<FileResult>;
/**
 * The text-only part, shared with stdin mode. The result keeps `original` and `output` (the caller drops them
 * when they are not wanted: a write needs the output).
 */
export declare function processText(path: string, original: string, options: FileOptions, wants: ProcessWants): Promise<FileResult>;
/** A failed file: its reason follows from the error's kind alone. */
export declare function failed(path: string, error: unknown): FileResult;
