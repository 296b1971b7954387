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
  const called = [posix.basename(argv[0] ?? ''), ...argv.slice(1)];
  return HOME_RELATIVE.some((t) => t.length === called.length && t.every((re, i) => re.test(called[i]!)));
}

export const normaliseArgv = withoutInsertedFlags;

export const equivalenceOptions = { teardown: isTeardown, normaliseArgv };

const CLEANUP_WITHOUT_WORK =
  /^without failure injection: rewrite adds teardown call #\d+ .* in a RUN where no other call precedes it$|^failCall=\d+ .*: rewrite adds teardown call #\d+ .* in a RUN where no other call precedes it$/s;

const TEARDOWNS = [
  ...new Set(
    MANAGERS.flatMap((m) =>
      m.teardown.flatMap((step) => (typeof step.command === 'string' ? [step.command] : Object.values(step.command))),
    ),
  ),
].sort((x, y) => y.length - x.length);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The output without the clean-ups the rewrite appended (the last ones of each kind beyond the input's count). */
function withoutAddedTeardowns(input: string, output: string): string {
  let text = output;
  for (const t of TEARDOWNS) {
    const glued = new RegExp(
      `(?: [\\\\\`]\\r?\\n[ \\t]*&& | && [\\\\\`]\\r?\\n[ \\t]*| && )${escapeRe(t)}(?![\\w./-])`,
      'g',
    );
    const count = (s: string) => s.split(t).length - 1;
    let extra = count(output) - count(input);
    while (extra-- > 0) {
      const matches = [...text.matchAll(glued)];
      const last = matches[matches.length - 1];
      if (!last) break;
      text = text.slice(0, last.index) + text.slice(last.index! + last[0].length);
    }
  }
  return text;
}

/**
 * checkEquivalent with these options. The harness objects to a clean-up in a RUN that made no other call:
 * `command -v curl || apt-get install -y curl` with the clean-up appended, when curl is already there. That is
 * accepted (the clean-up goes after the RUN's work whether or not the install ran), but everything else must
 * still match, so in that case the rewrite without the clean-ups it added is compared instead.
 */
export async function checkRewrite(input: string, output: string): Promise<Verdict> {
  const verdict = await checkEquivalent(input, output, equivalenceOptions);
  if (verdict.ok || !CLEANUP_WITHOUT_WORK.test(verdict.reason)) return verdict;
  return checkEquivalent(input, withoutAddedTeardowns(input, output), equivalenceOptions);
}
