/**
 * `squashFiles(paths, options)`: batch mode as a function, behind the CLI and for tools that run campaigns over
 * many repositories. Paths may be files, directories (walked for Dockerfiles, honouring .gitignore) or globs;
 * config files apply, and explicit options win over them. Nothing is written unless `write: true`.
 * `squashText(text, options)`: one text as if it were the file at `filepath` (config files for that path apply).
 *
 * Problems with the request itself (an unknown transform id, an invalid config file, a missing ignore file)
 * throw a SquashError before any file is read; per-file problems are results with status 'error'.
 */
import { dirname, resolve } from 'node:path';
import { initShellParser } from '../document/shell.js';
import { allTransforms } from './custom-transforms.js';
import { ConfigResolver } from './config.js';
import { DirIndex } from './dir-index.js';
import { HadolintConfigs } from './hadolint-config.js';
import { checkConfigIds, fileOptions, planFiles, runBatch } from './batch.js';
import { processText } from './process-file.js';
import { unknownTransform } from './squash.js';
import { addToSummary, emptySummary } from './summary.js';
import { REASONS, SquashError } from './errors.js';
export async function squashFiles(paths, options = {}) {
    const cwd = resolve(options.cwd ?? process.cwd());
    const settings = await planSettings(options, cwd);
    const operands = typeof paths === 'string' ? [paths] : [...paths];
    const plan = await planFiles(operands.length > 0 ? operands : ['.'], settings.plan);
    const summary = emptySummary();
    const retain = options.retain !== false;
    const files = [];
    const deliver = (result, index) => {
        addToSummary(summary, result);
        if (retain)
            files.push(result);
        options.onResult?.(result, index);
    };
    plan.operandErrors.forEach((e, i) => deliver({
        path: e.path,
        status: 'error',
        reason: REASONS[e.kind],
        kind: e.kind,
        operand: true,
        message: e.message,
        written: false,
        fixes: [],
        heldBack: [],
        stagesNotShipping: 0,
    }, i));
    const offset = plan.operandErrors.length;
    await runBatch(plan.tasks, {
        write: options.write === true,
        wants: {
            text: options.text !== false,
            diff: options.diff === true,
            replacements: options.replacements !== false,
        },
        jobs: options.jobs,
        retain: false,
        onResult: (result, index) => deliver(result, offset + index),
        onProgress: options.onProgress,
    });
    return { files, summary };
}
/** One text through the same pipeline as a file; the result carries `output` (and `diff` when asked). */
export async function squashText(text, options = {}) {
    const cwd = resolve(options.cwd ?? process.cwd());
    const settings = await planSettings(options, cwd);
    const { config } = settings.plan;
    const resolver = config === false ? null : new ConfigResolver(typeof config === 'string' ? config : undefined);
    const at = resolve(cwd, options.filepath ?? 'Dockerfile');
    const found = resolver ? await resolver.forFile(at) : null;
    if (found)
        checkConfigIds(found, settings.plan.knownIds);
    const ignoredRules = config === false ? [] : await new HadolintConfigs(new DirIndex()).ignoredIn(dirname(at));
    await initShellParser();
    const fileConfig = fileOptions(found?.config ?? {}, settings.plan, ignoredRules);
    return processText(options.filepath ?? '<stdin>', text, fileConfig, {
        text: true,
        diff: options.diff === true,
        replacements: options.replacements !== false,
    });
}
/** Loads the custom transforms (so their ids may be named) and checks the transform selection up front. */
async function planSettings(options, cwd) {
    const specs = options.transforms ?? [];
    const transforms = await allTransforms(specs, cwd);
    const knownIds = new Set(transforms.map((t) => t.id));
    for (const id of [...(options.only ?? []), ...(options.disable ?? [])])
        if (!knownIds.has(id))
            throw new SquashError('usage', unknownTransform(id, knownIds));
    return {
        transforms,
        plan: {
            cwd,
            ignorePaths: options.ignorePath,
            errorOnUnmatchedPattern: options.errorOnUnmatchedPattern !== false,
            overrides: {
                unsafe: options.unsafe,
                merge: options.merge,
                allStages: options.allStages,
                only: options.only,
                disable: options.disable,
            },
            transforms: specs.map((s) => resolve(cwd, s)),
            config: options.config === undefined || options.config === true
                ? true
                : options.config === false
                    ? false
                    : resolve(cwd, options.config),
            knownIds,
        },
    };
}
