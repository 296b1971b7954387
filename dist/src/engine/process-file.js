/**
 * One file through the pipeline: read, decode, squash, and (with --write) write back. Never throws: every
 * failure becomes a FileResult with status 'error', a one-line message and the reason it is counted under.
 * Runs in the main thread for small batches and in worker threads for large ones, so its inputs and outputs
 * are plain data (custom transforms travel as module paths).
 */
import { decodeSource } from '../document/source.js';
import { provablyQuiet, squashToDocument, selectTransforms } from './squash.js';
import { MANAGERS } from '../../transforms/index.js';
import { DEFAULT_OPTIONS } from '../transform.js';
import { readSnapshot, writeIfUnchanged } from './io.js';
import { locateFixes } from '../fix/locate.js';
import { loadTransform } from './custom-transforms.js';
import { kindOf, messageOf, REASONS } from './errors.js';
export const DEFAULT_FILE_OPTIONS = { ...DEFAULT_OPTIONS, only: [], disable: [], transforms: [] };
export async function processFile(task, write, wants) {
    let snapshot;
    let original;
    try {
        snapshot = await readSnapshot(task.absolute);
        const decoded = decodeSource(snapshot.bytes);
        original = (decoded.bom ? '\uFEFF' : '') + decoded.text;
    }
    catch (error) {
        return failed(task.path, error);
    }
    const result = await processText(task.path, original, task.options, wants);
    if (write && result.status === 'changed') {
        try {
            await writeIfUnchanged(task.absolute, snapshot, result.output ?? '');
            result.written = true;
        }
        catch (error) {
            return { ...failed(task.path, error), fixes: result.fixes, heldBack: result.heldBack };
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
        const custom = await Promise.all(options.transforms.map((p) => loadTransform(p)));
        const request = { ...options, transforms: custom };
        const { result: squashed, document } = squashToDocument(original, request);
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
            stagesNotShipping: stagesLeftAlone(document, selectTransforms(request), options, custom.length),
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
        return failed(path, error);
    }
}
/**
 * How many build stages would have been rewritten had they shipped. The transforms do not report this (they
 * simply propose nothing there), so we ask them again with --all-stages on the final text, reading the fix
 * loop's last parse of it. Two shortcuts keep that cheap without changing the count: a stage whose own text
 * passes the quick test of transforms/lib/quiet.ts cannot be rewritten (a fix edits the stage of the commands it
 * reacts to), and once every stage that could be has a fix, the remaining transforms are not asked.
 */
function stagesLeftAlone(doc, transforms, options, customTransforms) {
    // No document: no transform can change this text, in any stage.
    if (!doc || options.allStages || (doc.text.match(/^[ \t]*FROM[ \t]/gim)?.length ?? 0) < 2)
        return 0;
    try {
        if (doc.problems.length > 0)
            return 0;
        const open = doc.stages.filter((s) => !s.ships && !provablyQuiet(stageText(doc, s), options, customTransforms));
        if (open.length === 0)
            return 0;
        const ctx = { options: { ...options, allStages: true }, managers: MANAGERS };
        const stages = new Set();
        for (const transform of transforms) {
            for (const fix of transform.run(doc, ctx)) {
                const at = Math.min(...fix.edits.map((e) => e.start));
                const ins = doc.instructions.filter((i) => i.start <= at).pop();
                if (ins && !doc.stages[ins.stage]?.ships)
                    stages.add(ins.stage);
            }
            if (open.every((s) => stages.has(s.index)))
                break;
        }
        return stages.size;
    }
    catch {
        return 0;
    }
}
/** A stage's instructions, from its FROM to the end of its last one. */
function stageText(doc, stage) {
    const first = doc.instructions[stage.instructions[0]];
    const last = doc.instructions[stage.instructions[stage.instructions.length - 1]];
    return doc.text.slice(first.start, last.end);
}
function base(path, status) {
    return { path, status, written: false, fixes: [], heldBack: [], stagesNotShipping: 0 };
}
/** A failed file: its reason follows from the error's kind alone. */
export function failed(path, error) {
    const found = kindOf(error);
    // Usage and config problems stop a run before any file is read; met here, they are a bug.
    const kind = found in REASONS ? found : 'internal';
    return { ...base(path, 'error'), message: messageOf(error), reason: REASONS[kind], kind };
}
