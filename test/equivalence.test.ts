/**
 * The semantic-equivalence harness (test/harness/equivalence.ts): first that it traces what a build would do,
 * then that it accepts meaning-preserving rewrites and catches the classic wrong ones, then the codemod's own
 * output run through it.
 */
import { describe, test, expect, beforeAll, afterAll } from '@jest/globals';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  checkEquivalent,
  defaultTeardown,
  disposeHarness,
  expandWord,
  harnessAvailable,
  traceDockerfile,
  INJECTED_FAILURE_STATUS,
  type Trace,
} from './harness/equivalence.js';
import { squash } from '../src/index.js';

const T = 30_000; // per test; the whole file runs in a few seconds
const BASE_ENV = { HOME: '/root', PATH: '/nonexistent' };
const df = (...lines: string[]) => ['FROM debian:12', ...lines].join('\n') + '\n';
const argvs = (trace: Trace) => trace.calls.map((c) => c.argv.join(' '));

beforeAll(async () => {
  // Needs root (or user namespaces) for chroot; CI runs as root. Fail loudly rather than skip silently.
  expect(await harnessAvailable()).toEqual({ ok: true });
}, T);

afterAll(() => disposeHarness());

describe('traceDockerfile', () => {
  test(
    'records argv, cwd, exported env and umask of every external call, and the output of builtins',
    async () => {
      const trace = await traceDockerfile(
        [
          'ARG G=7',
          'ARG H=8',
          'FROM debian:12',
          'ARG G',
          'ENV A=1 B="two words" C=\'$A\' D=${A}/x',
          'ARG V=9',
          'WORKDIR /app',
          'RUN apt-get update && echo "hi there"; FOO=bar make "a b" install',
          'RUN cd sub && export E=5 && umask 077 && printf "%s-" x y && env',
        ].join('\n'),
      );
      // G: a global ARG redeclared in the stage; H: a global ARG the stage does not redeclare (so not set).
      const env = { ...BASE_ENV, G: '7', A: '1', B: 'two words', C: '$A', D: '1/x', V: '9' };
      expect(trace).toEqual({
        status: 0,
        stdout: 'hi there\nx-y-',
        calls: [
          { argv: ['apt-get', 'update'], cwd: '/app', env, umask: '0022' },
          { argv: ['make', 'a b', 'install'], cwd: '/app', env: { ...env, FOO: 'bar' }, umask: '0022' },
          { argv: ['env'], cwd: '/app/sub', env: { ...env, E: '5' }, umask: '0077' },
        ],
      });
    },
    T,
  );

  test(
    'records the variables that are set and exported at the call, as a program would get them',
    async () => {
      const trace = await traceDockerfile(
        df(
          'ENV A=1 B=2',
          // Unexported, exported but unset, exported by a function's local, and a nameref that is not exported
          // itself (it names an exported variable: the program does not get it under the nameref's name).
          'RUN export -n A; export U; declare -n R=B; f() { local -x L=5; one; }; f; two',
        ),
      );
      expect(trace.calls.map((c) => [c.argv[0], c.env])).toEqual([
        ['one', { ...BASE_ENV, B: '2', L: '5' }],
        ['two', { ...BASE_ENV, B: '2' }],
      ]);
    },
    T,
  );

  test(
    'numbers the calls of a long build in order, so that failure injection reaches the last ones',
    async () => {
      // The handler finds the next free number by probing (see bashEnv): several doublings and bisections here,
      // also from a restored checkpoint (the failing call is in the second RUN).
      const calls = Array.from({ length: 20 }, (_, n) => `c${n}`);
      const text = df('RUN a0 && a1 && a2', `RUN ${calls.join(' && ')}`);
      const results = await Promise.all([5, 22].map((k) => traceDockerfile(text, { failCall: k })));
      expect(results.map((t) => [t.status, t.calls.length, t.calls.at(-1)?.argv[0]])).toEqual([
        [INJECTED_FAILURE_STATUS, 6, 'c2'],
        [INJECTED_FAILURE_STATUS, 23, 'c19'],
      ]);
    },
    T,
  );

  test(
    'passes ENV values on to the shell byte for byte',
    async () => {
      const trace = await traceDockerfile(
        df(`ENV E="" SPACES=" a  b " QUOTES="it's \\"q\\" \\\\ x" D='$HOME' U=é€ EQ=a=b LANG=C.UTF-8`, 'RUN probe'),
      );
      const values = {
        E: '',
        SPACES: ' a  b ',
        QUOTES: `it's "q" \\ x`,
        D: '$HOME',
        U: 'é€',
        EQ: 'a=b',
        LANG: 'C.UTF-8',
      };
      expect(trace.calls[0]?.env).toEqual({ ...BASE_ENV, ...values });
    },
    T,
  );

  test(
    'gives the shell the variables bash owns as a directly spawned shell gets them',
    async () => {
      // The launcher runs with `set -m`: a SHELLOPTS given by ENV must not pick up its `monitor` on the way.
      const trace = await traceDockerfile(
        df('ENV SHLVL=5 SHELLOPTS=braceexpand', 'RUN echo "$SHLVL"; [[ $SHELLOPTS == *monitor* ]] && echo monitor; :'),
      );
      expect(trace.stdout).toBe('6\n');
    },
    T,
  );

  test(
    'runs every RUN in a fresh shell: cd, export, umask and shell variables do not carry over',
    async () => {
      const trace = await traceDockerfile(df('RUN cd /x && export A=1 && umask 077 && v=2', 'RUN echo "[$v]" && pwd')); // `pwd` is a builtin
      expect(trace.stdout).toBe('[]\n/\n');
      expect(trace.calls).toEqual([]);
    },
    T,
  );

  test(
    'stops the build at the first failing RUN and reports its status',
    async () => {
      const trace = await traceDockerfile(df('RUN a', 'RUN echo before; exit 3', 'RUN b'));
      expect(trace).toEqual({ status: 3, stdout: 'before\n', calls: [expect.objectContaining({ argv: ['a'] })] });
    },
    T,
  );

  test(
    'a FROM resets env and cwd; a stage built FROM an earlier one inherits them',
    async () => {
      const trace = await traceDockerfile(
        ['FROM debian AS base', 'ENV A=1', 'WORKDIR /w', 'RUN a', 'FROM debian', 'RUN b', 'FROM base', 'RUN c'].join(
          '\n',
        ),
      );
      expect(trace.calls.map((c) => [c.argv[0], c.cwd, c.env['A'] ?? null])).toEqual([
        ['a', '/w', '1'],
        ['b', '/', null],
        ['c', '/w', '1'],
      ]);
    },
    T,
  );

  test(
    'skips exec-form RUNs and heredocs that are not shell scripts',
    async () => {
      const trace = await traceDockerfile(df('RUN ["a", "x"]', 'RUN <<EOF python3', 'b', 'EOF', 'RUN c'));
      expect(argvs(trace)).toEqual(['c']);
    },
    T,
  );

  test(
    'honours a POSIX SHELL and its options (pipefail)',
    async () => {
      const text = (shell: string) => df(shell, 'RUN a | b', 'RUN c');
      const plain = await traceDockerfile(text('SHELL ["/bin/sh", "-c"]'), { failCall: 0 });
      const pipefail = await traceDockerfile(text('SHELL ["/bin/bash", "-o", "pipefail", "-c"]'), { failCall: 0 });
      expect([plain.status, argvs(plain)]).toEqual([0, ['a', 'b', 'c']]);
      expect([pipefail.status, argvs(pipefail)]).toEqual([INJECTED_FAILURE_STATUS, ['a', 'b']]);
    },
    T,
  );

  test(
    'failCall makes the k-th call exit 97, counting across RUNs',
    async () => {
      const text = df('RUN a && b', 'RUN c; d', 'RUN e');
      const results = await Promise.all([0, 1, 2, 3, 4, 5].map((k) => traceDockerfile(text, { failCall: k })));
      expect(results.map((t) => [t.status, argvs(t).join(',')])).toEqual([
        [97, 'a'],
        [97, 'a,b'],
        [0, 'a,b,c,d,e'], // `c; d`: the RUN's status is d's
        [97, 'a,b,c,d'],
        [97, 'a,b,c,d,e'],
        [0, 'a,b,c,d,e'], // there is no call #5
      ]);
    },
    T,
  );

  test(
    'failure injection does not count teardown calls',
    async () => {
      const text = df('RUN apt-get clean && a', 'RUN b');
      expect(argvs(await traceDockerfile(text, { failCall: 0 }))).toEqual(['apt-get clean', 'a']);
      expect(argvs(await traceDockerfile(text, { failCall: 0, teardown: () => false }))).toEqual(['apt-get clean']);
    },
    T,
  );

  test(
    'orders the stages of a pipeline by fork order, not by which stage reached the recorder first',
    async () => {
      const text = df('RUN a | b | c | d && e');
      const traces = await Promise.all(Array.from({ length: 6 }, () => traceDockerfile(text)));
      for (const trace of traces) expect(argvs(trace)).toEqual(['a', 'b', 'c', 'd', 'e']);
      // and failure injection hits the stage it was aimed at
      const lastFails = await traceDockerfile(text, { failCall: 3 });
      expect([lastFails.status, argvs(lastFails)]).toEqual([INJECTED_FAILURE_STATUS, ['a', 'b', 'c', 'd']]);
    },
    T,
  );

  test(
    'lets background jobs finish before the next RUN',
    async () => {
      expect(argvs(await traceDockerfile(df('RUN a & b; c &', 'RUN d')))).toEqual(['a', 'b', 'c', 'd']);
    },
    T,
  );
});

describe('sandbox', () => {
  test(
    'a redirection in a body cannot write to the host',
    async () => {
      const name = `dfsq-harness-probe-${randomBytes(4).toString('hex')}`;
      const hostTmp = join(tmpdir(), name);
      try {
        const trace = await traceDockerfile(
          df(`RUN echo x > /tmp/${name} && cat /tmp/${name}`, 'RUN echo x > /etc/dfsq-harness-probe'),
        );
        // /tmp exists in the sandbox, so the first write succeeds there; /etc does not, so the second fails.
        expect(argvs(trace)).toEqual([`cat /tmp/${name}`]);
        expect(trace.status).toBe(1);
        expect(existsSync(hostTmp)).toBe(false);
        expect(existsSync('/etc/dfsq-harness-probe')).toBe(false);
      } finally {
        rmSync(hostTmp, { force: true });
      }
    },
    T,
  );

  test(
    'a command given by path never runs the host binary: absolute paths are traced by a stub, relative ones fail',
    async () => {
      const trace = await traceDockerfile(df('RUN /bin/echo from-host-echo; /usr/bin/env; ./configure; echo "[$?]"'));
      expect(trace.stdout).toBe('[127]\n');
      expect(trace.calls.map((c) => c.argv)).toEqual([['echo', 'from-host-echo'], ['env']]);
    },
    T,
  );

  test(
    'a trace that fails a call of a later RUN sees what the earlier RUNs left, as a full run does',
    async () => {
      // Failure traces resume from the state the clean run had after the earlier RUNs instead of re-running them:
      // files written, directories `cd` created and file times must all be there.
      const text = df(
        'RUN cd /made && echo one > /tmp/a && a',
        'RUN echo two > /tmp/b && b',
        'RUN read -r x < /tmp/a; [[ -d /made && /tmp/b -nt /tmp/a ]] && echo "$x $(stat_free)"; c && d',
      );
      const full = await traceDockerfile(text);
      expect(full.stdout).toBe('one \n');
      expect(argvs(full)).toEqual(['a', 'b', 'stat_free', 'c', 'd']);
      const lastFails = await traceDockerfile(text, { failCall: 4 });
      expect([lastFails.status, lastFails.stdout, argvs(lastFails)]).toEqual([97, 'one \n', argvs(full)]);
      const cFails = await traceDockerfile(text, { failCall: 3 });
      expect([cFails.status, cFails.stdout, argvs(cFails)]).toEqual([97, 'one \n', ['a', 'b', 'stat_free', 'c']]);
    },
    T,
  );

  test(
    'every trace starts from a fresh sandbox',
    async () => {
      const text = df('RUN test -e /tmp/marker && echo leaked; echo > /tmp/marker');
      await traceDockerfile(text);
      expect((await traceDockerfile(text)).stdout).toBe('');
    },
    T,
  );

  test(
    'a sandbox directory used again is as fresh: no file, directory, stub, claimed number or newer time is left',
    async () => {
      // Sandbox directories are reused: what one trace made must be gone for the next, at any level.
      const writer = df('WORKDIR /w/d', 'RUN echo > /tmp/f; cd /made/sub && echo > g; /opt/x/tool; a; b; c');
      const checker = df(
        'RUN for p in /tmp/f /w /made /opt; do test -e $p && echo "left $p"; done; true',
        'RUN [[ /tmp -nt /root || /root -nt /tmp ]] && echo "left a time"; a',
      );
      // Enough traces at once that every sandbox directory the process has is used by a writer first.
      await Promise.all(Array.from({ length: 6 }, () => traceDockerfile(writer)));
      const checks = await Promise.all(Array.from({ length: 6 }, () => traceDockerfile(checker, { failCall: 0 })));
      for (const check of checks) expect([check.stdout, check.status, argvs(check)]).toEqual(['', 97, ['a']]);
    },
    T,
  );
});

describe('checkEquivalent', () => {
  test(
    'identical files are equivalent',
    async () => {
      const text = df('ENV X=1', 'RUN apt-get update && apt-get install -y curl', 'WORKDIR /src', 'RUN make | tee log');
      expect(await checkEquivalent(text, text)).toEqual({ ok: true });
    },
    T,
  );

  test(
    'RUN a / RUN b → RUN a && b is equivalent',
    async () => {
      expect(await checkEquivalent(df('RUN a', 'RUN b'), df('RUN a && b'))).toEqual({ ok: true });
    },
    T,
  );

  test(
    'the DESIGN.md recipes are equivalent: group a list in { …; }, isolate state changes in ( … )',
    async () => {
      expect(await checkEquivalent(df('RUN a; b', 'RUN c'), df('RUN { a; b; } && c'))).toEqual({ ok: true });
      expect(await checkEquivalent(df('RUN cd /x && a', 'RUN b'), df('RUN ( cd /x && a ) && b'))).toEqual({
        ok: true,
      });
    },
    T,
  );

  test(
    'a failure in a RUN both files share is traced apart when what ran before it left different files',
    async () => {
      // The failure traces of a RUN that both files run the same way, in the same state, are shared between them;
      // here the state differs (only the original wrote the flag), so the rewrite's own trace must show it.
      const shared = 'RUN a || { [[ -f /tmp/flag ]] && b; exit 3; }';
      const verdict = await checkEquivalent(df('RUN echo 1 > /tmp/flag', shared), df('RUN echo 1 >/dev/null', shared));
      expect(!verdict.ok && verdict.reason).toMatch(/^failCall=0 .*rewrite never makes original call #1 \["b"\]/);
      expect(await checkEquivalent(df('RUN echo 1 > /tmp/flag', shared), df('RUN echo 1 >/tmp/flag', shared))).toEqual({
        ok: true,
      });
    },
    T,
  );

  test(
    'detects a cd that leaks into the next command',
    async () => {
      const verdict = await checkEquivalent(df('RUN cd /x', 'RUN make'), df('RUN cd /x && make'));
      expect(verdict.ok).toBe(false);
      expect(!verdict.ok && verdict.reason).toMatch(/^without failure injection: .*\["make"\].*cwd "\/" → "\/x"/);
    },
    T,
  );

  test(
    'detects an export that leaks into the next command',
    async () => {
      const verdict = await checkEquivalent(df('RUN export A=1', 'RUN env'), df('RUN export A=1 && env'));
      expect(verdict.ok).toBe(false);
      expect(!verdict.ok && verdict.reason).toMatch(/\["env"\].*env: A="1" only in the rewrite/);
    },
    T,
  );

  test(
    'expands $HOME in an ENV value as the builder does (unset), not as the shell does (/root)',
    async () => {
      const original = df('RUN apt-get update', 'ENV P=$HOME/.npm-global', 'RUN env');
      const moved = (value: string) => df(`RUN apt-get update && export P=${value} && env`, 'ENV P=$HOME/.npm-global');
      const verdict = await checkEquivalent(original, moved('"$HOME/.npm-global"'));
      expect(!verdict.ok && verdict.reason).toMatch(/env: P: "\/.npm-global" → "\/root\/.npm-global"/);
      expect(await checkEquivalent(original, moved('/.npm-global'))).toEqual({ ok: true });
    },
    T,
  );

  test(
    'runs heredoc scripts as the builder does, and sees a clean-up that hides the failure of the last command',
    async () => {
      const script = ['RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'EOF'];
      const trace = await traceDockerfile(df(...script, "RUN <<'EOF' bash -e", 'echo "$HOME"', 'make', 'EOF'));
      expect(argvs(trace)).toEqual(['apt-get update', 'apt-get install -y curl', 'make']);
      expect(trace.stdout).toBe('/root\n');
      // Without errexit, a clean-up on its own line would turn a failed install into a passing build.
      const newLine = df('RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'apt-get clean', 'EOF');
      const verdict = await checkEquivalent(df(...script), newLine);
      expect(!verdict.ok && verdict.reason).toMatch(/build status 97 in the original, 0 in the rewrite/);
      const chained = df('RUN <<EOF', 'apt-get update', 'apt-get install -y curl && apt-get clean', 'EOF');
      expect(await checkEquivalent(df(...script), chained)).toEqual({ ok: true });
    },
    T,
  );

  test(
    'detects a umask that leaks into the next command',
    async () => {
      const verdict = await checkEquivalent(df('RUN umask 077', 'RUN touch f'), df('RUN umask 077 && touch f'));
      expect(!verdict.ok && verdict.reason).toMatch(/umask 0022 → 0077/);
    },
    T,
  );

  test(
    'RUN a; b / RUN c: `a; b && c` is equivalent (it parses as `a; (b && c)`), `a; b; c` is not',
    async () => {
      // By hand: a failing `a` is ignored by `;` in both files. A failing `b` stops the original build with its
      // status; in `a; b && c` the && skips c and the RUN exits with b's status too. So the `&&` join is right.
      expect(await checkEquivalent(df('RUN a; b', 'RUN c'), df('RUN a; b && c'))).toEqual({ ok: true });

      // `a; b; c` runs c even when b fails. Without failures the two files are indistinguishable …
      const original = df('RUN a; b', 'RUN c');
      const wrong = df('RUN a; b; c');
      const [o, r] = await Promise.all([traceDockerfile(original), traceDockerfile(wrong)]);
      expect(r).toEqual(o);
      // … so only failure injection catches it, at k = 1 (b fails), not at k = 0 (a's failure is ignored in both).
      const verdict = await checkEquivalent(original, wrong);
      expect(verdict.ok).toBe(false);
      expect(!verdict.ok && verdict.reason).toMatch(/^failCall=1 \(original call #1 \["b"\] exits 97\): .*\["c"\]/);
      expect(!verdict.ok && verdict.reason).toMatch(/build status 97 in the original, 0 in the rewrite/);
    },
    T,
  );

  test(
    'RUN a || b / RUN c → `a || b && c` is equivalent: it parses as `(a || b) && c`',
    async () => {
      // c runs exactly when `a || b` succeeded, which is when the original build reaches RUN c; and the merged
      // RUN's status is that of `a || b` when it fails. Every single-failure case agrees.
      expect(await checkEquivalent(df('RUN a || b', 'RUN c'), df('RUN a || b && c'))).toEqual({ ok: true });
      // Whereas `;` after an || list runs c when b fails (here `false` makes b run at all).
      const verdict = await checkEquivalent(df('RUN false || b', 'RUN c'), df('RUN false || b; c'));
      expect(!verdict.ok && verdict.reason).toMatch(/^failCall=0 .*build status 97 in the original, 0 in the rewrite/);
    },
    T,
  );

  test(
    'detects errexit that the merge disables (set -e is ignored in a non-final && element)',
    async () => {
      const verdict = await checkEquivalent(
        df('RUN set -e; false; echo x', 'RUN y'),
        df('RUN { set -e; false; echo x; } && y'),
      );
      expect(verdict.ok).toBe(false);
      expect(!verdict.ok && verdict.reason).toMatch(
        /^without failure injection: rewrite makes an extra call #0 \["y"\]/,
      );
      expect(!verdict.ok && verdict.reason).toMatch(/build status 1 in the original, 0 in the rewrite/);
      expect(!verdict.ok && verdict.reason).toMatch(/stdout "" in the original, "x\\n" in the rewrite/);
    },
    T,
  );

  test(
    'detects output that moves relative to the calls',
    async () => {
      const verdict = await checkEquivalent(df('RUN echo a; x', 'RUN y'), df('RUN x; echo a', 'RUN y'));
      expect(!verdict.ok && verdict.reason).toMatch(/output printed before call #0 \["x"\] differs/);
    },
    T,
  );

  describe('teardown', () => {
    const original = df('RUN apt-get update', 'RUN apt-get install -y curl');

    test(
      'a clean-up appended after the install is accepted',
      async () => {
        const rewritten = df(
          'RUN apt-get update \\',
          '    && apt-get install -y curl \\',
          '    && apt-get clean \\',
          '    && rm -rf /var/lib/apt/lists/*',
        );
        expect(await checkEquivalent(original, rewritten)).toEqual({ ok: true });
      },
      T,
    );

    test(
      'a clean-up before the install, or in a RUN of its own, is rejected',
      async () => {
        const before = await checkEquivalent(
          original,
          df('RUN apt-get update && apt-get clean && apt-get install -y curl'),
        );
        expect(!before.ok && before.reason).toMatch(
          /teardown call #1 \["apt-get","clean"\] before \["apt-get","install","-y","curl"\]/,
        );
        const first = await checkEquivalent(
          original,
          df('RUN apt-get clean && apt-get update && apt-get install -y curl'),
        );
        expect(first.ok).toBe(false);
        const alone = await checkEquivalent(
          original,
          df('RUN apt-get update && apt-get install -y curl', 'RUN apt-get clean'),
        );
        expect(!alone.ok && alone.reason).toMatch(/in a RUN where no other call precedes it/);
      },
      T,
    );

    test(
      'a clean-up joined with `;` is caught by failure injection (it masks the install failing)',
      async () => {
        // k = 0: update fails, the && skips the install, then `; apt-get clean` succeeds and the RUN exits 0.
        const verdict = await checkEquivalent(
          original,
          df('RUN apt-get update && apt-get install -y curl; apt-get clean'),
        );
        expect(!verdict.ok && verdict.reason).toMatch(
          /^failCall=0 .*build status 97 in the original, 0 in the rewrite/,
        );
      },
      T,
    );

    test(
      "the original's own clean-up calls must be kept",
      async () => {
        const withClean = df('RUN apt-get update && apt-get install -y a && apt-get clean', 'RUN b');
        expect(
          await checkEquivalent(withClean, df('RUN apt-get update && apt-get install -y a && apt-get clean && b')),
        ).toEqual({
          ok: true,
        });
        const dropped = await checkEquivalent(withClean, df('RUN apt-get update && apt-get install -y a && b'));
        expect(!dropped.ok && dropped.reason).toMatch(/\["apt-get","clean"\]/);
      },
      T,
    );

    test(
      'only what the teardown predicate accepts may be added',
      async () => {
        const verdict = await checkEquivalent(
          original,
          df('RUN apt-get update && apt-get install -y curl && rm -rf /tmp/*'),
        );
        expect(!verdict.ok && verdict.reason).toMatch(/extra call #2 \["rm","-rf","\/tmp\/\*"\]/);
        const custom = await checkEquivalent(
          original,
          df('RUN apt-get update && apt-get install -y curl && rm -rf /tmp/*'),
          {
            teardown: (argv) => argv[0] === 'rm',
          },
        );
        expect(custom).toEqual({ ok: true });
      },
      T,
    );

    test('defaultTeardown', () => {
      const yes = [
        'apt-get clean',
        'apt clean',
        'apt-get -y clean',
        'rm -rf /var/lib/apt/lists/*',
        'rm -r -f /var/cache/apt/archives /var/lib/apt/lists',
        'rm --recursive --force -- /var/lib/apt/lists/partial',
      ];
      const no = [
        'apt-get autoclean x',
        'apt-get install clean',
        'rm -f /var/lib/apt/lists/lock',
        'rm -rf /var/lib/apt/lists/../../../etc',
        'rm -rf /var/lib/apt/lists/* /tmp',
        'rm -rf var/lib/apt/lists',
        'rm -rf',
        'yum clean all',
      ];
      expect(yes.filter((c) => !defaultTeardown(c.split(' ')))).toEqual([]);
      expect(no.filter((c) => defaultTeardown(c.split(' ')))).toEqual([]);
    });
  });

  test(
    'normaliseArgv lets a rewrite insert a no-cache flag',
    async () => {
      const original = df('RUN pip install x', 'RUN pip install y');
      const rewritten = df('RUN pip install --no-cache-dir x && pip install --no-cache-dir y');
      const plain = await checkEquivalent(original, rewritten);
      expect(!plain.ok && plain.reason).toMatch(
        /argv \["pip","install","x"\] → \["pip","install","--no-cache-dir","x"\]/,
      );
      const normaliseArgv = (argv: string[]) => argv.filter((a) => a !== '--no-cache-dir');
      expect(await checkEquivalent(original, rewritten, { normaliseArgv })).toEqual({ ok: true });
    },
    T,
  );
});

describe('expandWord (ENV, ARG and WORKDIR values)', () => {
  test.each([
    ['plain', 'a', 'a'],
    ['double quotes', '"a b"', 'a b'],
    ['single quotes keep $', "'$A x'", '$A x'],
    ['$VAR and ${VAR}', '$A/${A}', '1/1'],
    ['escaped $', '\\$A', '$A'],
    ['unset', '[$NOPE]', '[]'],
    ['${VAR:-default}', '${NOPE:-d}${A:-d}', 'd1'],
    ['${VAR:+alt}', '${NOPE:+x}${A:+x}', 'x'],
    ['escaped space', 'a\\ b', 'a b'],
  ])('%s', (_name, raw, expected) => {
    expect(expandWord(raw, { A: '1' })).toBe(expected);
  });
});

describe("the codemod's output", () => {
  // What `squash()` produces for some shapes the merge rules single out; each must be equivalent.
  const cases: Record<string, string> = {
    'plain && chain': df('RUN apt-get update', 'RUN apt-get install -y curl'),
    '; list is grouped': df('RUN apt-get update; apt-get install -y a', 'RUN apt-get install -y b'),
    '|| list is grouped': df('RUN apt-get update || true', 'RUN apt-get install -y curl'),
    'cd is isolated': df('RUN cd /tmp && apt-get update', 'RUN apt-get install -y b'),
    'export is isolated': df('RUN export DEBIAN_FRONTEND=noninteractive && apt-get update', 'RUN apt-get install -y b'),
    'set -e is not merged': df(
      'RUN set -e; apt-get update; false; echo x',
      'RUN apt-get update && apt-get install -y b',
    ),
    'comment lines in a continuation': df(
      'RUN apt-get update && \\',
      '    # comment',
      '    apt-get install -y a # trailing',
      'RUN apt-get update && apt-get install -y b',
    ),
    pipeline: df('RUN apt-get update', 'RUN apt-get install -y a | tee log'),
    // The first stage ships: the second is built FROM it.
    'multi-stage': [
      'FROM debian:12 AS base',
      'RUN apt-get update',
      'RUN apt-get install -y a',
      'FROM base',
      'RUN apt-get install -y b',
      '',
    ].join('\n'),
  };
  test(
    "inserted no-cache flags and other managers' clean-ups, with normaliseArgv and a wider teardown",
    async () => {
      const input = [
        'FROM alpine',
        'RUN apk update',
        'RUN apk add curl',
        'RUN pip install requests',
        'RUN pip install flask',
      ].join('\n');
      const { output } = await squash(input);
      const normaliseArgv = (argv: string[]) => argv.filter((a) => a !== '--no-cache' && a !== '--no-cache-dir');
      const teardown = (argv: string[]) =>
        defaultTeardown(argv) ||
        (argv[0] === 'rm' && argv.slice(1).every((a) => a === '-rf' || a.startsWith('/var/cache/apk')));
      expect((await checkEquivalent(input, output)).ok).toBe(false);
      expect(await checkEquivalent(input, output, { normaliseArgv, teardown })).toEqual({ ok: true });
    },
    T,
  );

  test.each(Object.entries(cases))(
    '%s',
    async (_name, input) => {
      const { output } = await squash(input);
      expect(output).not.toBe(input);
      expect(await checkEquivalent(input, output)).toEqual({ ok: true });
    },
    T,
  );
});
