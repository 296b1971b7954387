/**
 * `squashFiles(paths, options)`: the CLI's batch mode as a function, for tools that run campaigns over many
 * repositories. Paths may be files, directories (walked for Dockerfiles, honouring .gitignore) or globs; config
 * files apply as on the command line, and explicit options win over them. Nothing is written unless `write: true`.
 */
import { resolve } from 'node:path';
import { TRANSFORMS } from '../../transforms/index.js';
import { loadTransforms } from './custom-transforms.js';
import { summarise } from './summary.js';
import { planFiles, runBatch } from './batch.js';
export async function squashFiles(paths, options = {}) {
    const cwd = resolve(options.cwd ?? process.cwd());
    const specs = options.transforms ?? [];
    const custom = await loadTransforms(specs, cwd);
    const plan = await planFiles(typeof paths === 'string' ? [paths] : [...paths], {
        cwd,
        ignorePaths: options.ignorePath ?? [],
        overrides: {
            unsafe: options.unsafe,
            merge: options.merge,
            allStages: options.allStages,
            only: options.only,
            disable: options.disable,
        },
        transforms: specs.map((s) => resolve(cwd, s)),
        config: options.config === undefined
            ? true
            : options.config === false
                ? false
                : options.config === true
                    ? true
                    : resolve(cwd, options.config),
        knownIds: new Set([...TRANSFORMS, ...custom].map((t) => t.id)),
    });
    const results = await runBatch(plan.tasks, {
        write: options.write === true,
        wants: { text: true, diff: options.diff === true, replacements: true },
        jobs: options.jobs,
    });
    const files = [
        ...plan.operandErrors.map((e) => ({
            path: e.path,
            status: 'error',
            reason: 'unreadable',
            message: e.message,
            written: false,
            fixes: [],
            heldBack: [],
            stagesNotShipping: 0,
        })),
        ...results.map(({ original: _original, ...rest }) => rest),
    ];
    return { files, summary: summarise(files) };
}
