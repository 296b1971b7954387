/** What the user sees: coloured diffs, the summary and the JSON report. */
import { createColors } from 'picocolors';
import type { Reason, SquashFileResult, Summary } from '../index.js';

export type Colors = ReturnType<typeof createColors>;

export function colorsFor(enabled: boolean): Colors {
  return createColors(enabled);
}

/**
 * Whether to colour a stream: --color/--no-color, else FORCE_COLOR (any value but '0' or 'false' forces them on,
 * as in chalk and supports-color), else NO_COLOR turns them off, else on for a terminal that is not dumb.
 */
export function wantsColor(
  flag: boolean | undefined,
  env: Record<string, string | undefined>,
  isTTY: boolean,
): boolean {
  if (flag !== undefined) return flag;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env['NO_COLOR']) return false;
  return isTTY && env['TERM'] !== 'dumb';
}

export function colorDiff(diff: string, c: Colors): string {
  return diff
    .split('\n')
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---')) return c.bold(line);
      if (line.startsWith('@@')) return c.cyan(line);
      if (line.startsWith('+')) return c.green(line);
      if (line.startsWith('-')) return c.red(line);
      return line;
    })
    .join('\n');
}

/** Singular and plural of each reason, so counts read as English ("1 transform error", "2 parse errors"). */
const REASON_WORDS: Record<Reason, [string, string]> = {
  'ignore-file pragma': ['ignore-file pragma', 'ignore-file pragmas'],
  'Windows image': ['Windows image', 'Windows images'],
  'non-POSIX SHELL': ['non-POSIX SHELL', 'non-POSIX SHELLs'],
  template: ['template', 'templates'],
  'unmatched pattern': ['unmatched pattern', 'unmatched patterns'],
  unreadable: ['unreadable', 'unreadable'],
  'not a Dockerfile': ['not a Dockerfile', 'not Dockerfiles'],
  'parse error': ['parse error', 'parse errors'],
  'transform error': ['transform error', 'transform errors'],
  'not written': ['not written', 'not written'],
  'internal error': ['internal error', 'internal errors'],
};

export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * The summary: files by outcome, then what the fixes did, then what was held back. Coloured when `c` is; wrapped
 * at word boundaries to `width` columns when given (a terminal), one line otherwise (logs, pipes).
 */
export function summaryText(s: Summary, options: { write: boolean; colors: Colors; width?: number }): string {
  const c = options.colors;
  const reasons = (by: Partial<Record<Reason, number>>) => {
    const entries = (Object.entries(by) as [Reason, number][]).filter(([, n]) => n);
    return entries.length
      ? ` (${entries.map(([why, n]) => count(n, ...(REASON_WORDS[why] ?? [why, why]))).join(', ')})`
      : '';
  };
  const changed = `${s.changed} ${options.write ? 'written' : 'to change'}`;
  const errors = `${count(s.errors, 'error')}${reasons(s.errorsBy)}`;
  const parts = [
    `${c.bold(count(s.files, 'file'))}: ${s.changed ? (options.write ? c.green(changed) : c.yellow(changed)) : changed}, ` +
      `${s.unchanged} unchanged, ${s.skipped} skipped${reasons(s.skippedBy)}, ${s.errors ? c.red(errors) : errors}`,
  ];
  if (s.fixes > 0) {
    const did: string[] = [];
    if (s.runsMerged > 0) did.push(`${count(s.runsMerged, 'RUN')} merged (${count(s.layersRemoved, 'layer')} fewer)`);
    if (s.teardowns > 0) did.push(`${count(s.teardowns, 'teardown')} added`);
    if (s.flags > 0) did.push(`${count(s.flags, 'install flag')} added`);
    parts.push(`${count(s.fixes, 'fix', 'fixes')}${did.length ? `: ${did.join(', ')}` : ''}`);
  }
  if (s.stagesNotShipping > 0)
    parts.push(c.dim(`${count(s.stagesNotShipping, 'build stage')} not shipped, left alone (--all-stages rewrites)`));
  if (s.heldBack > 0)
    parts.push(c.dim(`${count(s.heldBack, 'unsafe fix', 'unsafe fixes')} held back (--unsafe applies them)`));
  const text = parts.join(' · ');
  return options.width ? wrap(text, options.width) : text;
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Breaks `text` at spaces so no line is wider than `width` visible columns (colour codes take none). */
export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  let length = 0;
  for (const word of text.split(' ')) {
    const visible = word.replace(ANSI, '').length;
    if (line !== '' && length + 1 + visible > width) {
      lines.push(line);
      line = word;
      length = visible;
    } else if (line === '') {
      line = word;
      length = visible;
    } else {
      line += ` ${word}`;
      length += 1 + visible;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

export function jsonReport(results: readonly SquashFileResult[], summary: Summary): string {
  return (
    JSON.stringify(
      {
        files: results.map((r) => ({
          path: r.path,
          status: r.status,
          ...(r.message ? { message: r.message } : {}),
          ...(r.reason ? { reason: r.reason } : {}),
          written: r.written,
          fixes: r.fixes.map((f) => ({
            ruleId: f.ruleId,
            message: f.message,
            applicability: f.applicability,
            pass: f.pass,
            range: f.span.range,
            ...f.data,
          })),
          heldBack: r.heldBack,
          stagesNotShipping: r.stagesNotShipping,
          ...(r.diff !== undefined ? { diff: r.diff } : {}),
        })),
        summary,
      },
      null,
      2,
    ) + '\n'
  );
}
