/**
 * When V8's optimising compiler (TurboFan) pays for itself. The process entry starts with it off: it compiles
 * every function that turns hot, on background threads, and on a short run that costs more CPU than the
 * optimised code saves. Measured on bench/monorepo's files (CPU time, medians, 2 cores at load 8-14), off vs on:
 * one file 0.53 vs 0.65 s, 30 files 1.62 vs 1.98 s, 100 files 2.70 vs 4.02 s (peak RSS 97 vs 134 MB); 300 files
 * even; 1,500 files 28 vs 22 s. It is turned on before the first file or not at all: turned on part-way (once
 * the run's pace showed enough work left) the 10,000 files took 64-76 s of CPU instead of 55-59 s.
 */
/** A batch of at least this many files gets TurboFan from its start. */
export declare const TURBOFAN_FILES = 200;
/** A progress listener that calls `turnOn` when a batch large enough to repay TurboFan is about to start. */
export declare function turbofanWhenItPays(turnOn: () => void): (done: number, total: number) => void;
