import { beforeAll, describe, expect, test } from '@jest/globals';
import { initShellParser, squashSync } from '../../src/index.js';
import { lines, rewrite } from '../support/squash.js';

beforeAll(() => initShellParser());

const only = { only: ['teardown'] };
const CLEAN = '    && apt-get clean \\';
const LISTS = '    && rm -rf /var/lib/apt/lists/*';

describe('teardown (apt) appends', () => {
  test('both steps after a lone install', () => {
    expect(rewrite(lines('FROM d', 'RUN apt-get update && apt-get install -y a'), only)).toBe(
      lines('FROM d', 'RUN apt-get update && apt-get install -y a \\', CLEAN, LISTS),
    );
  });

  test.each([
    'DEBIAN_FRONTEND=noninteractive apt-get -o Dpkg::Options::=--force-confold install -y a',
    'apt install -y a',
    'aptitude install -y a',
    'apt-get dist-upgrade -y',
    'env DEBIAN_FRONTEND=noninteractive apt-get -qq install a',
  ])('after `%s`', (command) => {
    const body = `apt-get update && ${command}`;
    expect(rewrite(lines('FROM d', `RUN ${body}`), only)).toBe(lines('FROM d', `RUN ${body} \\`, CLEAN, LISTS));
  });

  test('before a trailing `;`, so the chain stays valid', () => {
    expect(rewrite(lines('FROM d', 'RUN apt-get update; apt-get install -y a;'), only)).toBe(
      lines('FROM d', 'RUN apt-get update; apt-get install -y a \\', CLEAN, LISTS.replace(/\*$/, '*;')),
    );
  });

  test('when the existing clean-up comes before the last install', () => {
    const body =
      'apt-get update && apt-get install -y a && rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y b';
    expect(rewrite(lines('FROM d', `RUN ${body}`), only)).toBe(lines('FROM d', `RUN ${body} \\`, CLEAN, LISTS));
  });

  test.each([
    ['installs from lists an earlier layer wrote', 'apt-get install -y a'],
    ['upgrades from lists an earlier layer wrote', 'apt-get -y dist-upgrade'],
  ])('nothing when the RUN %s (deleting them here frees nothing; docker-clean drops the .debs)', (_name, body) => {
    const input = lines('FROM d', `RUN ${body}`);
    expect(rewrite(input, only)).toBe(input);
  });

  test.each([
    ['a quoted glob (deletes a file named *)', 'rm -rf "/var/lib/apt/lists/*"'],
    ['an unrelated rm -rf (hadolint counts it)', 'rm -rf /tmp/x'],
    ['a non-recursive rm', 'rm -f /var/lib/apt/lists/*'],
  ])('when the existing clean-up is only %s', (_name, cleanup) => {
    const body = `apt-get update && apt-get install -y a && ${cleanup}`;
    expect(rewrite(lines('FROM d', `RUN ${body}`), only)).toBe(lines('FROM d', `RUN ${body} \\`, CLEAN, LISTS));
  });

  test('only the lists when apt-get clean is already there', () => {
    expect(rewrite(lines('FROM d', 'RUN apt-get update && apt-get install -y a && apt-get clean'), only)).toBe(
      lines('FROM d', 'RUN apt-get update && apt-get install -y a && apt-get clean \\', LISTS),
    );
  });

  test('nothing when a later RUN installs without apt-get update (the lists stay, and apt-get clean alone saves nothing)', () => {
    const input = lines('FROM d', 'RUN apt-get update && apt-get install -y a', 'COPY . .', 'RUN apt-get install -y b');
    expect(rewrite(input, only)).toBe(input);
  });

  test('nothing when a stage built FROM this one installs without apt-get update', () => {
    const input = lines(
      'FROM d AS base',
      'RUN apt-get update && apt-get install -y a',
      'FROM base',
      'RUN apt-get install -y b',
    );
    expect(rewrite(input, only)).toBe(input);
  });

  test('both steps when the later RUN refreshes the lists itself', () => {
    const out = rewrite(
      lines(
        'FROM d',
        'RUN apt-get update && apt-get install -y a',
        'COPY . .',
        'RUN apt-get update && apt-get install -y b',
      ),
      only,
    );
    expect(out.split('rm -rf /var/lib/apt/lists/*').length - 1).toBe(2);
  });

  test('nothing when a cache mount covers the lists', () => {
    const input = lines('FROM d', 'RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y a');
    expect(rewrite(input, only)).toBe(input);
  });

  test('in a stage that does not ship only with --all-stages', () => {
    const input = lines(
      'FROM d AS build',
      'RUN apt-get update && apt-get install -y gcc',
      'FROM d',
      'COPY --from=build /a /a',
    );
    expect(rewrite(input, only)).toBe(input);
    expect(rewrite(input, { ...only, allStages: true })).toContain(
      'RUN apt-get update && apt-get install -y gcc \\\n    && apt-get clean \\\n    && rm -rf /var/lib/apt/lists/*',
    );
  });
});

describe('teardown (apt) adds nothing', () => {
  test.each([
    ['rm -rf', 'rm -rf /var/lib/apt/lists/*'],
    ['rm -fr', 'rm -fr /var/lib/apt/lists/*'],
    ['rm -r -f', 'rm -r -f /var/lib/apt/lists/'],
    ['rm --recursive --force', 'rm --recursive --force /var/lib/apt/lists'],
    ['a parent directory', 'rm -rf /var/lib/apt'],
    ['inside a group', '{ apt-get clean; rm -rf /var/lib/apt/lists/*; }'],
  ])('when the RUN already cleans up with %s', (_name, cleanup) => {
    const input = lines('FROM d', `RUN apt-get install -y a && ${cleanup}`);
    expect(squashSync(input, only).output).toBe(input);
  });

  test.each([
    ['only apt-get update', ['RUN apt-get update']],
    [
      'mounts over both apt caches',
      ['RUN --mount=type=cache,target=/var/lib/apt --mount=type=tmpfs,target=/var/cache/apt apt-get install -y a'],
    ],
    ['a hadolint DL3009 pragma', ['# hadolint ignore=DL3009', 'RUN apt-get install -y a']],
    ['our pragma', ['# dockerfile-squash ignore=teardown', 'RUN apt-get install -y a']],
    ['our bare pragma', ['# dockerfile-squash ignore', 'RUN apt-get install -y a']],
    ['a global hadolint pragma', ['# hadolint global ignore=DL3009', 'RUN apt-get install -y a']],
    ['an exec-form RUN', ['RUN ["apt-get", "install", "-y", "a"]']],
    ['apt as an argument', ['RUN echo apt-get install']],
  ])('with %s', (_name, body) => {
    const input = lines('FROM d', ...body);
    expect(squashSync(input, only).output).toBe(input);
  });
});

test('no clean-up chained onto a background job (it would be cut off when the RUN ends)', () => {
  const input = lines('FROM d', 'RUN apt-get install -y a &');
  expect(squashSync(input, only).output).toBe(input);
});

describe('unsafe: refresh the lists in the later RUN that needs them', () => {
  const input = lines(
    'FROM d',
    'RUN apt-get update && apt-get install -y a',
    'WORKDIR /app',
    'RUN apt-get install -y b',
  );

  test('is held back without --unsafe', () => {
    const result = squashSync(input, only);
    expect(result.output).toBe(input);
    expect(result.heldBack.map((f) => f.message)).toEqual([
      expect.stringContaining("run 'apt-get update' in the 1 later RUN(s)"),
    ]);
  });

  test('with --unsafe, the lists go in both layers and the later RUN updates first', () => {
    // Both RUNs end alike, `apt-get clean` with the lists removal (held back from the first RUN only because
    // the lists had to stay), as the refreshed RUN and every other teardown of this tool write it.
    expect(rewrite(input, { ...only, unsafe: true })).toBe(
      lines(
        'FROM d',
        'RUN apt-get update && apt-get install -y a \\',
        CLEAN,
        LISTS,
        'WORKDIR /app',
        'RUN apt-get update && apt-get install -y b \\',
        CLEAN,
        LISTS,
      ),
    );
  });

  // The first RUN ends as the refreshed one does; the refresh runs the way the later RUN's install runs.
  test.each([
    {
      name: 'apt, not apt-get',
      first: 'apt update && apt install -y a',
      later: 'apt install -y b',
      firstAfter: ['RUN apt update && apt install -y a \\', CLEAN, LISTS],
      laterAfter: 'RUN apt-get update && apt install -y b \\',
    },
    {
      name: "the author's apt-get clean (only the lists added)",
      first: 'apt-get update && apt-get install -y a && apt-get clean',
      later: 'apt-get install -y b',
      firstAfter: ['RUN apt-get update && apt-get install -y a && apt-get clean \\', LISTS],
      laterAfter: 'RUN apt-get update && apt-get install -y b \\',
    },
    {
      name: 'a cache mount over the archives (only the lists added)',
      first: '--mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y a',
      later: 'apt-get install -y b',
      firstAfter: ['RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y a \\', LISTS],
      laterAfter: 'RUN apt-get update && apt-get install -y b \\',
    },
    {
      name: 'sudo, under a non-root USER',
      first: 'sudo apt-get update && sudo apt-get install -y a',
      later: 'sudo -E apt-get install -y b',
      firstAfter: [
        'RUN sudo apt-get update && sudo apt-get install -y a \\',
        '    && sudo apt-get clean \\',
        '    && sudo rm -rf /var/lib/apt/lists/*',
      ],
      laterAfter: 'RUN sudo -E apt-get update && sudo -E apt-get install -y b \\',
    },
  ])('$name', ({ first, later, firstAfter, laterAfter }) => {
    const input = lines('FROM d', 'USER app', `RUN ${first}`, 'WORKDIR /app', `RUN ${later}`);
    const output = rewrite(input, { ...only, unsafe: true });
    expect(output.startsWith(lines('FROM d', 'USER app', ...firstAfter, 'WORKDIR /app', laterAfter))).toBe(true);
  });

  test('not when the later RUN does something else before installing', () => {
    const later = lines(
      'FROM d',
      'RUN apt-get update && apt-get install -y a',
      'WORKDIR /app',
      'RUN echo hi && apt-get install -y b',
    );
    expect(rewrite(later, { ...only, unsafe: true })).toBe(later);
  });
});

describe("teardown completes the author's partial clean-up where it stands (zypper clean → --all)", () => {
  test.each([
    ['zypper in -y a && zypper clean', 'zypper in -y a && zypper clean --all'],
    ['sudo zypper -n in a; sudo zypper -q cc', 'sudo zypper -n in a; sudo zypper -q cc --all'],
    ['zypper in -y a && zypper clean && rm -rf /tmp/x', 'zypper in -y a && zypper clean --all && rm -rf /tmp/x'],
  ])('%s', (before, after) => {
    expect(rewrite(lines('FROM d', `RUN ${before}`), only)).toBe(lines('FROM d', `RUN ${after}`));
  });

  test('not a clean-up before the last install, nor one a later zypper command may still need: appended', () => {
    expect(rewrite(lines('FROM d', 'RUN zypper in -y a && zypper clean && zypper in -y b'), only)).toBe(
      lines('FROM d', 'RUN zypper in -y a && zypper clean && zypper in -y b \\', '    && zypper clean --all'),
    );
    expect(rewrite(lines('FROM d', 'RUN zypper in -y a && zypper clean && zypper lr'), only)).toBe(
      lines('FROM d', 'RUN zypper in -y a && zypper clean && zypper lr \\', '    && zypper clean --all'),
    );
  });
});

describe("teardown leaves a RUN alone where other work follows the author's own apt-get clean", () => {
  test.each([
    'apt-get update && apt-get install -y a && apt-get clean && echo ok',
    'apt update && apt install -y a && apt clean -y && rm -rf /tmp/x',
    'sudo apt-get update && sudo apt-get install -y a && sudo apt-get clean && /tmp/setup.sh',
    'apt-get update; apt-get install -y a; apt-get clean; echo ok',
  ])('%s', (body) => {
    const text = lines('FROM d', `RUN ${body}`);
    expect(squashSync(text, only).output).toBe(text);
  });

  test.each([
    ['the clean ends the RUN', 'apt-get update && apt-get install -y a && apt-get clean'],
    ['an apt command follows it', 'apt-get update && apt-get install -y a && apt-get clean && apt-get autoremove -y'],
  ])('the lists removal is appended where %s', (_name, body) => {
    expect(rewrite(lines('FROM d', `RUN ${body}`), only)).toBe(lines('FROM d', `RUN ${body} \\`, LISTS));
  });
});
