import { beforeAll, describe, expect, test } from '@jest/globals';
import { initShellParser } from '../../src/document/shell.js';
import { parseDocument } from '../../src/document/parse.js';

beforeAll(() => initShellParser());

describe('parseDocument', () => {
  test('stages: names, bases, and which ones ship', () => {
    const doc = parseDocument(
      'FROM a AS deps\nFROM deps AS build\nFROM b AS tools\nFROM b AS unused\nFROM tools AS base\nFROM base\nCOPY --from=build /out /\n',
    );
    expect(doc.stages.map((s) => [s.name, s.base, s.baseStage, s.ships])).toEqual([
      // Only a base of `build`, which is only copied from: neither reaches the image.
      ['deps', 'a', null, false],
      ['build', 'deps', 0, false],
      // The final stage's base, and that base's base, ship.
      ['tools', 'b', null, true],
      // Never referenced: BuildKit does not even build it.
      ['unused', 'b', null, false],
      ['base', 'tools', 2, true],
      [null, 'base', 4, true],
    ]);
  });

  test('RUN forms, flags and mounts', () => {
    const doc = parseDocument(
      'FROM a\nRUN --mount=type=cache,target=/root/.cache,sharing=locked --network=none pip install x\nRUN ["a", "b c"]\nRUN <<EOF\nx\nEOF\nRUN [not json\n',
    );
    const runs = doc.instructions.filter((i) => i.run).map((i) => i.run!);
    expect(runs.map((r) => r.form)).toEqual(['shell', 'exec', 'heredoc', 'shell']);
    expect(runs[0]!.mounts).toEqual([
      { type: 'cache', target: '/root/.cache', options: { type: 'cache', target: '/root/.cache', sharing: 'locked' } },
    ]);
    expect(runs[0]!.flags.map((f) => f.name)).toEqual(['mount', 'network']);
    expect(doc.text.slice(runs[0]!.bodyStart, runs[0]!.bodyEnd)).toBe('pip install x');
  });

  test('the flag key ignores flag order', () => {
    const doc = parseDocument(
      'FROM a\nRUN --network=none --mount=type=tmpfs,target=/t x\nRUN --mount=type=tmpfs,target=/t --network=none x\n',
    );
    const [a, b] = doc.instructions.filter((i) => i.run).map((i) => i.run!.flagKey);
    expect(a).toBe(b);
  });

  test('SHELL: POSIX or not, errexit, inherited through FROM <stage>', () => {
    const doc = parseDocument(
      'FROM a AS one\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN x\nFROM one\nRUN y\nSHELL ["cmd", "/S", "/C"]\nRUN z\n',
    );
    const runs = doc.instructions.filter((i) => i.run).map((i) => [i.run!.posixShell, i.run!.shellErrexit]);
    expect(runs).toEqual([
      [true, true],
      [true, true],
      [false, false],
    ]);
  });

  test('escape directive, EOL and end offsets without trailing blanks', () => {
    const doc = parseDocument('# escape=`\r\nFROM a\r\nRUN echo a `\r\n  b   \r\n');
    expect(doc.escapeChar).toBe('`');
    expect(doc.eol).toBe('\r\n');
    const run = doc.instructions[1]!;
    expect(doc.text.slice(run.start, run.end)).toBe('RUN echo a `\r\n  b');
  });

  test('problems: unterminated heredoc, a RUN that does not parse as shell', () => {
    expect(parseDocument('FROM a\nRUN <<EOF\nx\n').problems).toEqual([
      { line: 2, message: 'unterminated heredoc <<EOF' },
    ]);
    expect(parseDocument('FROM a\nRUN echo "abc\n').problems[0]!.line).toBe(2);
    expect(parseDocument('FROM a\nSHELL ["pwsh", "-c"]\nRUN Write-Host "abc\n').problems).toEqual([]);
  });

  test('pragmas directly above an instruction', () => {
    const doc = parseDocument(
      'FROM a\n# hadolint ignore=DL3059,DL3009\n# dockerfile-squash ignore=teardown\nRUN x\n\n# dockerfile-squash ignore\n\nRUN y\n',
    );
    const [x, y] = doc.instructions.filter((i) => i.run);
    expect([...x!.pragmas.ids].sort()).toEqual(['DL3009', 'DL3059', 'teardown']);
    expect(y!.pragmas.all).toBe(false);
  });
});

test('global instructions before the first FROM belong to no stage; -E is errtrace, not errexit; zsh is not POSIX', () => {
  const doc = parseDocument('ARG V=1\nFROM a\nSHELL ["/bin/bash", "-E", "-c"]\nRUN x\nSHELL ["zsh", "-c"]\nRUN y\n');
  expect(doc.instructions[0]!.stage).toBe(-1);
  const [x, y] = doc.instructions.filter((i) => i.run).map((i) => i.run!);
  expect(x!.shellErrexit).toBe(false);
  expect(y!.posixShell).toBe(false);
});
