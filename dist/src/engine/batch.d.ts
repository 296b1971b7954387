import { type OperandError } from './discover.js';
import { type ResolvedConfig } from './config.js';
import type { FileConfig } from './options.js';
import { type FileOptions, type FileResult, type FileTask, type ProcessWants } from './process-file.js';
/**
 * Automatic threads: once the main thread has spent this much CPU time on files after its first (which pays for
 * loading), its pace predicts the work left, and the workers start when that exceeds WORKER_PAYS_OFF_MS.
 * CPU time, not wall time: on a loaded machine a file takes longer but is no more work.
 */
export declare const PACE_PROBE_MS = 500;
/**
 * The predicted work left (CPU time) that repays the workers. Measured on 2 cores: a worker costs 0.35–0.7 s of
 * CPU to start and process its first, cold files, and only then takes its share of what is left. At the probe
 * the code is still warming, so the pace overstates the rest by 2–3× (bench/monorepo's generated files: 110 ms
 * a file then, 25 ms once warm): 3 s predicted is about 1–1.5 s of work, where a worker starts to pay on an
 * idle core (30 generated or 400 real Dockerfiles stay in the main thread; 100 generated or 500 real do not).
 */
export declare const WORKER_PAYS_OFF_MS = 3000;
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
    /**
     * Threads, the main one included; undefined = automatic (the main thread alone, then one per core once the
     * work left is known to repay the workers' start-up: PACE_PROBE_MS, WORKER_PAYS_OFF_MS).
     */
    jobs?: number;
    /** Called once per file, in input order, as soon as that file and all before it are done. */
    onResult?: (result: FileResult, index: number) => void;
    /** Called with (0, total) before the first file, then as files finish, in any order. */
    onProgress?: (done: number, total: number) => void;
    /** Keep every result and return them (default true). false: results only reach onResult, memory stays flat. */
    retain?: boolean;
}
/**
 * How many threads may work on a batch, the main thread included (1: the main thread alone). The main thread
 * takes chunks too: on two cores, one worker plus the main thread beat two workers plus an idle main thread (one
 * isolate fewer to warm up, ~50 MB less memory). Automatic: one per core, at most one per 16 files; whether the
 * workers start at all is decided by the work (runBatch).
 */
export declare function threadsFor(files: number, jobs: number | undefined): number;
/**
 * Automatic threads: whether the files left, at the pace kept so far (`spentMs` of CPU for `done` files), are
 * worth starting the workers for. Before PACE_PROBE_MS the pace is not known yet.
 */
export declare function workersPayOff(spentMs: number, done: number, left: number): boolean;
export declare function runBatch(tasks: readonly FileTask[], options: RunOptions): Promise<FileResult[]>;
