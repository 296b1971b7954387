/**
 * The few `docker` CLI calls `measure` needs, through child_process (so DOCKER_HOST, DOCKER_CONTEXT and the
 * user's CLI config apply). Builds read the Dockerfile from stdin (`-f -`) with the given context directory.
 *
 * Builder: the legacy builder (DOCKER_BUILDKIT=0) by default. It works with any docker CLI against
 * dockerd 20.10 (a CLI ≥ 23 without the buildx plugin refuses DOCKER_BUILDKIT=1), and its cache is made of
 * ordinary intermediate images whose ids the build log names, so `measure` can remove exactly what it built.
 * BuildKit's cache lives in the daemon's build cache, which no command prunes per build.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MeasureError } from './errors.js';
const MAX_OUTPUT = 4 * 1024 * 1024;
/** The CLI ≥ 23's deprecation banner for the legacy builder; not part of any build's log. */
const LEGACY_BANNER = /^DEPRECATED: The legacy builder is deprecated[\s\S]*?environment-variable\.\s*\n+/m;
export class Docker {
    command;
    builder;
    env;
    signal;
    constructor(options = {}) {
        this.command = options.command ?? 'docker';
        this.builder = options.builder ?? 'legacy';
        this.env = { ...(options.env ?? process.env), DOCKER_BUILDKIT: this.builder === 'legacy' ? '0' : '1' };
        this.signal = options.signal;
    }
    run(args, opts = {}) {
        return new Promise((resolve, reject) => {
            if (this.signal?.aborted)
                return reject(aborted());
            const child = spawn(this.command, args, {
                env: this.env,
                stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            });
            let stdout = '';
            let stderr = '';
            let output = '';
            const onAbort = () => child.kill('SIGTERM');
            this.signal?.addEventListener('abort', onAbort, { once: true });
            const take = (which) => (buf) => {
                const chunk = buf.toString('utf8');
                if (which === 'out')
                    stdout = cap(stdout + chunk);
                else
                    stderr = cap(stderr + chunk);
                output = cap(output + chunk);
                opts.onOutput?.(chunk);
            };
            child.stdout.on('data', take('out'));
            child.stderr.on('data', take('err'));
            child.on('error', (err) => {
                this.signal?.removeEventListener('abort', onAbort);
                if (err.code === 'ENOENT') {
                    reject(new MeasureError('no-daemon', `cannot run '${this.command}': the docker CLI is not installed or not on PATH`));
                }
                else
                    reject(err);
            });
            child.on('close', (code, sig) => {
                this.signal?.removeEventListener('abort', onAbort);
                if (this.signal?.aborted && !opts.resolveOnAbort)
                    return reject(aborted());
                const result = { code: code ?? (sig ? 128 : 1), stdout, stderr, output };
                if (this.signal?.aborted)
                    result.aborted = true;
                resolve(result);
            });
            if (opts.input !== undefined) {
                child.stdin.on('error', () => { }); // EPIPE when docker exits before reading: the exit code tells
                child.stdin.end(opts.input);
            }
        });
    }
    /** Server version; throws MeasureError('no-daemon') with docker's own words when no daemon answers. */
    async ping() {
        const r = await this.run(['info', '--format', '{{json .ServerVersion}}']);
        const version = r.code === 0 ? safeJson(r.stdout.trim()) : undefined;
        if (typeof version !== 'string' || version === '') {
            const host = this.env.DOCKER_HOST ? `DOCKER_HOST=${this.env.DOCKER_HOST}` : 'the default socket';
            const why = lastLines(stripBanner(r.stderr || r.stdout), 3) || `docker info exited ${r.code}`;
            throw new MeasureError('no-daemon', `no Docker daemon answers at ${host}:\n${why}`);
        }
        return version;
    }
    /** Full ids of all local images, intermediate ones included. */
    async imageIds() {
        const r = await this.checked(['images', '--all', '--quiet', '--no-trunc']);
        return new Set(r.stdout.split(/\s+/).filter(Boolean));
    }
    async build(req) {
        const dir = await mkdtemp(join(tmpdir(), 'dfsq-measure-'));
        const iidfile = join(dir, 'iid');
        const args = ['build', '--iidfile', iidfile, '-f', '-'];
        if (this.builder === 'legacy')
            args.push('--rm', '--force-rm');
        else
            args.push('--progress=plain');
        if (req.target)
            args.push('--target', req.target);
        for (const a of req.buildArgs ?? [])
            args.push('--build-arg', a);
        if (req.noCache)
            args.push('--no-cache');
        args.push(req.context);
        const started = Date.now();
        try {
            const r = await this.run(args, {
                input: req.dockerfileText,
                resolveOnAbort: true, // the caller still needs the step ids to clean up
                ...(req.onOutput ? { onOutput: req.onOutput } : {}),
            });
            const log = stripBanner(r.output);
            const seconds = (Date.now() - started) / 1000;
            const steps = parseLegacySteps(log);
            let imageId;
            if (r.code === 0 && !r.aborted) {
                imageId = (await readFile(iidfile, 'utf8').catch(() => '')).trim() || undefined;
                if (!imageId) {
                    const m = /Successfully built ([0-9a-f]{12,64})/.exec(log);
                    if (m)
                        imageId = m[1];
                }
            }
            return {
                code: r.code,
                ...(imageId ? { imageId } : {}),
                stepImageIds: steps.ids,
                stepContainerIds: steps.containers,
                ...(steps.fromId ? { fromImageId: steps.fromId } : {}),
                log,
                seconds,
                ...(r.aborted ? { aborted: true } : {}),
            };
        }
        finally {
            await rm(dir, { recursive: true, force: true });
        }
    }
    async inspect(id) {
        return (await this.checked(['image', 'inspect', id])).stdout;
    }
    async history(id) {
        return (await this.checked(['history', '--no-trunc', '--human=false', '--format', '{{json .}}', id])).stdout;
    }
    /** Whether a container (any state) with this id exists. */
    async containerExists(id) {
        return (await this.run(['container', 'inspect', '--format', '{{.Id}}', id])).code === 0;
    }
    /** The id of the container an image was committed from (legacy builder), '' when none. */
    async imageContainer(id) {
        const r = await this.run(['image', 'inspect', '--format', '{{.Container}}', id]);
        return r.code === 0 ? r.stdout.trim() : '';
    }
    async tag(id, ref) {
        await this.checked(['tag', id, ref]);
    }
    /**
     * Removes exactly these images (by id, `--no-prune`: never their parents), children before parents: ids
     * whose removal fails because another listed image still depends on them are retried after it is gone.
     */
    async removeImages(ids) {
        let pending = [...new Set(ids)];
        const removed = [];
        let reasons = new Map();
        while (pending.length) {
            const r = await this.run(['rmi', '--no-prune', ...pending]);
            reasons = new Map();
            const still = [];
            for (const id of pending) {
                const short = id.replace(/^sha256:/, '').slice(0, 12);
                const line = r.stderr.split('\n').find((l) => l.includes(short));
                if (line) {
                    if (/No such image/i.test(line))
                        continue;
                    still.push(id);
                    reasons.set(id, line.trim());
                }
                else
                    removed.push(id);
            }
            if (still.length === pending.length)
                break;
            pending = still;
        }
        return { removed, failed: [...reasons].map(([id, reason]) => ({ id, reason })) };
    }
    async checked(args) {
        const r = await this.run(args);
        if (r.code !== 0) {
            throw new MeasureError('docker-failed', `docker ${args[0]} ${args[1] ?? ''} failed (exit ${r.code}):\n${lastLines(r.stderr, 5)}`);
        }
        return r;
    }
}
/** Step image ids (` ---> 1a2b3c4d5e6f`) from a legacy build log, and the id printed right after the last FROM. */
export function parseLegacySteps(log) {
    const ids = [];
    const containers = [];
    let fromId;
    let afterFrom = false;
    for (const line of log.split(/\r?\n/)) {
        if (/^Step \d+\/\d+ : /.test(line)) {
            afterFrom = /^Step \d+\/\d+ : FROM\s/i.test(line);
            continue;
        }
        const c = /^ ---> Running in ([0-9a-f]{12,64})\s*$/.exec(line);
        if (c)
            containers.push(c[1]);
        const m = /^ ---> ([0-9a-f]{12,64})\s*$/.exec(line);
        if (m) {
            if (afterFrom)
                fromId = m[1];
            else
                ids.push(m[1]);
            afterFrom = false;
        }
    }
    return { ids, ...(fromId ? { fromId } : {}), containers };
}
export function lastLines(text, n) {
    const lines = text.replace(/\s+$/, '').split(/\r?\n/);
    return lines.slice(-n).join('\n');
}
/** Drops the CLI's legacy-builder banner and the colour codes dockerd puts around a step's stderr. */
export function stripBanner(text) {
    return text.replace(LEGACY_BANNER, '').replace(/\x1b\[[0-9;]*m/g, '');
}
function cap(s) {
    return s.length > MAX_OUTPUT ? s.slice(s.length - MAX_OUTPUT) : s;
}
function safeJson(s) {
    try {
        return JSON.parse(s);
    }
    catch {
        return undefined;
    }
}
export function aborted() {
    return new MeasureError('aborted', 'measure was aborted', { exitCode: 130 });
}
