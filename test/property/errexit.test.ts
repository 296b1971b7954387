/**
 * errexit under failure injection, in real dash and bash. Generated RUN bodies (loops, `if`, `case`, `{ }`,
 * `( )`, functions, `;` `&&` `||` and line breaks, with and without `set -e` and a SHELL with -e) go through
 * the library; then original and rewrite run with every call failing in turn, and must make the same calls and
 * end the same way (Docker runs each RUN in a fresh shell and stops at the first that fails).
 *
 * Commands are shell functions (no process per call, so a few hundred cases take seconds): each prints its
 * argv and fails when its call number is the one chosen. The clean-ups the rewrite appends are recorded apart
 * and never fail. Each RUN runs as a function whose body is a subshell, `r() ( set -e; BODY )`, which is what
 * `sh -e -c BODY` does with errexit; every RUN of every case runs in one shell process per shell and rewrite.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { initShellParser, squashSync } from '../../src/index.js';
import { parseDocument } from '../../src/document/parse.js';
import { SEED } from './lib.js';

const RUNS = Number(process.env['FUZZ_ERREXIT_RUNS'] ?? 60);
const SHELLS = ['/usr/bin/dash', '/usr/bin/bash'];

let dir = '';
beforeAll(async () => {
  await initShellParser();
  dir = mkdtempSync(join(tmpdir(), 'errexit-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// ─── generated Dockerfiles ──────────────────────────────────────────────────────────────────────────────────

interface Shell {
  line: string | null;
  errexit: boolean;
  pipefail: boolean;
}

const shells: Shell[] = [
  { line: null, errexit: false, pipefail: false },
  { line: 'SHELL ["/bin/sh", "-ec"]', errexit: true, pipefail: false },
  { line: 'SHELL ["/bin/bash", "-eo", "pipefail", "-c"]', errexit: true, pipefail: true },
  { line: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', errexit: false, pipefail: true },
];

const simple = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('apt-get update', 'apt-get install -y curl', 'apt-get install -y git') },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.nat(9)).map(([n, i]) => `${n} ${i}`) },
);
const setCommand = fc.constantFrom('set -e', 'set -eux', 'set -o errexit', 'set -xo errexit', 'set +e', 'set -ex');

const flatList = fc
  .array(fc.oneof(simple, setCommand), { minLength: 1, maxLength: 2 })
  .chain((ss) => fc.constantFrom('; ', ' && ', ' || ').map((sep) => ss.join(sep)));

/** A list of statements that fits inside a compound command (no line breaks). */
const { list, compound } = fc.letrec<{ list: string; statement: string; compound: string }>((tie) => ({
  list: fc
    .tuple(
      tie('statement'),
      fc.array(fc.tuple(fc.constantFrom('; ', ' && ', ' || '), tie('statement')), { maxLength: 1 }),
    )
    .map(([first, rest]) => first + rest.map(([sep, s]) => sep + s).join('')),
  statement: fc.oneof(
    { depthSize: 'small', maxDepth: 2 },
    { weight: 6, arbitrary: simple },
    { weight: 1, arbitrary: setCommand },
    { weight: 2, arbitrary: tie('compound') },
  ),
  compound: fc.oneof(
    tie('list').map((l) => `for x in 1 2; do ${l}; done`),
    fc.tuple(simple, tie('list')).map(([c, l]) => `while ${c}; do ${l}; break; done`),
    fc.tuple(tie('list'), tie('list')).map(([c, t]) => `if ${c}; then ${t}; fi`),
    fc.tuple(tie('list'), tie('list'), tie('list')).map(([c, t, e]) => `if ${c}; then ${t}; else ${e}; fi`),
    tie('list').map((l) => `case 1 in 1) ${l};; esac`),
    tie('list').map((l) => `{ ${l}; }`),
    tie('list').map((l) => `( ${l} )`),
    // Its body holds no compound, so no nested `f` that a failed `||` leaves undefined (endless recursion).
    flatList.map((l) => `f() { ${l}; }; f`),
    simple.map((c) => `! ${c}`),
  ),
}));

const separator = fc.constantFrom('; ', ' && ', ' || ', '; \\\n    ', ' \\\n    && ', ' && \\\n    ');

/**
 * A RUN body: top-level statements joined as files write them, line breaks included. Most end with a compound
 * command (a clean-up or a later body is joined right after it) and most turn errexit on somewhere.
 */
const body = fc
  .tuple(
    fc.option(setCommand, { freq: 3 }),
    // A clean-up is only appended where the RUN itself ran `apt-get update` (it removes what that layer wrote).
    fc.option(fc.constantFrom('apt-get update; ', 'apt-get update && '), { freq: 2 }),
    list,
    fc.array(fc.tuple(separator, list), { maxLength: 1 }),
    fc.option(fc.tuple(separator, compound), { freq: 4 }),
  )
  .map(
    ([set, update, first, rest, tail]) =>
      (set ? `${set}; ` : '') +
      (update ?? '') +
      first +
      rest.map(([sep, l]) => sep + l).join('') +
      (tail ? tail.join('') : ''),
  );

const STUB_CALL = /\b(apt-get|a|b|c) /g;
const MAX_CALLS = 6;

interface Case {
  shell: Shell;
  text: string;
  merge: 'manager' | 'all';
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    shell: fc.constantFrom(...shells),
    bodies: fc.array(body, { minLength: 1, maxLength: 3 }),
    // A last RUN that writes apt's lists and installs: the generated bodies before it are merged into its layer
    // (or it gets the clean-up), which is where errexit can be lost.
    installer: fc.option(
      fc.constantFrom('apt-get update && apt-get install -y curl', 'apt-get update; apt-get install -y git'),
    ),
    merge: fc.constantFrom<'manager' | 'all'>('manager', 'all'),
  })
  .map(({ bodies, installer, ...rest }) => ({ ...rest, bodies: installer ? [...bodies, installer] : bodies }))
  // Every call failing in turn costs calls² runs: few calls per case keep the whole test to seconds.
  .filter(({ bodies }) => (bodies.join(' ').match(STUB_CALL) ?? []).length <= MAX_CALLS)
  .map(({ shell, bodies, merge }) => ({
    shell,
    merge,
    text:
      ['FROM debian:bookworm', ...(shell.line ? [shell.line] : []), ...bodies.map((b) => `RUN ${b}`)].join('\n') + '\n',
  }));

// ─── running them ───────────────────────────────────────────────────────────────────────────────────────────

/** What Docker hands to the shell for each RUN (continuations joined). */
function runBodies(text: string): string[] {
  return parseDocument(text)
    .instructions.filter((i) => i.run?.form === 'shell')
    .map((i) => i.run!.logical!.text);
}

/** dash rejects `apt-get` as a function name: the stub is `apt_get`, printed back as `apt-get`. */
const PRELUDE = `
__call() {
  case "$*" in "apt-get clean"|"rm -rf /var/lib/apt/lists/"*) echo "T $*"; return 0;; esac
  read __n < "$__cnt"; __n=$((__n + 1)); echo "$__n" > "$__cnt"
  echo "C $*"
  [ "$__n" != "$__fail" ]
}
apt_get() { __call apt-get "$@"; }
rm() { __call rm "$@"; }
a() { __call a "$@"; }
b() { __call b "$@"; }
c() { __call c "$@"; }
`;

/**
 * One script for all cases. Per case and failure point, one subshell runs the RUNs in turn as the build
 * would: a RUN that fails (errexit ends the subshell, or a non-zero last status) ends the build. Between
 * RUNs the options return to the SHELL's; the generated bodies leave no other state a later RUN reads.
 */
function script(cases: { id: number; shell: Shell; bodies: string[] }[], bash: boolean): string {
  // `set -x` traces would only fill stderr.
  const parts = ['exec 2>/dev/null', PRELUDE];
  for (const { id, shell, bodies } of cases) {
    const options = ['set +eux', shell.errexit ? 'set -e' : '', shell.pipefail && bash ? 'set -o pipefail' : '']
      .filter(Boolean)
      .join('; ');
    const runs = bodies.map(
      (body) => `${options}\n${body.replace(/\bapt-get\b/g, 'apt_get')}\n__st=$?; [ $__st = 0 ] || exit $__st`,
    );
    parts.push(
      `echo "=== ${id}"; __k=0; __total=0`,
      `while [ $__k -le $__total ]; do`,
      `echo "F $__k"; echo 0 > "$__cnt"; __fail=$__k`,
      `(\n${runs.join('\n')}\nexit 0\n)`,
      `if [ $? = 0 ]; then echo "S ok"; else echo "S fail"; fi`,
      `[ $__k = 0 ] && read __total < "$__cnt"; __k=$((__k + 1))`,
      `done`,
    );
  }
  return parts.join('\n') + '\necho "=== end"\n';
}

/** Per case id: the calls and outcome of every failure point, clean-ups left out. */
function traces(output: string): Map<number, string> {
  const byCase = new Map<number, string>();
  for (const chunk of output.split(/^=== /m).slice(1)) {
    const [id, ...rest] = chunk.split('\n');
    if (id === 'end') continue;
    byCase.set(Number(id), rest.filter((l) => l && !l.startsWith('T ')).join('\n'));
  }
  return byCase;
}

/** Runs one script; every script has its own counter file, so the four can run at once. */
function runAll(label: string, text: string, shell: string): Promise<string> {
  const file = join(dir, `${label}.sh`);
  writeFileSync(file, `__cnt=${join(dir, `${label}.count`)}\n${text}`);
  return new Promise((resolve, reject) => {
    execFile(shell, [file], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: 200_000 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
  });
}

test(`rewrites keep errexit: every call failing in turn, in dash and bash (${RUNS} cases, seed ${SEED})`, async () => {
  const cases = fc.sample(caseArb, { seed: SEED, numRuns: RUNS });
  const pairs: { id: number; original: string; rewrite: string; shell: Shell }[] = [];
  cases.forEach((c, id) => {
    const result = squashSync(c.text, { merge: c.merge });
    if (result.changed) pairs.push({ id, original: c.text, rewrite: result.output, shell: c.shell });
  });
  // Most cases must exercise a rewrite, or the test proves nothing.
  expect(pairs.length).toBeGreaterThan(RUNS / 3);
  const runs = SHELLS.flatMap((shell) =>
    (['original', 'rewrite'] as const).map(async (version) => {
      const cases = pairs.map((p) => ({ ...p, bodies: runBodies(p[version]) }));
      const label = `${basename(shell)}-${version}`;
      return { shell, version, traces: traces(await runAll(label, script(cases, shell.endsWith('bash')), shell)) };
    }),
  );
  const results = await Promise.all(runs);
  const divergent: string[] = [];
  for (const shell of SHELLS) {
    const before = results.find((r) => r.shell === shell && r.version === 'original')!.traces;
    const after = results.find((r) => r.shell === shell && r.version === 'rewrite')!.traces;
    for (const pair of pairs) {
      const expected = before.get(pair.id);
      const actual = after.get(pair.id);
      if (expected === undefined) throw new Error(`${shell} did not run case ${pair.id}:\n${pair.original}`);
      if (actual === expected) continue;
      divergent.push(
        `${shell}: the rewrite runs differently\n--- original ---\n${pair.original}--- rewrite ---\n${pair.rewrite}` +
          `--- original trace ---\n${expected}\n--- rewrite trace ---\n${actual ?? '(did not run)'}`,
      );
    }
  }
  if (divergent.length > 0) {
    throw new Error(`${divergent.length} of ${pairs.length * SHELLS.length} runs diverge; the first:\n${divergent[0]}`);
  }
}, 240_000);
