/**
 * Batches: operands → per-file tasks (discovery, config files, options) → results, in the order of the sorted
 * input, whatever order the work finishes in. Behind `squashFiles`.
 *
 * Where the work runs was measured (bench/monorepo): each worker thread pays ~150 ms to load the modules and
 * compile the tree-sitter WASM grammar, then runs cold code for a while, and a file costs from under a ms to tens
 * of ms depending on its RUNs. So the main thread starts alone, and a pool of worker threads (tinypool, one
 * thread per extra core) joins only when the main thread's own pace says enough work is left to repay it; all
 * threads take chunks of files from one queue.
 */
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { discover, ignoredBy, readIgnoreFile } from './discover.js';
import { ConfigResolver } from './config.js';
import { HadolintConfigs } from './hadolint-config.js';
import { SquashError } from './errors.js';
import { unknownTransform } from './squash.js';
import { DEFAULT_FILE_OPTIONS, processFile, } from './process-file.js';
/**
 * Automatic threads: once the main thread has spent this much CPU time on files after its first (which pays for
 * loading), its pace predicts the work left, and the workers start when that exceeds WORKER_PAYS_OFF_MS.
 * CPU time, not wall time: on a loaded machine a file takes longer but is no more work.
 */
export const PACE_PROBE_MS = 500;
/**
 * The predicted work left (CPU time) that repays the workers. Measured on 2 cores: a worker costs 0.35–0.7 s of
 * CPU to start and process its first, cold files, and only then takes its share of what is left. At the probe
 * the code is still warming, so the pace overstates the rest by 2–3× (bench/monorepo's generated files: 110 ms
 * a file then, 25 ms once warm): 3 s predicted is about 1–1.5 s of work, where a worker starts to pay on an
 * idle core (30 generated or 400 real Dockerfiles stay in the main thread; 100 generated or 500 real do not).
 */
export const WORKER_PAYS_OFF_MS = 3000;
export async function planFiles(operands, settings) {
    const found = await discover(operands, {
        cwd: settings.cwd,
        ignorePaths: settings.ignorePaths,
        errorOnUnmatchedPattern: settings.errorOnUnmatchedPattern,
    });
    const resolver = settings.config === false
        ? null
        : new ConfigResolver(typeof settings.config === 'string' ? settings.config : undefined, found.index);
    const hadolint = settings.config === false ? null : new HadolintConfigs(found.index);
    const ignoreFiles = new Map();
    const tasks = [];
    const configs = new Set();
    for (const path of found.files) {
        const absolute = resolve(settings.cwd, path);
        const resolved = resolver ? await resolver.forFile(absolute) : null;
        const config = resolved?.config ?? {};
        if (resolved && !configs.has(resolved.filepath)) {
            checkConfigIds(resolved, settings.knownIds);
            configs.add(resolved.filepath);
        }
        if (config.ignorePath && !found.explicit.has(path)) {
            let ignored = false;
            for (const file of config.ignorePath) {
                let pending = ignoreFiles.get(file);
                if (!pending) {
                    pending = readIgnoreFile(file).catch(() => {
                        throw new SquashError('config', `${resolved.filepath}: ignorePath ${file}: cannot read`);
                    });
                    ignoreFiles.set(file, pending);
                }
                if (ignoredBy(await pending, absolute))
                    ignored = true;
            }
            if (ignored)
                continue;
        }
        const ignoredRules = hadolint ? await hadolint.ignoredIn(dirname(absolute)) : [];
        tasks.push({ path, absolute, options: fileOptions(config, settings, ignoredRules) });
    }
    return { tasks, operandErrors: found.errors, configs: [...configs] };
}
/** A config's only/disable must name transforms that exist (built-in or loaded with --transform). */
export function checkConfigIds(resolved, knownIds) {
    for (const id of [...(resolved.config.only ?? []), ...(resolved.config.disable ?? [])]) {
        if (!knownIds.has(id)) {
            throw new SquashError('config', `${resolved.filepath}: ${unknownTransform(id, knownIds)}`);
        }
    }
}
/**
 * Config file values, then flags over them, then defaults under both. `ignoredRules`: what the nearest
 * `.hadolint.yaml` ignores.
 */
export function fileOptions(config, settings, ignoredRules = []) {
    const o = settings.overrides;
    return {
        unsafe: o.unsafe ?? config.unsafe ?? DEFAULT_FILE_OPTIONS.unsafe,
        merge: o.merge ?? config.merge ?? DEFAULT_FILE_OPTIONS.merge,
        allStages: o.allStages ?? config.allStages ?? DEFAULT_FILE_OPTIONS.allStages,
        only: o.only ?? config.only ?? [],
        disable: o.disable ?? config.disable ?? [],
        ignoredRules,
        transforms: settings.transforms,
    };
}
/**
 * How many threads may work on a batch, the main thread included (1: the main thread alone). The main thread
 * takes chunks too: on two cores, one worker plus the main thread beat two workers plus an idle main thread (one
 * isolate fewer to warm up, ~50 MB less memory). Automatic: one per core, at most one per 16 files; whether the
 * workers start at all is decided by the work (runBatch).
 */
export function threadsFor(files, jobs) {
    if (jobs !== undefined)
        return Math.max(1, Math.min(jobs, files));
    return Math.max(1, Math.min(availableParallelism(), Math.ceil(files / 16)));
}
/**
 * Automatic threads: whether the files left, at the pace kept so far (`spentMs` of CPU for `done` files), are
 * worth starting the workers for. Before PACE_PROBE_MS the pace is not known yet.
 */
export function workersPayOff(spentMs, done, left) {
    if (spentMs < PACE_PROBE_MS || done === 0)
        return false;
    return (left * spentMs) / done >= WORKER_PAYS_OFF_MS;
}
export async function runBatch(tasks, options) {
    // Results wait here until every earlier one is in, so onResult sees the input order.
    const results = new Array(tasks.length);
    const retain = options.retain !== false;
    let next = 0;
    let done = 0;
    const settle = (index, result) => {
        results[index] = result;
        done++; // outside the optional call, which would skip it when there is no onProgress
        options.onProgress?.(done, tasks.length);
        while (next < tasks.length && results[next] !== undefined) {
            options.onResult?.(results[next], next);
            if (!retain)
                results[next] = RELEASED;
            next++;
        }
    };
    options.onProgress?.(0, tasks.length);
    const threads = threadsFor(tasks.length, options.jobs);
    // Chunks amortise the message round trip; small enough that the last ones balance across threads.
    const size = threads === 1 ? tasks.length : Math.max(1, Math.min(32, Math.ceil(tasks.length / (threads * 8))));
    let claimed = 0;
    const claim = () => {
        if (claimed >= tasks.length)
            return null;
        const start = claimed;
        claimed += size;
        return start;
    };
    const { initShellParser } = await import('../document/shell.js');
    await initShellParser();
    // The pool: started up front when the caller chose the threads, else once the main thread's pace says so.
    let pool = null;
    const startPool = ({ Tinypool }) => {
        const count = threads - 1;
        const tinypool = new Tinypool({
            filename: new URL('./worker.js', import.meta.url).href,
            minThreads: count,
            maxThreads: count,
            // Measured over 3,000 files (bench/monorepo): these caps cut peak RSS from 174 to 155 MB for the same CPU
            // time. A file that needs more memory crashes its worker; the chunk is then redone on the main thread, uncapped.
            resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 },
        });
        const worker = async () => {
            for (let start = claim(); start !== null; start = claim()) {
                const chunk = tasks.slice(start, start + size);
                try {
                    const chunkResults = (await tinypool.run({
                        tasks: chunk,
                        write: options.write,
                        wants: options.wants,
                    }));
                    chunkResults.forEach((r, i) => settle(start + i, r));
                }
                catch {
                    // A crashed worker (out of memory on a huge file, say) loses its chunk, not the batch: redo it here.
                    for (let i = 0; i < chunk.length; i++)
                        settle(start + i, await processFile(chunk[i], options.write, options.wants));
                }
            }
        };
        return Promise.all(Array.from({ length: count }, worker)).finally(() => tinypool.destroy());
    };
    const automatic = options.jobs === undefined;
    const cpuMs = () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
    };
    // The pace is taken from the end of the first file, which pays for loading and compiling.
    let pace = null;
    const mainThread = async () => {
        for (let start = claim(); start !== null; start = claim()) {
            const end = Math.min(start + size, tasks.length);
            for (let i = start; i < end; i++) {
                settle(i, await processFile(tasks[i], options.write, options.wants));
                if (pool) {
                    // Let worker messages in between files: file reads are synchronous, so nothing else would yield.
                    await new Promise((resolve) => setImmediate(resolve));
                }
                else if (automatic && threads > 1) {
                    pace ??= { from: cpuMs(), done };
                    if (workersPayOff(cpuMs() - pace.from, done - pace.done, tasks.length - done)) {
                        pool = import('tinypool').then(startPool);
                        // Awaited below, once the main thread is done; marked handled so a failure waits until then.
                        pool.catch(() => { });
                    }
                }
            }
        }
    };
    if (threads > 1 && !automatic) {
        // The workers claim their first chunks as they start, right after the main thread's first.
        const tinypool = await import('tinypool');
        const main = mainThread();
        pool = startPool(tinypool);
        pool.catch(() => { });
        await main;
    }
    else
        await mainThread();
    await pool;
    return retain ? results : [];
}
/** Stands in for a result already handed to onResult and not retained. */
const RELEASED = {
    path: '',
    status: 'unchanged',
    written: false,
    fixes: [],
    heldBack: [],
    stagesNotShipping: 0,
};
