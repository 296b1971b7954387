/**
 * `measure`: rewrite a Dockerfile in memory, build the original and the rewrite with the local Docker daemon
 * (same context, builder, cache settings and build args), and compare the two images. Removes the images it
 * built unless `keep`; never removes an image that existed before it started.
 */
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { squash } from '../index.js';
import { aborted, Docker, lastLines } from './docker.js';
import { MeasureError } from './errors.js';
import { parseHistory, parseInspect, sameId, summarizeImage } from './history.js';
import { needsBuildKit, scanRuns } from './instructions.js';
export const DEFAULT_LOG_LINES = 25;
export async function measure(options) {
    const progress = options.onProgress ?? (() => { });
    const dockerfile = resolve(options.dockerfile);
    const context = resolve(options.context ?? dirname(dockerfile));
    const original = options.dockerfileText ?? (await readText(dockerfile));
    if (!(await isDirectory(context)))
        throw new MeasureError('input', `build context '${context}' is not a directory`);
    for (const a of options.buildArgs ?? []) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*(=|$)/.test(a))
            throw new MeasureError('input', `malformed build arg '${a}' (want K=V)`);
    }
    const docker = new Docker({
        ...(options.dockerCommand ? { command: options.dockerCommand } : {}),
        ...(options.env ? { env: options.env } : {}),
        builder: !options.builder || options.builder === 'auto'
            ? needsBuildKit(original)
                ? 'buildkit'
                : 'legacy'
            : options.builder,
        ...(options.signal ? { signal: options.signal } : {}),
    });
    await docker.ping();
    const rewrite = await squash(original, options.squash ?? {});
    const preexisting = await docker.imageIds();
    const builds = [];
    const suffix = randomBytes(4).toString('hex');
    let succeeded = false;
    const leftBehind = [];
    try {
        const common = {
            context,
            ...(options.target ? { target: options.target } : {}),
            buildArgs: options.buildArgs ?? [],
            noCache: options.noCache ?? false,
        };
        const build = async (which, text) => {
            progress(`building the ${which === 'before' ? 'original' : 'rewritten'} Dockerfile (${docker.builder} builder)…`);
            const onOut = options.onBuildOutput;
            const result = await docker.build({
                ...common,
                dockerfileText: text,
                ...(onOut ? { onOutput: (chunk) => onOut(which, chunk) } : {}),
            });
            builds.push(result);
            if (result.aborted)
                throw aborted();
            if (result.code !== 0 || !result.imageId) {
                const n = options.logLines ?? DEFAULT_LOG_LINES;
                const tail = lastLines(result.log, n);
                const what = which === 'before'
                    ? 'the original Dockerfile'
                    : 'the rewritten Dockerfile (the original built: this may be a dockerfile-squash bug)';
                throw new MeasureError('build-failed', `build of ${what} failed (docker build exited ${result.code}); last ${n} lines of its log:\n${tail}`, { build: which, logTail: tail });
            }
            return result;
        };
        const beforeBuild = await build('before', original);
        const afterBuild = rewrite.changed ? await build('after', rewrite.output) : beforeBuild;
        const summarize = async (b, text) => {
            const info = parseInspect(await docker.inspect(b.imageId));
            const history = parseHistory(await docker.history(b.imageId));
            return { ...summarizeImage(info, history, scanRuns(text), b.fromImageId), buildSeconds: b.seconds };
        };
        const before = await summarize(beforeBuild, original);
        const after = rewrite.changed ? await summarize(afterBuild, rewrite.output) : { ...before };
        if (options.keep) {
            before.tag = `dfsq-measure:${suffix}-before`;
            await docker.tag(beforeBuild.imageId, before.tag);
            if (rewrite.changed) {
                after.tag = `dfsq-measure:${suffix}-after`;
                await docker.tag(afterBuild.imageId, after.tag);
            }
        }
        const savedBytes = before.totalBytes - after.totalBytes;
        const report = {
            dockerfile: options.dockerfile,
            context: options.context ?? dirname(options.dockerfile),
            ...(options.target ? { target: options.target } : {}),
            builder: docker.builder,
            changed: rewrite.changed,
            fixes: rewrite.fixes.map((f) => ({ ruleId: f.ruleId, message: f.message })),
            heldBack: rewrite.heldBack.length,
            before,
            after,
            saving: { bytes: savedBytes, percent: before.totalBytes ? (100 * savedBytes) / before.totalBytes : 0 },
            layersSaved: before.layers - after.layers,
            kept: options.keep ?? false,
            leftBehind,
        };
        succeeded = true;
        return report;
    }
    finally {
        // `keep` keeps a finished measurement; a failed one leaves nothing behind either way
        if (builds.length && !(options.keep && succeeded)) {
            progress('removing the images it built…');
            // a fresh client without the caller's AbortSignal: clean-up must run after an abort too
            const cleaner = new Docker({
                ...(options.dockerCommand ? { command: options.dockerCommand } : {}),
                ...(options.env ? { env: options.env } : {}),
                builder: docker.builder,
            });
            leftBehind.push(...(await cleanUp(cleaner, builds, preexisting)));
        }
    }
}
/**
 * Removes the images these builds created: each final image and each step image, newest first, but only
 * those that did not exist before measure started (a cache hit on someone else's image is left alone).
 */
async function cleanUp(docker, builds, preexisting) {
    if (builds.some((b) => b.aborted))
        await settleAbortedSteps(docker, builds);
    const now = await docker.imageIds().catch(() => new Set());
    const created = [...now].filter((id) => !preexisting.has(id));
    const wanted = [];
    for (const b of [...builds].reverse()) {
        const ids = [...b.stepImageIds, ...(b.imageId ? [b.imageId] : [])].reverse();
        for (const short of ids) {
            const full = created.find((id) => sameId(id, short));
            if (full && !wanted.includes(full))
                wanted.push(full);
        }
    }
    if (builds.some((b) => b.aborted)) {
        // a step the daemon committed after the client was killed is not in the log: find it by its container
        const containers = builds.flatMap((b) => b.stepContainerIds);
        for (const id of created.filter((c) => !wanted.includes(c))) {
            const from = await docker.imageContainer(id);
            if (from && containers.some((c) => sameId(from, c)))
                wanted.unshift(id);
        }
    }
    if (!wanted.length)
        return [];
    try {
        return (await docker.removeImages(wanted)).failed;
    }
    catch (err) {
        return wanted.map((id) => ({ id, reason: err instanceof Error ? err.message : String(err) }));
    }
}
/** After an abort the daemon finishes or cancels the running step on its own: wait (≤ 30 s) until its container is gone. */
async function settleAbortedSteps(docker, builds) {
    const running = builds.filter((b) => b.aborted).flatMap((b) => b.stepContainerIds.slice(-1));
    const deadline = Date.now() + 30_000;
    for (const id of running) {
        while (Date.now() < deadline && (await docker.containerExists(id))) {
            await new Promise((r) => setTimeout(r, 500));
        }
    }
}
async function readText(path) {
    try {
        return await readFile(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new MeasureError('input', `cannot read Dockerfile '${path}'${code ? ` (${code})` : ''}`);
    }
}
async function isDirectory(path) {
    return stat(path).then((s) => s.isDirectory(), () => false);
}
export { MeasureError } from './errors.js';
export { formatReport, formatBytes, REPORT_FORMATS, } from './report.js';
