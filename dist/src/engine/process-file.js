/**
 * One file through the pipeline: read, decode, squash, and (with --write) write back. Never throws: every
 * failure becomes a FileResult with status 'error', a one-line message and the reason it is counted under.
 * Runs in the main thread for small batches and in worker threads for large ones, so its inputs and outputs
 * are plain data (custom transforms travel as module paths).
 */
import { decodeSource, InputError } from '../document/source.js';
import { parseDocument } from '../document/parse.js';
import { squashSync, selectTransforms } from './squash.js';
import { FixError } from '../fix/loop.js';
import { MANAGERS } from '../../transforms/index.js';
import { DEFAULT_OPTIONS } from '../transform.js';
import { CliFileError, describeFsError, readSnapshot, writeIfUnchanged } from './io.js';
import { locateFixes } from '../fix/locate.js';
import { loadTransform } from './custom-transforms.js';
export const DEFAULT_FILE_OPTIONS = { ...DEFAULT_OPTIONS, only: [], disable: [], transforms: [] };
export async function processFile(task, write, wants) {
    let snapshot;
    try {
        snapshot = await readSnapshot(task.absolute);
    }
    catch (error) {
        const message = error instanceof CliFileError ? error.message : describeFsError(error);
        return failed(task.path, message, /too large|not a regular|directory/.test(message) ? 'not a Dockerfile' : 'unreadable');
    }
    let original;
    try {
        const decoded = decodeSource(snapshot.bytes);
        original = (decoded.bom ? '\uFEFF' : '') + decoded.text;
    }
    catch (error) {
        return failed(task.path, messageOf(error), 'not a Dockerfile');
    }
    const result = await processText(task.path, original, task.options, wants);
    if (write && result.status === 'changed') {
        try {
            await writeIfUnchanged(task.absolute, snapshot, result.output ?? '');
            result.written = true;
        }
        catch (error) {
            const message = error instanceof CliFileError ? error.message : `not written: ${describeFsError(error)}`;
            return { ...failed(task.path, message, 'not written'), fixes: result.fixes, heldBack: result.heldBack };
        }
    }
    if (!wants.text) {
        delete result.original;
        delete result.output;
    }
    return result;
}
/**
 * The text-only part, shared with stdin mode. The result keeps `original` and `output` (the caller drops them
 * when they are not wanted: a write needs the output).
 */
export async function processText(path, original, options, wants) {
    try {
        if (original.replace(/^\uFEFF/, '').trim() === '')
            throw new InputError('empty file (no instructions)');
        if (/^\s*#\s*dockerfile-squash\s+ignore-file\s*$/im.test(original)) {
            return {
                ...base(path, 'skipped'),
                message: 'ignore-file pragma',
                reason: 'ignore-file pragma',
                original,
                output: original,
            };
        }
        const custom = await Promise.all(options.transforms.map((p) => loadTransform(p)));
        const request = { ...options, transforms: custom };
        const squashed = squashSync(original, request);
        if (squashed.skipped) {
            const { reason, message } = squashed.skipped;
            return { ...base(path, 'skipped'), message, reason, original, output: original };
        }
        const body = original.replace(/^\uFEFF/, '');
        const result = {
            ...base(path, squashed.changed ? 'changed' : 'unchanged'),
            fixes: locateFixes(body, squashed.fixes, { replacements: wants.replacements === true }),
            heldBack: squashed.heldBack.map((f) => ({
                ruleId: f.ruleId,
                message: f.message,
                applicability: f.applicability,
            })),
            stagesNotShipping: stagesLeftAlone(squashed.output.replace(/^\uFEFF/, ''), selectTransforms(request), options),
            original,
            output: squashed.output,
        };
        if (wants.diff && squashed.changed) {
            const { unifiedDiff } = await import('./diff.js');
            result.diff = unifiedDiff(path, original, squashed.output);
        }
        return result;
    }
    catch (error) {
        return failed(path, messageOf(error), reasonOf(error));
    }
}
/**
 * How many build stages would have been rewritten had they shipped. The transforms do not report this (they
 * simply propose nothing there), so we ask them again with --all-stages on the final text. Only multi-stage
 * files with a stage that never ships pay for the extra parse.
 */
function stagesLeftAlone(text, transforms, options) {
    if (options.allStages || (text.match(/^[ \t]*FROM[ \t]/gim)?.length ?? 0) < 2)
        return 0;
    try {
        const doc = parseDocument(text, options.ignoredRules);
        if (doc.problems.length > 0 || doc.stages.every((s) => s.ships))
            return 0;
        const ctx = { options: { ...options, allStages: true }, managers: MANAGERS };
        const stages = new Set();
        for (const fix of transforms.flatMap((t) => t.run(doc, ctx))) {
            const at = Math.min(...fix.edits.map((e) => e.start));
            const ins = doc.instructions.filter((i) => i.start <= at).pop();
            if (ins && !doc.stages[ins.stage]?.ships)
                stages.add(ins.stage);
        }
        return stages.size;
    }
    catch {
        return 0;
    }
}
function base(path, status) {
    return { path, status, written: false, fixes: [], heldBack: [], stagesNotShipping: 0 };
}
function failed(path, message, reason) {
    return { ...base(path, 'error'), message, reason };
}
function reasonOf(error) {
    if (error instanceof InputError)
        return /^line \d+:/.test(error.message) ? 'parse error' : 'not a Dockerfile';
    if (error instanceof FixError)
        return 'transform error';
    return 'internal error';
}
export function messageOf(error) {
    if (error instanceof InputError)
        return error.message;
    if (error instanceof FixError)
        return `${error.transformId ? `[${error.transformId}] ` : ''}${error.message}; file left unchanged`;
    return `internal error: ${error?.stack ?? String(error)}`;
}
