/**
 * When V8's optimising compiler (TurboFan) pays for itself. The process entry starts with it off: it compiles
 * every function that turns hot, on background threads, and on a short run that costs more CPU than the
 * optimised code saves. Measured on bench/monorepo's files (CPU time, medians, 2 cores at load 8-14), off vs on:
 * one file 0.53 vs 0.65 s, 30 files 1.62 vs 1.98 s, 100 files 2.70 vs 4.02 s (peak RSS 97 vs 134 MB); but
 * 1,500 files 28 vs 22 s when it stays off. So a batch turns it on as soon as its own pace says enough work is
 * left; that costs a long run only its first half second at the slower pace (600 and 1,500 files: within the noise).
 */
/** CPU time spent on files (after the first, which pays for loading) before the pace is trusted. */
export const PACE_PROBE_MS = 500;
/**
 * The predicted work left (CPU time) that repays TurboFan's compilations: about a second of CPU for this code
 * base, against a third off everything after it. Early in a run the pace overstates what is left (cold code),
 * hence more than the break-even 3 s.
 */
export const TURBOFAN_PAYS_OFF_MS = 5000;
/** Whether `left` files at the pace kept so far (`spentMs` of CPU for `done` files) repay turning TurboFan on. */
export function turbofanPaysOff(spentMs, done, left) {
    if (spentMs < PACE_PROBE_MS || done === 0)
        return false;
    return (left * spentMs) / done >= TURBOFAN_PAYS_OFF_MS;
}
/**
 * A progress listener that calls `turnOn` once, the first time the run's pace says TurboFan pays. The pace is
 * taken from the end of the first file. `cpuMs` is the process's CPU time (every thread: workers count too).
 */
export function turbofanWhenItPays(turnOn, cpuMs = processCpuMs) {
    let from = null;
    let on = false;
    return (done, total) => {
        if (on || done === 0)
            return;
        from ??= { cpu: cpuMs(), done };
        if (turbofanPaysOff(cpuMs() - from.cpu, done - from.done, total - done)) {
            on = true;
            turnOn();
        }
    };
}
function processCpuMs() {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
}
