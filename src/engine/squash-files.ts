/**
 * `squashFiles(paths, options)`: the CLI's batch mode as a function, for tools that run campaigns over many
 * repositories. Paths may be files, directories (walked for Dockerfiles, honouring .gitignore) or globs; config
 * files apply as on the command line, and explicit options win over them. Nothing is written unless `write: true`.
 */
import { resolve } from 'node:path';
import { TRANSFORMS } from '../../transforms/index.js';
import { loadTransforms } from './custom-transforms.js';
import type { FileResult } from './process-file.js';
import { summarise, type Summary } from './summary.js';
import { planFiles, runBatch } from './batch.js';

export interface SquashFilesOptions {
  /** Relative paths are resolved against it (default: process.cwd()). */
  cwd?: string;
  /** Write changed files (atomically). Default false. */
  write?: boolean;
  unsafe?: boolean;
  merge?: 'manager' | 'all';
  allStages?: boolean;
  only?: string[];
  disable?: string[];
  /** Custom transform modules (paths), as `--transform`. */
  transforms?: string[];
  /** true (default): search config files from each file upwards; a path: use that file; false: none. */
  config?: boolean | string;
  /** Extra ignore files (.gitignore syntax). */
  ignorePath?: string[];
  /** Worker threads; default automatic. 1 = this thread only. */
  jobs?: number;
  /** Include the unified diff of each changed file. Default false. */
  diff?: boolean;
}

export interface SquashFileResult extends Omit<FileResult, 'original'> {
  /** The squashed text (the input itself when nothing applies); absent when the file failed. */
  output?: string;
}

export interface SquashFilesResult {
  /** One entry per file found (and per operand that matched nothing), in sorted input order. */
  files: SquashFileResult[];
  summary: Summary;
}

export async function squashFiles(
  paths: string | readonly string[],
  options: SquashFilesOptions = {},
): Promise<SquashFilesResult> {
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
    config:
      options.config === undefined
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
  const files: SquashFileResult[] = [
    ...plan.operandErrors.map((e): SquashFileResult => ({
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
