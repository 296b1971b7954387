/**
 * Batches: operands → per-file tasks (discovery, config files, options) → results, in the order of the sorted
 * input, whatever order the work finishes in. Behind `squashFiles`.
 *
 * Where the work runs was measured (bench/monorepo): each worker thread pays ~150 ms to load the modules and
 * compile the tree-sitter WASM grammar, and a file costs a few ms, so small batches run in the main thread and
 * larger ones on the main thread plus a pool of worker threads (tinypool), one thread per core, all taking
 * chunks of files from one queue.
 */
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { discover, ignoredBy, readIgnoreFile } from './discover.js';
import { ConfigResolver } from './config.js';
import { HadolintConfigs } from './hadolint-config.js';
import { SquashError } from './errors.js';
import { unknownTransform } from './squash.js';
import { DEFAULT_FILE_OPTIONS, processFile, } from './process-file.js';
/** Below this many files the main thread does the work: starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 48;
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
 * How many threads work on a batch, the main thread included (1: the main thread alone). The main thread takes
 * chunks too: on two cores, one worker plus the main thread beat two workers plus an idle main thread (one
 * isolate fewer to warm up, ~50 MB less memory).
 */
export function threadsFor(files, jobs) {
    if (jobs !== undefined)
        return Math.max(1, Math.min(jobs, files));
    if (files < WORKER_THRESHOLD)
        return 1;
    return Math.max(1, Math.min(availableParallelism(), Math.ceil(files / 16)));
}
export async function runBatch(tasks, options) {
    // Results wait here until every earlier one is in, so onResult sees the input order.
    const results = new Array(tasks.length);
    const retain = options.retain !== false;
    let next = 0;
    let done = 0;
    const settle = (index, result) => {
        results[index] = result;
        options.onProgress?.(++done, tasks.length);
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
    const mainThread = async () => {
        for (let start = claim(); start !== null; start = claim()) {
            const end = Math.min(start + size, tasks.length);
            for (let i = start; i < end; i++) {
                settle(i, await processFile(tasks[i], options.write, options.wants));
                // Let worker messages in between files: file reads are synchronous, so nothing else would yield.
                if (threads > 1)
                    await new Promise((resolve) => setImmediate(resolve));
            }
        }
    };
    if (threads === 1) {
        await mainThread();
        return retain ? results : [];
    }
    const { Tinypool } = await import('tinypool');
    const pool = new Tinypool({
        filename: new URL('./worker.js', import.meta.url).href,
        minThreads: threads - 1,
        maxThreads: threads - 1,
        // Measured over 3,000 files (bench/monorepo): these caps cut peak RSS from 174 to 155 MB for the same CPU time.
        // A file that needs more memory crashes its worker; the chunk is then redone on the main thread, uncapped.
        resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 },
    });
    const worker = async () => {
        for (let start = claim(); start !== null; start = claim()) {
            const chunk = tasks.slice(start, start + size);
            try {
                const chunkResults = (await pool.run({
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
    try {
        await Promise.all([mainThread(), ...Array.from({ length: threads - 1 }, worker)]);
    }
    finally {
        await pool.destroy();
    }
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
