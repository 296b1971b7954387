/**
 * Public API, and the only module the CLI imports. `squash(text)` rewrites one Dockerfile's text (or its bytes,
 * decoded as the CLI decodes a file); `squashFiles(paths)` runs a batch (discovery, config files, worker
 * threads); `squashText(text)` runs one text as if it were a file; `measure()` builds a Dockerfile and its
 * rewrite to compare the images. The batch and measure machinery load on first call, so `squash` users do not
 * pay for them.
 */
import type {
  SquashFilesHooks,
  SquashFilesOptions,
  SquashFilesResult,
  SquashFileResult,
  SquashTextOptions,
} from './engine/squash-files.js';
import type { MeasureOptions, MeasureReport } from './measure/index.js';
import type { Transform } from './transform.js';

export {
  squash,
  squashSync,
  selectTransforms,
  type SquashInput,
  type SquashRequest,
  type SquashResult,
} from './engine/squash.js';
export { InputError, decodeSource } from './document/source.js';
export { initShellParser } from './document/shell.js';
export { TRANSFORMS, MANAGERS } from '../transforms/index.js';
export {
  ENGINE_OPTIONS,
  flagOf,
  splitList,
  type OptionSpec,
  type OptionType,
  type OptionsOf,
} from './engine/options.js';
export { SquashError, REASONS, kindOf, internalErrorMessage, type ErrorKind, type Reason } from './engine/errors.js';
export { summarise, type Summary } from './engine/summary.js';
export type { SquashFilesOptions, SquashFilesHooks, SquashFilesResult, SquashFileResult, SquashTextOptions };
export type { FileStatus, HeldBackFix } from './engine/process-file.js';
export type { LocatedFix, Span, Replacement, Position } from './fix/locate.js';
export type { Transform, TransformContext, SquashOptions } from './transform.js';
export type { Fix, Edit, Figures, Applicability } from './fix/types.js';
export type { AppliedFix } from './fix/loop.js';
export { MeasureError, type MeasureErrorKind } from './measure/errors.js';
export { formatReport as formatMeasureReport, REPORT_FORMATS as MEASURE_FORMATS } from './measure/report.js';
export type { MeasureOptions, MeasureReport };

export async function squashFiles(
  paths: string | readonly string[],
  options?: SquashFilesOptions,
): Promise<SquashFilesResult> {
  return (await import('./engine/squash-files.js')).squashFiles(paths, options);
}

export async function squashText(text: string, options?: SquashTextOptions): Promise<SquashFileResult> {
  return (await import('./engine/squash-files.js')).squashText(text, options);
}

/** The built-in transforms followed by the custom ones loaded from `modules` (paths, resolved against `cwd`). */
export async function allTransforms(modules: readonly string[] = [], cwd?: string): Promise<Transform[]> {
  return (await import('./engine/custom-transforms.js')).allTransforms(modules, cwd);
}

export async function measure(options: MeasureOptions): Promise<MeasureReport> {
  return (await import('./measure/index.js')).measure(options);
}
