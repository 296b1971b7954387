/**
 * One file through the pipeline: read, decode, squash, and (with --write) write back. Never throws: every
 * failure becomes a FileResult with status 'error', a one-line message and the reason it is counted under.
 * Runs in the main thread for small batches and in worker threads for large ones, so its inputs and outputs
 * are plain data (custom transforms travel as module paths).
 */
import { decodeSource } from '../document/source.js';
import type { Document, Stage } from '../document/types.js';
import { provablyQuiet, squashToDocument, selectTransforms } from './squash.js';
import { MANAGERS, type Transform } from '../../transforms/index.js';
import { DEFAULT_OPTIONS, type SquashOptions } from '../transform.js';
import { readSnapshot, writeIfUnchanged } from './io.js';
import { locateFixes, type LocatedFix } from '../fix/locate.js';
import { loadTransform } from './custom-transforms.js';
import { kindOf, messageOf, REASONS, type FileErrorKind, type Reason } from './errors.js';

export type FileStatus = 'changed' | 'unchanged' | 'skipped' | 'error';

export interface HeldBackFix {
  ruleId: string;
  message: string;
  applicability: string;
}

export interface FileResult {
  /** The path as reported (relative to the working directory when the user gave a relative path). */
  path: string;
  status: FileStatus;
  /** Why a file was skipped or failed, one line. */
  message?: string;
  /** What it is counted under in the summary; for an error, fixed by its kind. */
  reason?: Reason;
  /** The kind of error (error results only). */
  kind?: FileErrorKind;
  /** An operand (directory, glob or missing path) rather than a file: it is counted as an error, not a file. */
  operand?: boolean;
  written: boolean;
  /** Applied fixes, located on the original text. */
  fixes: LocatedFix[];
  /** Unsafe fixes not applied because --unsafe was off. */
  heldBack: HeldBackFix[];
  /** Build stages left as they are because their filesystem never ships (see --all-stages). */
  stagesNotShipping: number;
  /** Present when asked for (ProcessWants). */
  original?: string;
  output?: string;
  diff?: string;
}

/** The per-file options after config files and flags are combined. Plain data: it crosses to worker threads. */
export interface FileOptions extends SquashOptions {
  only: string[];
  disable: string[];
  /** Absolute paths of custom transform modules. */
  transforms: string[];
}

export interface ProcessWants {
  /** Keep the original and output text in the result (stdin mode, the API, SARIF needs neither). */
  text: boolean;
  /** Compute the unified diff of a changed file. */
  diff: boolean;
  /** Attach each fix's replacements on the original text (SARIF fixes, the API). */
  replacements?: boolean;
}

export interface FileTask {
  path: string;
  absolute: string;
  options: FileOptions;
}

export const DEFAULT_FILE_OPTIONS: FileOptions = { ...DEFAULT_OPTIONS, only: [], disable: [], transforms: [] };

export async function processFile(task: FileTask, write: boolean, wants: ProcessWants): Promise<FileResult> {
  let snapshot;
  let original: string;
  try {
    snapshot = await readSnapshot(task.absolute);
    const decoded = decodeSource(snapshot.bytes);
    original = (decoded.bom ? '\uFEFF' : '') + decoded.text;
  } catch (error) {
    return failed(task.path, error);
  }
  const result = await processText(task.path, original, task.options, wants);
  if (write && result.status === 'changed') {
    try {
      await writeIfUnchanged(task.absolute, snapshot, result.output ?? '');
      result.written = true;
    } catch (error) {
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
export async function processText(
  path: string,
  original: string,
  options: FileOptions,
  wants: ProcessWants,
): Promise<FileResult> {
  try {
    const custom = await Promise.all(options.transforms.map((p) => loadTransform(p)));
    const request = { ...options, transforms: custom };
    const { result: squashed, document } = squashToDocument(original, request);
    if (squashed.skipped) {
      const { reason, message } = squashed.skipped;
      return { ...base(path, 'skipped'), message, reason, original, output: original };
    }
    const body = original.replace(/^\uFEFF/, '');
    const result: FileResult = {
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
  } catch (error) {
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
function stagesLeftAlone(
  doc: Document | null,
  transforms: readonly Transform[],
  options: SquashOptions,
  customTransforms: number,
): number {
  // No document: no transform can change this text, in any stage.
  if (!doc || options.allStages || (doc.text.match(/^[ \t]*FROM[ \t]/gim)?.length ?? 0) < 2) return 0;
  try {
    if (doc.problems.length > 0) return 0;
    const open = doc.stages.filter((s) => !s.ships && !provablyQuiet(stageText(doc, s), options, customTransforms));
    if (open.length === 0) return 0;
    const ctx = { options: { ...options, allStages: true }, managers: MANAGERS };
    const stages = new Set<number>();
    for (const transform of transforms) {
      for (const fix of transform.run(doc, ctx)) {
        const at = Math.min(...fix.edits.map((e) => e.start));
        const ins = doc.instructions.filter((i) => i.start <= at).pop();
        if (ins && !doc.stages[ins.stage]?.ships) stages.add(ins.stage);
      }
      if (open.every((s) => stages.has(s.index))) break;
    }
    return stages.size;
  } catch {
    return 0;
  }
}

/** A stage's instructions, from its FROM to the end of its last one. */
function stageText(doc: Document, stage: Stage): string {
  const first = doc.instructions[stage.instructions[0]!]!;
  const last = doc.instructions[stage.instructions[stage.instructions.length - 1]!]!;
  return doc.text.slice(first.start, last.end);
}

function base(path: string, status: FileStatus): FileResult {
  return { path, status, written: false, fixes: [], heldBack: [], stagesNotShipping: 0 };
}

/** A failed file: its reason follows from the error's kind alone. */
export function failed(path: string, error: unknown): FileResult {
  const found = kindOf(error);
  // Usage and config problems stop a run before any file is read; met here, they are a bug.
  const kind: FileErrorKind = found in REASONS ? (found as FileErrorKind) : 'internal';
  return { ...base(path, 'error'), message: messageOf(error), reason: REASONS[kind], kind };
}
