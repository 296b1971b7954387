/**
 * The pipeline properties, as one pure function of a case: `checkCase(text, options)` runs the pipeline (twice
 * when the first run changed the file) and returns, for every property, null when it holds or the reason it
 * does not. Plain data in, plain data out, so that worker threads can check batches of cases at native speed
 * (see pool.ts) while the jest test only reads the verdicts, and re-checks in process to shrink a failure.
 */
import { DockerfileParser } from 'dockerfile-ast';
import { InputError, MANAGERS, initShellParser, squashSync, type SquashRequest } from '../../src/index.js';
import { parseDocument } from '../../src/document/parse.js';
import type { Document, Instruction } from '../../src/document/types.js';

export const PROPERTIES = ['throws', 'parses', 'idempotent', 'untouched', 'check', 'bomEol'] as const;
export type PropertyName = (typeof PROPERTIES)[number];

export interface CaseReport {
  /** Per property: null when it holds, else why not. */
  verdicts: Record<PropertyName, string | null>;
  outcome: 'refused' | 'unchanged' | 'changed' | 'crash';
  merged: boolean;
}

export function initAnalysis(): Promise<void> {
  return initShellParser();
}

const stripBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

type Run =
  | { kind: 'ok'; output: string; changed: boolean; ruleIds: string[] }
  | { kind: 'input-error'; message: string }
  | { kind: 'crash'; message: string };

function run(text: string, options: SquashRequest): Run {
  try {
    const r = squashSync(text, options);
    return { kind: 'ok', output: r.output, changed: r.changed, ruleIds: r.fixes.map((f) => f.ruleId) };
  } catch (error) {
    const e = error as Error;
    if (error instanceof InputError) return { kind: 'input-error', message: e.message };
    return { kind: 'crash', message: `${e?.name ?? typeof error}: ${e?.message ?? String(error)}\n${e?.stack ?? ''}` };
  }
}

export function checkCase(text: string, options: SquashRequest): CaseReport {
  const verdicts: Record<PropertyName, string | null> = {
    throws: null,
    parses: null,
    idempotent: null,
    untouched: null,
    check: null,
    bomEol: null,
  };
  const first = run(text, options);
  if (first.kind === 'crash') {
    const reason = `the pipeline threw ${first.message}`;
    for (const p of PROPERTIES) verdicts[p] = reason;
    return { verdicts, outcome: 'crash', merged: false };
  }
  if (first.kind === 'input-error') return { verdicts, outcome: 'refused', merged: false };
  const { output } = first;
  // What --check reports: a file changes exactly when fixes were applied to it, and never without them.
  const changed = output !== text;
  if (changed !== first.ruleIds.length > 0)
    verdicts.check = `the output ${changed ? 'differs from' : 'equals'} the input with ${first.ruleIds.length} fixes applied`;
  verdicts.bomEol = bomEolProblem(text, output);
  const merged = first.ruleIds.includes('merge-runs');
  if (!changed) return { verdicts, outcome: 'unchanged', merged };

  const again = run(output, options);
  if (again.kind === 'crash') verdicts.throws = `the pipeline threw on its own output: ${again.message}`;
  else if (again.kind === 'input-error') verdicts.idempotent = `the output is refused: ${again.message}`;
  else if (again.output !== output)
    verdicts.idempotent = `a second run changes the output again:\n${output}\n--- second run ---\n${again.output}`;
  verdicts.parses = join(outputParseProblems(text, output, again));
  verdicts.untouched = join(untouchedProblems(text, output, options));
  return { verdicts, outcome: 'changed', merged };
}

const join = (problems: string[]) => (problems.length ? problems.map((p) => `- ${p}`).join('\n') : null);

function bomEolProblem(input: string, output: string): string | null {
  if (output.startsWith('\uFEFF') !== input.startsWith('\uFEFF')) return 'the BOM was added or lost';
  if (stripBom(output).includes('\uFEFF') !== stripBom(input).includes('\uFEFF')) return 'a stray U+FEFF appeared';
  const crlfOnly = (t: string) => t.includes('\r\n') && !/(^|[^\r])\n/.test(t);
  if (crlfOnly(input) && !crlfOnly(output)) return 'the input has only CRLF line breaks, the output has LF ones';
  if (!input.includes('\r') && output.includes('\r')) return 'the input has no CR, the output has';
  if (/\n$/.test(input) !== /\n$/.test(output)) return 'the final newline was added or lost';
  return null;
}

// ─── the output parses ───────────────────────────────────────────────────────────────────────────────────────

/** What a file looks like to the Dockerfile parser alone (cheap: no shell analysis). */
function shapeOf(text: string) {
  const ast = DockerfileParser.parse(stripBom(text));
  const counts = new Map<string, number>();
  for (const i of ast.getInstructions()) counts.set(i.getKeyword(), (counts.get(i.getKeyword()) ?? 0) + 1);
  const stages = ast.getFROMs().map((f) => `${f.getBuildStage() ?? ''}<-${f.getImage() ?? ''}`);
  return { counts, stages, escape: ast.getEscapeCharacter() };
}

/**
 * The run over the output refuses it (InputError) exactly when it has parse problems or a POSIX RUN whose shell
 * does not parse, so only the shape is compared here: same stages, same count of every instruction but RUN, no
 * more RUNs, same escape character.
 */
function outputParseProblems(input: string, output: string, again: Run): string[] {
  const problems: string[] = [];
  if (again.kind === 'input-error') problems.push(`the output is refused: ${again.message}`);
  const before = shapeOf(input);
  const after = shapeOf(output);
  if (before.stages.join(', ') !== after.stages.join(', '))
    problems.push(`stages changed: ${before.stages.join(', ')} → ${after.stages.join(', ')}`);
  for (const k of new Set([...before.counts.keys(), ...after.counts.keys()])) {
    const [a, b] = [before.counts.get(k) ?? 0, after.counts.get(k) ?? 0];
    if (k === 'RUN' ? b > a : a !== b) problems.push(`${k}: ${a} → ${b}`);
  }
  if (before.escape !== after.escape) problems.push('escape character changed');
  return problems;
}

// ─── everything the fixes did not touch is byte-identical ────────────────────────────────────────────────────

/**
 * Text every teardown the tool knows may insert (a program it found called by path is called the same way,
 * `/opt/conda/bin/conda clean …`); a rewritten RUN may contain these besides the original bodies. Longest first.
 */
const TEARDOWN_COMMANDS = [
  ...new Set(
    MANAGERS.flatMap((m) =>
      m.teardown.flatMap((step) => (typeof step.command === 'string' ? [step.command] : Object.values(step.command))),
    ),
  ),
].sort((x, y) => y.length - x.length);

/**
 * One sticky pattern for all of them: the same `sudo` (as the install had) and path in front, then the commands as
 * alternatives in the order above. It matches what trying one pattern per command in that order matched first:
 * at a given position the front is fixed by the text (the `sudo` words end where a word that is no option
 * starts; a path, which has no blank or quote, ends at the last `/` before the program, since no program name
 * holds a `/` and every command has a blank after its program), so both ways take the first command, in the same
 * order, that follows it. One match per position instead of one per command: teardownAt is called at every
 * position of a rewritten text, where it was most of the pipeline properties' own time.
 */
const TEARDOWN = new RegExp(
  `(?:sudo\\s+(?:-[A-Za-z]+\\s+)*)?(?:[^\\s'"]*/)?(?:${TEARDOWN_COMMANDS.map(escapeRe).join('|')})`,
  'y',
);
if (TEARDOWN_COMMANDS.some((c) => !/^[^\s/'"-][^\s/'"]* /.test(c) || c.startsWith('sudo ')))
  throw new Error('a teardown command whose program is sudo, holds a `/` or has no argument: see TEARDOWN');

/** With --unsafe, a later RUN that read deleted state refreshes it first (`apt-get update && …`). */
const REFRESHES = [...new Set(MANAGERS.flatMap((m) => m.teardown.flatMap((s) => s.refreshCommand ?? [])))];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Length of the teardown command at `at`, or 0. */
function teardownAt(text: string, at: number): number {
  TEARDOWN.lastIndex = at;
  return TEARDOWN.exec(text)?.[0].length ?? 0;
}

/** Options the flag transforms may insert into a command; ignored when locating the original bodies. */
const INSERTABLE_FLAGS = [...new Set(MANAGERS.flatMap((m) => (m.flags ?? []).map((f) => ` ${f.flag}`)))].sort(
  (x, y) => y.length - x.length,
);
const withoutFlags = (s: string) => INSERTABLE_FLAGS.reduce((acc, f) => acc.split(f).join(''), s);

/** `export K=V` as a crossing writes it: V bare, single-quoted (`'\\''` for a quote), or double-quoted with `$PATH`. */
const EXPORT = /export((?: [A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'(?:\\''[^']*')*|[A-Za-z0-9_.,:/@%+=-]+))+)/g;
const UNSET = /unset((?: [A-Za-z_][A-Za-z0-9_]*)+);/g;
/** A match must not start or end inside a word (`dnf clean all` inside an appended `microdnf clean all`). */
const WORD = /[\w./~-]/;

/**
 * Instructions the tool must never change: everything but shell-form RUNs under a POSIX shell that parse, and
 * heredoc RUNs that are shell scripts.
 */
function isImmutable(doc: Document, ins: Instruction): boolean {
  const r = ins.run;
  if (!r) return true;
  if (r.heredoc) {
    if (!r.shell || r.shell.hasError) return true;
  } else if (r.form !== 'shell' || !r.posixShell || !r.shell || r.shell.hasError) return true;
  if (r.logical!.text.trim() === '') return true;
  return doc.ignoreFile || ins.pragmas.all;
}

const instructionText = (doc: Document, ins: Instruction) => doc.text.slice(ins.start, ins.end);

interface Gap {
  /** Input text between two immutable instructions, and its offsets. */
  text: string;
  from: number;
  to: number;
  runs: Instruction[];
  /** ENV/ARG instructions a merge may move across (with --unsafe). */
  movable: Instruction[];
}

/**
 * "Every instruction the fixes did not touch is byte-identical", made checkable without trusting the engine's
 * own account of what it did:
 * - the immutable instructions (everything but rewritable RUNs; with --unsafe, ENV and ARG inside a stage may
 *   move across a merged RUN) are byte-identical and in the same order;
 * - between two of them, the output holds each original RUN body (up to its last statement, then the rest of
 *   it: `;`, `&`, a trailing comment) in order, every comment line that was there, the RUN prefixes (keyword +
 *   flags) of the originals, and the moved ENV/ARG instructions verbatim (ENVs in their order, ARGs in theirs);
 *   once those, the teardown commands and (with --unsafe) the refreshes a teardown puts in front of a later
 *   RUN are removed, only glue remains: blanks, line breaks, the escape character, `&&`, `;`, `(`, `)`, `{`,
 *   `}`, and for crossed ENV/ARG `export NAME="…"` and `unset NAME;` of names those instructions set.
 * The output is not parsed: its gaps are the text between the input's immutable instructions, found in order.
 */
export function untouchedProblems(input: string, output: string, options: SquashRequest): string[] {
  const doc = parseDocument(stripBom(input));
  const text = stripBom(output);
  const firstFrom = doc.instructions.find((i) => i.keyword === 'FROM')?.start ?? Infinity;
  // An ENV of literal values may move below a merged RUN without --unsafe too.
  const movable = (ins: Instruction) =>
    (ins.keyword === 'ENV' || (!!options.unsafe && ins.keyword === 'ARG')) && ins.start > firstFrom;

  const gaps: Gap[] = [];
  const immutable: string[] = [];
  let current: Gap = { text: '', from: 0, to: 0, runs: [], movable: [] };
  for (const ins of doc.instructions) {
    if (movable(ins)) current.movable.push(ins);
    else if (isImmutable(doc, ins)) {
      current.to = ins.start;
      current.text = doc.text.slice(current.from, current.to);
      gaps.push(current);
      immutable.push(instructionText(doc, ins));
      current = { text: '', from: ins.end, to: 0, runs: [], movable: [] };
    } else current.runs.push(ins);
  }
  current.to = doc.text.length;
  current.text = doc.text.slice(current.from);
  gaps.push(current);

  const outGaps: string[] = [];
  let from = 0;
  for (const piece of immutable) {
    let at = text.indexOf(piece, from);
    // at the start of a line (after blanks), and ending one (before blanks)
    while (
      at >= 0 &&
      !(
        /(^|\n)[ \t]*$/.test(text.slice(Math.max(0, at - 200), at)) &&
        /^[ \t]*(\r?\n|$)/.test(text.slice(at + piece.length, at + piece.length + 200))
      )
    )
      at = text.indexOf(piece, at + 1);
    if (at < 0) return [`instruction changed or moved: ${JSON.stringify(piece)}`];
    outGaps.push(text.slice(from, at));
    from = at + piece.length;
  }
  outGaps.push(text.slice(from));

  const problems: string[] = [];
  gaps.forEach((gap, g) => {
    const out = outGaps[g]!;
    if (gap.runs.length === 0 && gap.movable.length === 0) {
      if (gap.text !== out)
        problems.push(`text between instructions changed: ${JSON.stringify(gap.text)} → ${JSON.stringify(out)}`);
      return;
    }
    problems.push(...gapProblems(doc, gap, out, !!options.unsafe));
  });
  return problems;
}

/**
 * One stretch of rewritable RUNs. The bodies are located in order; where a body's text occurs more than once (an
 * original `apt-get clean` and an appended one), every placement is tried and the first that explains all the
 * text wins.
 */
function gapProblems(doc: Document, gap: Gap, out: string, unsafe: boolean): string[] {
  const bodies = gap.runs.map((ins) => {
    const r = ins.run!;
    const cut = r.logical!.map[r.shell!.lastStatementEnd - 1]! + 1;
    if (r.heredoc) {
      // A heredoc script: its header, its prologue (shebang, `set -e…`: a merge keeps only the first one's) and
      // its delimiter may go; the script's statements stay, in order.
      const script = r.logical!.text;
      const prologue = /^(?:#![^\n]*\n)?(?:set [^\n]*\n)?/.exec(script)![0];
      const start = r.logical!.map[prologue.length]!;
      const delimiterLine = doc.text.slice(doc.text.lastIndexOf('\n', ins.end - 1) + 1, ins.end);
      return {
        head: withoutFlags(doc.text.slice(start, cut)),
        tail: '',
        prefix: doc.text.slice(ins.start, r.heredoc.contentStart),
        optional: [...prologue.split('\n').filter(Boolean), delimiterLine.trim()],
      };
    }
    return {
      head: withoutFlags(doc.text.slice(r.bodyStart, cut)),
      tail: withoutFlags(doc.text.slice(cut, r.bodyEnd).trim()),
      prefix: doc.text.slice(ins.start, r.bodyStart),
      optional: [] as string[],
    };
  });
  // A clean-up that belongs to one branch goes inside it (`else dnf install -y curl && dnf clean all; fi`): the
  // body is then found once that insertion is taken out. Each inserted stretch is tried alone, then all together.
  const full = withoutFlags(out);
  const units = insertedTeardowns(full);
  const without = (text: string, list: { start: number; end: number }[]) =>
    list.reduceRight((t, u) => t.slice(0, u.start) + t.slice(u.end), text);
  const candidates = [
    full,
    ...(units.length > 0 ? [...units.map((u) => without(full, [u])), without(full, units)] : []),
  ];
  let firstProblems: string[] | null = null;
  for (const base of [...new Set(candidates)]) {
    const problems = placedProblems(doc, gap, out, base, bodies, unsafe);
    if (problems.length === 0) return [];
    firstProblems ??= problems;
  }
  return firstProblems!;
}

/** Each `&&`/`;` followed by teardown commands (and their own joiners): what a clean-up inside a body adds. */
function insertedTeardowns(text: string): { start: number; end: number }[] {
  const joiner = /[ \t]*(?:\\\r?\n[ \t]*)?(?:&&|;)[ \t]*(?:\\\r?\n[ \t]*)?/y;
  const joinedTeardown = (at: number): number => {
    joiner.lastIndex = at;
    const m = joiner.exec(text);
    if (!m) return 0;
    const t = teardownAt(text, at + m[0].length);
    return t ? m[0].length + t : 0;
  };
  const units: { start: number; end: number }[] = [];
  for (let at = 0; at < text.length; at++) {
    let end = at + joinedTeardown(at);
    if (end === at) continue;
    for (let more = joinedTeardown(end); more > 0; more = joinedTeardown(end)) end += more;
    units.push({ start: at, end });
    at = end - 1;
  }
  return units;
}

function placedProblems(
  doc: Document,
  gap: Gap,
  out: string,
  base: string,
  bodies: { head: string; tail: string; prefix: string; optional: string[] }[],
  unsafe: boolean,
): string[] {
  const placements: number[][] = [];
  const search = (i: number, from: number, chosen: number[]) => {
    if (placements.length >= 64) return;
    if (i === bodies.length) {
      placements.push([...chosen]);
      return;
    }
    for (const at of occurrences(base, bodies[i]!.head, from)) {
      chosen.push(at);
      search(i + 1, at + bodies[i]!.head.length, chosen);
      chosen.pop();
    }
  };
  search(0, 0, []);
  if (placements.length === 0) {
    const missing = bodies.find((b) => occurrences(base, b.head, 0).length === 0) ?? bodies[0]!;
    return [
      `RUN body ${JSON.stringify(missing.head)} not found (in order) in the rewritten text ${JSON.stringify(out)}`,
    ];
  }
  let firstProblems: string[] | null = null;
  for (const placement of placements) {
    const problems = explain(doc, gap, out, base, bodies, placement, unsafe);
    if (problems.length === 0) return [];
    firstProblems ??= problems;
  }
  return firstProblems!;
}

function occurrences(text: string, needle: string, from: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    if ((before === undefined || !WORD.test(before)) && (after === undefined || !WORD.test(after))) found.push(at);
  }
  return found;
}

function explain(
  doc: Document,
  gap: Gap,
  out: string,
  base: string,
  bodies: { head: string; tail: string; prefix: string; optional: string[] }[],
  placement: number[],
  unsafe: boolean,
): string[] {
  const problems: string[] = [];
  let rest = base;
  const blank = (at: number, length: number) => {
    rest = rest.slice(0, at) + '\u0000'.repeat(length) + rest.slice(at + length);
  };
  const take = (needle: string, from: number, what: string): number => {
    const at = occurrences(rest, needle, from)[0];
    if (at === undefined) {
      problems.push(`${what} ${JSON.stringify(needle)} not found in the rewritten text ${JSON.stringify(out)}`);
      return from;
    }
    blank(at, needle.length);
    return at + needle.length;
  };
  bodies.forEach((b, i) => blank(placement[i]!, b.head.length));
  // moved ENV/ARG instructions, verbatim, each kind in its original order
  const names = { ENV: new Set<string>(), ARG: new Set<string>() };
  for (const kind of ['ENV', 'ARG'] as const) {
    let at = 0;
    for (const ins of gap.movable.filter((i) => i.keyword === kind)) {
      at = take(instructionText(doc, ins), at, `moved ${kind}`);
      for (const { name } of ins.assignments) names[kind].add(name);
    }
  }
  // the rest of each body (`;`, `&`, a comment) follows it, maybe after appended teardowns and glue
  const escape = doc.escapeChar;
  bodies.forEach((b, i) => {
    if (!b.tail) return;
    let p = placement[i]! + b.head.length;
    for (let moved = true; moved;) {
      moved = false;
      while (p < rest.length && (/[\s\u0000]/.test(rest[p]!) || rest[p] === escape)) (p++, (moved = true));
      if (rest.startsWith('&&', p)) ((p += 2), (moved = true));
      // Under errexit a clean-up is joined with `;` (POSIX ignores -e before `&&`): glue only if one follows.
      if (rest[p] === ';') {
        let q = p + 1;
        while (q < rest.length && (/[\s\u0000]/.test(rest[q]!) || rest[q] === escape)) q++;
        if (teardownAt(rest, q)) ((p = q), (moved = true));
      }
      const t = teardownAt(rest, p);
      if (t) ((p += t), (moved = true));
    }
    // A plain `&&` chain closed by `;` joins the next body without its `;`.
    if (b.tail === ';' && i < bodies.length - 1) return;
    if (!rest.startsWith(b.tail, p))
      problems.push(`end of RUN body ${JSON.stringify(b.tail)} does not follow its body in ${JSON.stringify(out)}`);
    else blank(p, b.tail.length);
  });
  // comment lines between the RUNs (comment lines inside a continuation travel with their body)
  for (const line of commentLinesOutside(doc, gap)) take(line, 0, 'comment line');
  // (--unsafe) a refresh put in front of a later RUN that read what a clean-up deletes: `apt-get update && `
  if (unsafe)
    for (const r of REFRESHES)
      for (const at of occurrences(rest, r, 0).reverse())
        if (/^[ \t]*&&/.test(rest.slice(at + r.length, at + r.length + 8))) blank(at, r.length);
  // RUN keywords and flags: only those of the input RUNs (a merged RUN keeps the first one's)
  // Longest first: a merged RUN keeps one `RUN `, which must not be taken for a heredoc's `RUN <<EOF`.
  // A heredoc header ends with its line break: the next word may follow it directly.
  for (const piece of bodies.flatMap((b) => [b.prefix, ...b.optional]).sort((x, y) => y.length - x.length)) {
    const at = /\n$/.test(piece) ? rest.indexOf(piece) : occurrences(rest, piece, 0)[0];
    if (at !== undefined && at >= 0) blank(at, piece.length);
  }
  for (let at = 0; at < rest.length; at++) {
    const t = teardownAt(rest, at);
    if (t && (at === 0 || !WORD.test(rest[at - 1]!))) blank(at, t);
  }
  let residue = rest.replace(/\u0000+/g, ' ');
  // what a crossing adds: `export K="V"` where an ENV stood, `( unset K; … )` around what came before an ARG
  residue = residue.replace(EXPORT, (_m, list: string) => {
    for (const [, name] of list.matchAll(/ ([A-Za-z_][A-Za-z0-9_]*)=/g))
      if (!names.ENV.has(name!)) problems.push(`export of ${name}, which no crossed ENV sets`);
    return ' ';
  });
  residue = residue.replace(UNSET, (_m, list: string) => {
    for (const name of list.trim().split(' '))
      if (!names.ARG.has(name)) problems.push(`unset of ${name}, which no crossed ARG declares`);
    return ' ';
  });
  // `\` also continues lines inside a heredoc script, whatever the file's escape character.
  const glue = new RegExp(`^[\\s&;(){}\\\\${escape === '\\' ? '' : escape}]*$`);
  if (!glue.test(residue)) problems.push(`unexplained text in the rewrite: ${JSON.stringify(residue.trim())}`);
  return problems;
}

function commentLinesOutside(doc: Document, gap: Gap): string[] {
  const inside = [...gap.runs, ...gap.movable];
  const lines: string[] = [];
  let pos = gap.from;
  while (pos < gap.to) {
    let end = doc.text.indexOf('\n', pos);
    if (end < 0 || end > gap.to) end = gap.to;
    const line = doc.text.slice(pos, end).replace(/\r$/, '');
    if (!inside.some((r) => pos >= r.start && pos < r.end) && line.trim().startsWith('#')) lines.push(line.trim());
    pos = end + 1;
  }
  return lines;
}
