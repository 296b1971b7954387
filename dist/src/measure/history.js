/**
 * Parses `docker history --no-trunc --human=false --format '{{json .}}' IMAGE` and `docker image inspect IMAGE`,
 * and attributes the image's RUN layers to the Dockerfile's RUN lines by their CreatedBy text.
 *
 * CreatedBy as recorded by dockerd 20.10:
 *   legacy builder   `/bin/sh -c apt-get update`, `|1 K=V /bin/sh -c …` when build args are in scope,
 *                    exec form: argv joined by spaces; metadata and COPY/ADD: `/bin/sh -c #(nop) …`
 *   BuildKit         `RUN /bin/sh -c apt-get update # buildkit`, `COPY x /y # buildkit`, `ENV …`
 *   imported base    empty
 */
import { collapseWhitespace } from './instructions.js';
/** Sizes printed by `docker history` with `--human=false` are integers; human ones ("94.2MB") are accepted too. */
export function parseSize(text) {
    if (typeof text === 'number')
        return text;
    const s = text.trim();
    if (/^\d+$/.test(s))
        return Number(s);
    const m = /^([\d.]+)\s*([kKMGT]?)i?B$/.exec(s);
    if (!m)
        throw new Error(`unrecognised size '${text}'`);
    const unit = { '': 1, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12 }[m[2]];
    return Math.round(Number(m[1]) * unit);
}
/** One JSON object per line, newest entry first (as docker prints them). */
export function parseHistory(jsonl) {
    const entries = [];
    for (const line of jsonl.split(/\r?\n/)) {
        if (!line.trim())
            continue;
        let raw;
        try {
            raw = JSON.parse(line);
        }
        catch {
            throw new Error(`docker history printed a line that is not JSON: ${line.slice(0, 120)}`);
        }
        entries.push({
            id: String(raw.ID ?? ''),
            createdBy: String(raw.CreatedBy ?? ''),
            size: parseSize(raw.Size ?? 0),
            comment: String(raw.Comment ?? ''),
            createdAt: String(raw.CreatedAt ?? ''),
        });
    }
    return entries;
}
/** `docker image inspect` prints an array; takes its single element. */
export function parseInspect(json) {
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch {
        throw new Error('docker image inspect printed something that is not JSON');
    }
    const obj = (Array.isArray(parsed) ? parsed[0] : parsed);
    if (!obj || typeof obj.Id !== 'string' || typeof obj.Size !== 'number') {
        throw new Error('docker image inspect: no image object with Id and Size');
    }
    const rootfs = obj.RootFS;
    return {
        id: obj.Id,
        size: obj.Size,
        layers: Array.isArray(rootfs?.Layers) ? rootfs.Layers.length : 0,
        tags: Array.isArray(obj.RepoTags) ? obj.RepoTags : [],
    };
}
/** Whether a history entry was made by a RUN (legacy builder or BuildKit). */
export function isRunEntry(createdBy) {
    const s = createdBy.trim();
    if (s === '')
        return false;
    if (/ # buildkit$/.test(s))
        return s.startsWith('RUN ');
    return !s.includes('#(nop)');
}
/** The command part of a RUN entry's CreatedBy, whitespace collapsed (shell prefix and build args kept). */
export function entryCommand(createdBy) {
    return collapseWhitespace(createdBy.replace(/^RUN /, '').replace(/ # buildkit$/, ''));
}
function matches(entry, run) {
    if (!run.command || !entry.endsWith(run.command))
        return false;
    const prefix = entry.slice(0, entry.length - run.command.length);
    if (prefix === '')
        return true;
    // `/bin/sh -c CMD`, `|1 K=V /bin/sh -c CMD`, another SHELL, or exec-form argv after `|N K=V`: the prefix is
    // a whole word sequence and no part of a longer command line
    return prefix.endsWith(' ') && !/&&|\|\||;/.test(prefix.replace(/^\|\d+ /, ''));
}
/**
 * Attributes each RUN entry of `history` (newest first) to a RUN of the Dockerfile, walking both from the
 * newest end so that a base image's own RUN entries (older than ours) cannot steal a match. Entries that
 * match no RUN are returned with `run` undefined.
 */
export function matchRunEntries(history, runs) {
    const out = [];
    let next = runs.length - 1;
    for (const entry of history) {
        if (!isRunEntry(entry.createdBy))
            continue;
        const text = entryCommand(entry.createdBy);
        let found = -1;
        for (let k = next; k >= 0; k--) {
            if (matches(text, runs[k])) {
                found = k;
                break;
            }
        }
        if (found >= 0) {
            out.push({ entry, run: runs[found] });
            next = found - 1;
        }
        else {
            out.push({ entry });
        }
    }
    return out;
}
/**
 * Summarises one built image. `inheritedFrom` (optional) is the id of the image the final stage was built
 * FROM: entries from it downwards belong to the base and are not this Dockerfile's RUN layers. Without it,
 * unmatched RUN entries count as ours only when newer than the oldest matched one.
 */
export function summarizeImage(info, history, runs, inheritedFrom) {
    let own = history;
    if (inheritedFrom) {
        const idx = history.findIndex((e) => sameId(e.id, inheritedFrom));
        if (idx >= 0)
            own = history.slice(0, idx);
    }
    const matched = matchRunEntries(own, runs);
    let keep = matched;
    if (!inheritedFrom || own === history) {
        const oldestMatched = matched.map((m) => m.run !== undefined).lastIndexOf(true);
        keep = matched.slice(0, oldestMatched + 1);
    }
    const runLayers = keep
        .map(({ entry, run }) => run
        ? { line: run.line, command: run.command, bytes: entry.size }
        : { command: entryCommand(entry.createdBy), bytes: entry.size })
        .reverse();
    const runBytes = runLayers.reduce((sum, l) => sum + l.bytes, 0);
    return {
        imageId: info.id,
        totalBytes: info.size,
        layers: info.layers,
        historyEntries: history.length,
        runLayers,
        otherBytes: info.size - runBytes,
    };
}
/** `sha256:abc…` vs a short or full id with or without the prefix. */
export function sameId(a, b) {
    const x = a.replace(/^sha256:/, '');
    const y = b.replace(/^sha256:/, '');
    if (!x || !y || x === '<missing>' || y === '<missing>')
        return false;
    return x.length >= y.length ? x.startsWith(y) : y.startsWith(x);
}
