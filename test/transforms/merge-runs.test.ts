import { beforeAll, describe, expect, test } from '@jest/globals';
import { initShellParser, squashSync } from '../../src/index.js';
import { lines, rewrite } from '../support/squash.js';

beforeAll(() => initShellParser());

const only = { only: ['merge-runs'] };

describe('merge-runs merges', () => {
  test('consecutive apt RUNs, in the default operator-first style', () => {
    expect(rewrite(lines('FROM d', 'RUN apt-get update', 'RUN apt-get install -y a'), only)).toBe(
      lines('FROM d', 'RUN apt-get update \\', '    && apt-get install -y a'),
    );
  });

  test('in the operator-last style and indent the file already uses', () => {
    const input = lines('FROM d', 'RUN echo a && \\', '  echo b', 'RUN apt-get update', 'RUN apt-get install -y a');
    expect(rewrite(input, only)).toBe(
      lines('FROM d', 'RUN echo a && \\', '  echo b', 'RUN apt-get update && \\', '  apt-get install -y a'),
    );
  });

  test('keeps the flags of identical-flag RUNs once', () => {
    const flags = '--mount=type=secret,id=netrc';
    expect(rewrite(lines('FROM d', `RUN ${flags} apt-get update`, `RUN ${flags} apt-get install -y a`), only)).toBe(
      lines('FROM d', `RUN ${flags} apt-get update \\`, '    && apt-get install -y a'),
    );
  });

  test("carries each RUN's comment into the continuation above its commands and drops blank lines", () => {
    expect(rewrite(lines('FROM d', 'RUN apt-get update', '', '# tools', 'RUN apt-get install -y a'), only)).toBe(
      lines('FROM d', 'RUN apt-get update \\', '    # tools', '    && apt-get install -y a'),
    );
  });

  test('keeps above the merged RUN a comment that ends in the escape character', () => {
    expect(rewrite(lines('FROM d', 'RUN apt-get update', '# see C:\\', 'RUN apt-get install -y a'), only)).toBe(
      lines('FROM d', '# see C:\\', 'RUN apt-get update \\', '    && apt-get install -y a'),
    );
  });

  test('keeps the lower-case keyword and the indentation of the first RUN', () => {
    expect(rewrite(lines('from d', '  run apt-get update', '  run apt-get install -y a'), only)).toBe(
      lines('from d', '  run apt-get update \\', '    && apt-get install -y a'),
    );
  });

  test('uses the escape character of the file', () => {
    expect(rewrite(lines('# escape=`', 'FROM d', 'RUN apt-get update', 'RUN apt-get install -y a'), only)).toBe(
      lines('# escape=`', 'FROM d', 'RUN apt-get update `', '    && apt-get install -y a'),
    );
  });

  test('without a final newline', () => {
    expect(rewrite('FROM d\nRUN apt-get update\nRUN apt-get install -y a', only)).toBe(
      'FROM d\nRUN apt-get update \\\n    && apt-get install -y a',
    );
  });

  test('groups a body that is not a plain && chain, and isolates one that changes shell state', () => {
    expect(rewrite(lines('FROM d', 'RUN cd /x; apt-get update', 'RUN apt-get install -y a; echo ok'), only)).toBe(
      lines('FROM d', 'RUN ( cd /x; apt-get update ) \\', '    && { apt-get install -y a; echo ok; }'),
    );
  });

  test.each([
    ['export A=1', '( export A=1 && apt-get update )'],
    ['A=1', '( A=1 && apt-get update )'],
    ['umask 077', '( umask 077 && apt-get update )'],
    ['set -x', '( set -x && apt-get update )'],
    ['f() { :; }; f', '( f() { :; }; f && apt-get update )'],
    ['source /etc/os-release', '( source /etc/os-release && apt-get update )'],
    ['for p in a; do :; done', '( for p in a; do :; done && apt-get update )'],
    [': ${X:=1}', '( : ${X:=1} && apt-get update )'],
  ])('isolates `%s`', (statement, element) => {
    const out = rewrite(lines('FROM d', `RUN ${statement} && apt-get update`, 'RUN apt-get install -y a'), only);
    expect(out).toBe(lines('FROM d', `RUN ${element} \\`, '    && apt-get install -y a'));
  });

  test.each([
    ['a subshell', '(cd /x && make)'],
    ['a command substitution', 'echo $(cd /x)'],
    ['a prefix assignment', 'DEBIAN_FRONTEND=noninteractive make'],
  ])('does not isolate state changes confined to %s', (_what, statement) => {
    const out = rewrite(lines('FROM d', `RUN ${statement} && apt-get update`, 'RUN apt-get install -y a'), only);
    expect(out).toBe(lines('FROM d', `RUN ${statement} && apt-get update \\`, '    && apt-get install -y a'));
  });

  test('a plain chain closed by `;` joins as it is: its `;` goes before another body, stays last', () => {
    expect(rewrite(lines('FROM d', 'RUN apt-get update;', 'RUN apt-get install -y a'), only)).toBe(
      lines('FROM d', 'RUN apt-get update \\', '    && apt-get install -y a'),
    );
    expect(rewrite(lines('FROM d', 'RUN apt-get update', 'RUN apt-get install -y a && echo ok ;'), only)).toBe(
      lines('FROM d', 'RUN apt-get update \\', '    && apt-get install -y a && echo ok ;'),
    );
  });

  test('a body closed by `;` after more than one statement is still grouped', () => {
    expect(rewrite(lines('FROM d', 'RUN apt-get update; echo ok;', 'RUN apt-get install -y a'), only)).toBe(
      lines('FROM d', 'RUN { apt-get update; echo ok; } \\', '    && apt-get install -y a'),
    );
  });

  test('links groups through a RUN that uses two managers only when they share one; --merge=all merges everything', () => {
    const input = lines('FROM d', 'RUN echo one', 'RUN apt-get update', 'RUN apt-get install -y a', 'RUN echo two');
    expect(rewrite(input, only)).toBe(
      lines('FROM d', 'RUN echo one', 'RUN apt-get update \\', '    && apt-get install -y a', 'RUN echo two'),
    );
    expect(rewrite(input, { ...only, merge: 'all' })).toBe(
      lines(
        'FROM d',
        'RUN echo one \\',
        '    && apt-get update \\',
        '    && apt-get install -y a \\',
        '    && echo two',
      ),
    );
  });

  test('a body that turns on errexit can only end a chain', () => {
    const input = lines('FROM d', 'RUN apt-get update', 'RUN set -e; apt-get install -y a', 'RUN apt-get install -y b');
    expect(rewrite(input, only)).toBe(
      lines('FROM d', 'RUN apt-get update \\', '    && { set -e; apt-get install -y a; }', 'RUN apt-get install -y b'),
    );
  });

  test('under a SHELL with -e, a body that relies on it can only end a chain', () => {
    const input = lines(
      'FROM d',
      'SHELL ["/bin/bash", "-e", "-c"]',
      'RUN apt-get update; apt-get install -y a',
      'RUN apt-get update && apt-get install -y b && echo ok',
      'RUN apt-get install -y c',
    );
    expect(rewrite(input, only)).toBe(
      lines(
        'FROM d',
        'SHELL ["/bin/bash", "-e", "-c"]',
        'RUN apt-get update; apt-get install -y a',
        'RUN apt-get update && apt-get install -y b && echo ok \\',
        '    && apt-get install -y c',
      ),
    );
    const plain = lines(
      'FROM d',
      'SHELL ["/bin/bash", "-e", "-c"]',
      'RUN apt-get update',
      'RUN apt-get install -y a; true',
    );
    expect(rewrite(plain, only)).toBe(
      lines(
        'FROM d',
        'SHELL ["/bin/bash", "-e", "-c"]',
        'RUN apt-get update \\',
        '    && { apt-get install -y a; true; }',
      ),
    );
  });
});

describe('merge-runs across ENV', () => {
  test('a literal ENV moves below and is exported where it stood, quoted as the author did (safe)', () => {
    const input = lines('FROM d', 'RUN apt-get update', 'ENV A=1 B="two words"', 'RUN apt-get install -y a');
    const result = squashSync(input, only);
    expect(result.output).toBe(
      lines(
        'FROM d',
        'RUN apt-get update \\',
        '    && export A=1 B="two words" \\',
        '    && apt-get install -y a',
        'ENV A=1 B="two words"',
      ),
    );
    expect(result.fixes.map((f) => f.applicability)).toEqual(['safe']);
  });

  test.each([
    ['an escape', 'ENV A=a\\ b', "export A='a b'"],
    ['a legacy value with blanks', 'ENV A a  b', "export A='a  b'"],
    ['an earlier ENV', 'ENV A=${X}/y', 'export A=/x/y'],
    ['$PATH', 'ENV PATH=/x/bin:$PATH', 'export PATH="/x/bin:$PATH"'],
    ['a single quote', 'ENV A="it\'s"', "export A='it'\\''s'"],
  ])('an ENV with %s crosses only with --unsafe, with the value the builder computes', (_name, env, exported) => {
    const input = lines('FROM d', 'ENV X=/x', 'RUN apt-get update', env, 'RUN apt-get install -y a');
    expect(squashSync(input, only).output).toBe(input);
    expect(rewrite(input, { ...only, unsafe: true })).toContain(`    && ${exported} \\\n`);
  });

  test.each([
    ['$HOME (the runtime sets it, the builder does not know it)', 'ENV P=$HOME/.npm-global'],
    ['a build argument (--build-arg can override it)', 'ARG V=1\nENV P=/opt/$V'],
    ['a variable only the base image may set', 'ENV P=${NODE_VERSION:-x}'],
    ['IFS (a fresh shell resets it)', 'ENV IFS=,'],
  ])('never crosses an ENV that refers to %s', (_name, env) => {
    const input = lines('FROM d', 'RUN apt-get update', env, 'RUN apt-get install -y a');
    expect(squashSync(input, { ...only, unsafe: true }).output).toBe(input);
  });
});

describe('merge-runs leaves alone', () => {
  test.each([
    ['another instruction between', ['RUN apt-get update', 'WORKDIR /src', 'RUN apt-get install -y a']],
    ['an ENV whose value expands', ['RUN apt-get update', 'ENV A=$B', 'RUN apt-get install -y a']],
    ['an ARG', ['RUN apt-get update', 'ARG A=1', 'RUN apt-get install -y a']],
    ['different flags', ['RUN --network=none apt-get update', 'RUN apt-get install -y a']],
    ['an exec-form RUN', ['RUN ["apt-get", "update"]', 'RUN apt-get install -y a']],
    ['a heredoc RUN', ['RUN <<EOT', 'apt-get update', 'EOT', 'RUN apt-get install -y a']],
    ['a hadolint DL3059 pragma', ['RUN apt-get update', '# hadolint ignore=DL3059', 'RUN apt-get install -y a']],
    ['our own pragma', ['RUN apt-get update', '# dockerfile-squash ignore=merge-runs', 'RUN apt-get install -y a']],
    // Merged, a pragma of one RUN would cover the other's commands too (or stop covering its own).
    ['any hadolint pragma below', ['RUN apt-get update', '# hadolint ignore=DL3008', 'RUN apt-get install -y a']],
    ['any hadolint pragma above', ['# hadolint ignore=DL3008', 'RUN apt-get update', 'RUN apt-get install -y a']],
    ['our teardown pragma', ['RUN apt-get update', '# dockerfile-squash ignore=teardown', 'RUN apt-get install a']],
    [
      'the same pragma on both',
      ['# hadolint ignore=DL3008', 'RUN apt-get update', '# hadolint ignore=DL3008', 'RUN apt-get install -y a'],
    ],
    ['a shell comment in the body', ['RUN apt-get update # refresh', 'RUN apt-get install -y a']],
    ['a background job', ['RUN apt-get update & sleep 1', 'RUN apt-get install -y a']],
    ['RUNs without a package manager', ['RUN echo a', 'RUN echo b']],
    ['a non-POSIX SHELL', ['SHELL ["pwsh", "-c"]', 'RUN apt-get update', 'RUN apt-get install -y a']],
    ['ONBUILD', ['ONBUILD RUN apt-get update', 'ONBUILD RUN apt-get install -y a']],
  ])('%s', (_name, body) => {
    const input = lines('FROM d', ...body);
    expect(squashSync(input, only).output).toBe(input);
  });

  test('a Windows base image', () => {
    const input = lines(
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
      'RUN apt-get update',
      'RUN apt-get install a',
    );
    expect(squashSync(input, only).output).toBe(input);
  });

  test('RUNs in different stages', () => {
    const input = lines('FROM d AS a', 'RUN apt-get update', 'FROM d', 'RUN apt-get install -y a');
    expect(squashSync(input, only).output).toBe(input);
  });
});

describe('merge-runs on heredoc RUNs', () => {
  const script = (...body: string[]) => ['RUN <<EOF', 'set -eux', ...body, 'EOF'];

  test('two errexit scripts with the same prologue become one, counted as a merge', () => {
    const input = lines('FROM d', ...script('apt-get update'), ...script('apt-get install -y a'));
    const result = squashSync(input, only);
    expect(result.output).toBe(lines('FROM d', ...script('apt-get update', 'apt-get install -y a')));
    expect(result.fixes.map((f) => f.figures)).toEqual([{ runsMerged: 2, layersRemoved: 1 }]);
  });

  test.each([
    ['without errexit', ['RUN <<EOF', 'apt-get update', 'EOF', 'RUN <<EOF', 'apt-get install -y a', 'EOF']],
    ['with different prologues', [...script('apt-get update'), 'RUN <<EOF', 'set -e', 'apt-get install -y a', 'EOF']],
    ['when the first leaves shell state', [...script('cd /src', 'apt-get update'), ...script('apt-get install -y a')]],
    ['when the first ends in an && list', [...script('apt-get update && true'), ...script('apt-get install -y a')]],
  ])('not %s', (_name, body) => {
    const input = lines('FROM d', ...body);
    expect(squashSync(input, only).output).toBe(input);
  });
});
