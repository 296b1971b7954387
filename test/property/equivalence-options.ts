/**
 * What the equivalence harness may ignore when it compares a Dockerfile with its rewrite. The shared options
 * (test/support/equivalence.ts: every manager's teardown commands, the inserted flags) plus one generalisation the
 * generated files need: a teardown on `~` runs under whatever HOME the RUN set (the manager used that home too),
 * so `rm -rf ~/.npm` after `HOME=/x` is recorded as `rm -rf /x/.npm`. Used by the equivalence property and the
 * corpus check (bench/corpus/run.mjs compiles this file), through `checkRewrite`.
 */
import { posix } from 'node:path';
import { MANAGERS } from '../../src/index.js';
import { checkEquivalent, type Verdict } from '../harness/equivalence.js';
import { isTeardownCall, withoutInsertedFlags } from '../support/equivalence.js';

const HOME_RELATIVE = MANAGERS.flatMap((m) =>
  m.teardown.flatMap((step) => (typeof step.command === 'string' ? [step.command] : Object.values(step.command))),
)
  .filter((command) => / ~\//.test(command))
  .map((command) => command.split(' ').map(wordPattern));

function wordPattern(word: string): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return word.startsWith('~/') ? new RegExp(`^.*${escape(word.slice(1))}$`) : new RegExp(`^${escape(word)}$`);
}

export function isTeardown(argv: string[]): boolean {
  if (isTeardownCall(argv)) return true;
  // An appended `rm -rf dir/*` whose glob matched nothing under bash's nullglob: rm with no operand does nothing.
  if (posix.basename(argv[0] ?? '') === 'rm' && argv.length > 1 && argv.slice(1).every((a) => a.startsWith('-')))
    return true;
  const called = [posix.basename(argv[0] ?? ''), ...argv.slice(1)];
  return HOME_RELATIVE.some((t) => t.length === called.length && t.every((re, i) => re.test(called[i]!)));
}

export const normaliseArgv = withoutInsertedFlags;

export const equivalenceOptions = { teardown: isTeardown, normaliseArgv };

/** The harness's objection to a call it classifies as a clean-up, and nothing else. */
const ADDED_CLEANUP =
  /^(?:without failure injection|failCall=\d+ \(original call #\d+ .* exits \d+\)): rewrite adds teardown call #\d+ \[.*\] (?:in a RUN where no other call precedes it|before \[.*\] in the same RUN \(a clean-up may only be appended after a RUN's work\))$/s;

const TEARDOWNS = [
  ...new Set(
    MANAGERS.flatMap((m) =>
      m.teardown.flatMap((step) => (typeof step.command === 'string' ? [step.command] : Object.values(step.command))),
    ),
  ),
].sort((x, y) => y.length - x.length);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The output without the clean-ups the rewrite appended: for each teardown command that occurs more often than in
 * the input, the surplus is removed from the ends of RUNs (where the tool appends them: the command is the last
 * thing on its line, but for a `;` or a trailing comment, and nothing continues it), last ones first.
 */
function withoutAddedTeardowns(input: string, output: string): string | null {
  // Whole commands, maybe called by path (`/opt/conda/bin/conda clean …`); `dnf clean all` inside `microdnf clean
  // all` does not count.
  const command = (t: string) => `(?:/[^\\s'"]*/)?${escapeRe(t)}`;
  const count = (s: string, t: string) =>
    [...s.matchAll(new RegExp(`(?<![\\w./-])${command(t)}(?![\\w./-])`, 'g'))].length;
  const surplus = new Map(TEARDOWNS.map((t) => [t, count(output, t) - count(input, t)]));
  let text = output;
  // Several clean-ups appended to one RUN: removing the last one exposes the one before it, hence the passes.
  for (let removed = true; removed;) {
    removed = false;
    for (const t of TEARDOWNS) {
      if (surplus.get(t)! <= 0) continue;
      const appended = new RegExp(
        `(?: [\\\\\`]\\r?\\n[ \\t]*&& | && [\\\\\`]\\r?\\n[ \\t]*| && )${command(t)}(?=[ \\t]*;?[ \\t]*(?:#[^\\n]*)?(?:\\r?\\n|$))`,
        'g',
      );
      const last = [...text.matchAll(appended)].pop();
      if (!last) continue;
      text = text.slice(0, last.index) + text.slice(last.index + last[0].length);
      surplus.set(t, surplus.get(t)! - 1);
      removed = true;
    }
  }
  // A surplus left means a clean-up that is not at the end of its RUN: that is not explained away.
  return [...surplus.values()].some((n) => n > 0) ? null : text;
}

/**
 * checkEquivalent with these options, and a second opinion where the harness objects to a clean-up. It classifies
 * calls by argv alone, so an original `yum clean all` counts as a clean-up too, and it pairs calls across RUN
 * boundaries: `RUN yum update` + `RUN yum clean all && apt-get update` with `yum clean all` appended to the first
 * RUN reads as a clean-up before `apt-get update`. It also objects to a clean-up in a RUN that made no other call
 * (`command -v curl || apt-get install -y curl` when curl is there), which is accepted: the clean-up goes after the
 * RUN's work whether or not the install ran. So when the only objection is an added clean-up, the clean-ups the
 * rewrite added are located in the text, where each must end its RUN, and the rewrite without them must be
 * equivalent call for call.
 */
export async function checkRewrite(input: string, output: string): Promise<Verdict> {
  const verdict = await checkEquivalent(input, output, equivalenceOptions);
  if (verdict.ok || !ADDED_CLEANUP.test(verdict.reason)) return verdict;
  const stripped = withoutAddedTeardowns(input, output);
  if (stripped === null) return verdict;
  const again = await checkEquivalent(input, stripped, equivalenceOptions);
  return again.ok ? again : { ok: false, reason: `${verdict.reason}; without the added clean-ups: ${again.reason}` };
}
