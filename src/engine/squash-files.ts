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
import type { Transform } from '../transform.js';
import { allTransforms } from './custom-transforms.js';
import { ConfigResolver } from './config.js';
import { DirIndex } from './dir-index.js';
import { HadolintConfigs } from './hadolint-config.js';
import { checkConfigIds, fileOptions, planFiles, runBatch, type PlanSettings } from './batch.js';
import { processText, type FileResult } from './process-file.js';
import { unknownTransform } from './squash.js';
import { addToSummary, emptySummary, type Summary } from './summary.js';
import { REASONS, SquashError } from './errors.js';
import type { ENGINE_OPTIONS, OptionsOf } from './options.js';

/** Options from the table in options.ts (write, unsafe, merge, only, transforms, config, jobs, ...). */
export type SquashFilesOptions = OptionsOf<typeof ENGINE_OPTIONS, 'api'> & SquashFilesHooks;

export interface SquashFilesHooks {
  /** Each result, in sorted input order, as soon as it and every one before it is done. */
  onResult?: (result: SquashFileResult, index: number) => void;
  /** (0, total) once the files are known, then (done, total) as files finish. */
  onProgress?: (done: number, total: number) => void;
  /** Keep every result and return them (default true); false: results only reach onResult, memory stays flat. */
  retain?: boolean;
  /** Include each file's original and squashed text (default true). */
  text?: boolean;
  /** Include each fix's replacements on the original text (default true). */
  replacements?: boolean;
}

export type SquashFileResult = FileResult;

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
  const settings = await planSettings(options, cwd);
  const operands = typeof paths === 'string' ? [paths] : [...paths];
  const plan = await planFiles(operands.length > 0 ? operands : ['.'], settings.plan);
  const summary = emptySummary();
  const retain = options.retain !== false;
  const files: SquashFileResult[] = [];
  const deliver = (result: SquashFileResult, index: number) => {
    addToSummary(summary, result);
    if (retain) files.push(result);
    options.onResult?.(result, index);
  };
  plan.operandErrors.forEach((e, i) =>
    deliver(
      {
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
      },
      i,
    ),
  );
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

export interface SquashTextOptions extends Omit<SquashFilesOptions, 'write' | 'jobs' | 'retain' | 'onResult'> {
  /** The path the text stands for: config files are looked up from it (default: `Dockerfile` in cwd). */
  filepath?: string;
}

/** One text through the same pipeline as a file; the result carries `output` (and `diff` when asked). */
export async function squashText(text: string, options: SquashTextOptions = {}): Promise<SquashFileResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const settings = await planSettings(options, cwd);
  const { config } = settings.plan;
  const resolver = config === false ? null : new ConfigResolver(typeof config === 'string' ? config : undefined);
  const at = resolve(cwd, options.filepath ?? 'Dockerfile');
  const found = resolver ? await resolver.forFile(at) : null;
  if (found) checkConfigIds(found, settings.plan.knownIds);
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
async function planSettings(
  options: SquashFilesOptions,
  cwd: string,
): Promise<{ plan: PlanSettings; transforms: Transform[] }> {
  const specs = options.transforms ?? [];
  const transforms = await allTransforms(specs, cwd);
  const knownIds = new Set(transforms.map((t) => t.id));
  for (const id of [...(options.only ?? []), ...(options.disable ?? [])])
    if (!knownIds.has(id)) throw new SquashError('usage', unknownTransform(id, knownIds));
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
      config:
        options.config === undefined || options.config === true
          ? true
          : options.config === false
            ? false
            : resolve(cwd, options.config),
      knownIds,
    },
  };
}
