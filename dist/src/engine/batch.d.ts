import { type OperandError } from './discover.js';
import { type ResolvedConfig } from './config.js';
import type { FileConfig } from './options.js';
import { type FileOptions, type FileResult, type FileTask, type ProcessWants } from './process-file.js';
/** Below this many files the main thread does the work: starting workers costs more than it saves. */
export declare const WORKER_THRESHOLD = 48;
export interface PlanSettings {
    cwd: string;
    /** Ignore files (relative to cwd); undefined: the default one if present. */
    ignorePaths: string[] | undefined;
    errorOnUnmatchedPattern: boolean;
    /** Options given explicitly (by the caller, e.g. command-line flags): they win over config files. */
    overrides: Partial<Omit<FileOptions, 'transforms'>>;
    /** Absolute paths of custom transform modules. */
    transforms: string[];
    /** false: no config files; a string: use that file for every path; true: search from each file upwards. */
    config: boolean | string;
    /** Transform ids a config's only/disable may name. */
    knownIds: ReadonlySet<string>;
}
export interface Plan {
    tasks: FileTask[];
    operandErrors: OperandError[];
    /** Config files in use, for --debug style reporting and tests. */
    configs: string[];
}
export declare function planFiles(operands: string[], settings: PlanSettings): Promise<Plan>;
/** A config's only/disable must name transforms that exist (built-in or loaded with --transform). */
export declare function checkConfigIds(resolved: ResolvedConfig, knownIds: ReadonlySet<string>): void;
/**
 * Config file values, then flags over them, then defaults under both. `ignoredRules`: what the nearest
 * `.hadolint.yaml` ignores.
 */
export declare function fileOptions(config: FileConfig, settings: Pick<PlanSettings, 'overrides' | 'transforms'>, ignoredRules?: string[]): FileOptions;
export interface RunOptions {
    write: boolean;
    wants: ProcessWants;
    /** Worker threads; undefined = automatic (main thread below WORKER_THRESHOLD files, else one per core). */
    jobs?: number;
    /** Called once per file, in input order, as soon as that file and all before it are done. */
    onResult?: (result: FileResult, index: number) => void;
    /** Called with (0, total) before the first file, then as files finish, in any order. */
    onProgress?: (done: number, total: number) => void;
    /** Keep every result and return them (default true). false: results only reach onResult, memory stays flat. */
    retain?: boolean;
}
/**
 * How many threads work on a batch, the main thread included (1: the main thread alone). The main thread takes
 * chunks too: on two cores, one worker plus the main thread beat two workers plus an idle main thread (one
 * isolate fewer to warm up, ~50 MB less memory).
 */
export declare function threadsFor(files: number, jobs: number | undefined): number;
export declare function runBatch(tasks: readonly FileTask[], options: RunOptions): Promise<FileResult[]>;
