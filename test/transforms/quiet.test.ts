/**
 * The quiet test (transforms/lib/quiet.ts) lets a file skip the shell analysis and the transforms. A custom
 * transform turns it off, so the same file squashed with a no-op custom transform is the full pipeline's answer:
 * over generated files full of near misses (names inside words, behind quotes, escapes and continuations, in
 * exec form, heredocs and ONBUILD), the two must agree on everything, refusals included.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { initShellParser, squashSync, type SquashRequest } from '../../src/index.js';
import type { Transform } from '../../src/transform.js';
import { MANAGERS } from '../../transforms/index.js';
import { cannotChange } from '../../transforms/lib/quiet.js';

beforeAll(() => initShellParser());

const noop: Transform = { id: 'noop', description: '', explain: '', applicability: 'safe', run: () => [] };

const COMMANDS = [
  'echo hi',
  'make -j4',
  'format disk',
  'chmod +x /usr/local/bin/perm',
  'curl -fsSLO https://example.com/tool.tar.gz',
  'tar xzf tool.tar.gz',
  'mkdir -p /opt/app',
  'git clone https://example.com/x.git',
  'echo "rm -rf /"',
  'pip-compile req.in',
  'apt-getter',
  'npmx run',
  'python3 -m venv /venv',
  'bash install.sh',
  'cat /etc/os-release',
  'curl -fsSL https://deb.example.com/setup.sh',
  'cd /opt/app',
  'echo "unterminated',
  'rm -rf tool.tar.gz',
  'echo "deb http://x y main" > /etc//apt/sources.list.d/x.list',
  'curl -fsSL https://deb.nodesource.com/setup_20.x -o s.sh',
  'gpg --dearmor -o "/usr/share/keyrings"/k.gpg k.asc',
  'r""m -rf /tmp/x',
  'rmdir /opt/empty',
  'find / -name "*.pyc" -delete',
  'apt-get update',
  'a\\pt-get install -y curl',
  "'apt-get' install -y jq",
  'sudo apk add --no-cache git',
  'env A=1 yum install -y make',
  'python3 -m pip install flask',
  'bash Miniconda3-latest-Linux-x86_64.sh -b',
  'conda clean -afy',
  'npm ci',
  '/usr/bin/dnf install -y gcc',
];

/** Half the files draw from the near misses only, so that both answers are common. */
const QUIET = COMMANDS.slice(0, COMMANDS.indexOf('rm -rf tool.tar.gz'));

const bodyArb = (commands: string[]) =>
  fc
    .array(fc.constantFrom(...commands), { minLength: 1, maxLength: 3 })
    .chain((picks) =>
      fc.constantFrom(' && ', '; ', ' && \\\n    ', ' \\\n# a comment\n    && ').map((glue) => picks.join(glue)),
    );

const instructionArb = (commands: string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: bodyArb(commands).map((b) => `RUN ${b}`) },
    { weight: 1, arbitrary: bodyArb(commands).map((b) => `RUN --mount=type=cache,target=/root/.cache ${b}`) },
    { weight: 1, arbitrary: fc.constantFrom(...commands).map((c) => `RUN ${JSON.stringify(c.split(' '))}`) },
    { weight: 1, arbitrary: bodyArb(commands).map((b) => `RUN <<EOF\n${b}\nEOF`) },
    { weight: 1, arbitrary: fc.constantFrom(...commands).map((c) => `ONBUILD RUN ${c}`) },
    { weight: 1, arbitrary: fc.constantFrom('ENV PIP_NO_CACHE_DIR=1', 'ARG V=1', 'WORKDIR /app', 'COPY . .') },
    { weight: 1, arbitrary: fc.constantFrom('SHELL ["/bin/bash", "-eo", "pipefail", "-c"]', '# apt-get in a comment') },
  );

const fileArb = fc
  .constantFrom(QUIET, COMMANDS)
  .chain((commands) =>
    fc.tuple(
      fc.constantFrom('debian:bookworm', 'alpine:3.20', 'mcr.microsoft.com/windows/servercore:ltsc2022'),
      fc.array(instructionArb(commands), { minLength: 1, maxLength: 5 }),
      fc.option(fc.array(instructionArb(commands), { maxLength: 2 })),
    ),
  )
  .map(
    ([base, first, second]) =>
      [`FROM ${base}`, ...first, ...(second ? ['FROM scratch AS out', ...second] : [])].join('\n') + '\n',
  );

const requestArb: fc.Arbitrary<SquashRequest> = fc.record({
  unsafe: fc.boolean(),
  allStages: fc.boolean(),
});

function outcome(text: string, request: SquashRequest) {
  try {
    const r = squashSync(text, request);
    return { output: r.output, fixes: r.fixes, heldBack: r.heldBack, skipped: r.skipped };
  } catch (error) {
    return { error: String(error) };
  }
}

describe('quiet files', () => {
  test('the quick answer never differs from the full pipeline', () => {
    let quiet = 0;
    let total = 0;
    fc.assert(
      fc.property(fileArb, requestArb, (text, request) => {
        total++;
        if (cannotChange(text, MANAGERS)) quiet++;
        expect(outcome(text, request)).toEqual(outcome(text, { ...request, transforms: [noop] }));
      }),
      { numRuns: 100, seed: 42 },
    );
    // Both answers are exercised.
    expect(quiet).toBeGreaterThan(total / 4);
    expect(quiet).toBeLessThan(total * 0.8);
  });

  test('a name only spelled across quotes, escapes or a continuation is still seen', () => {
    for (const body of ['a"pt"-get update', "ap't-g'et update", 'ap\\t-get update', 'apt-\\\nget update']) {
      expect(cannotChange(`FROM d\nRUN ${body}\n`, MANAGERS)).toBe(false);
    }
    expect(cannotChange('FROM d\nRUN [ "bash", "./Miniforge3-Linux.sh", "-b" ]\n', MANAGERS)).toBe(false);
    expect(cannotChange('FROM d\nRUN format && chmod +x perm && pip-compile\n', MANAGERS)).toBe(true);
  });
});
