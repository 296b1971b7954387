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

  describe('an instruction Docker does not know (it stops the build with "unknown instruction")', () => {
    const first = (text: string) => parseDocument(text).problems[0] ?? null;
    test('a RUN line whose continuation is missing: the next line becomes an instruction of its own', () => {
      expect(first('FROM a\nRUN dnf install -y a \\\n  b\n  c \\\n  && dnf clean all\n')).toEqual({
        line: 4,
        message:
          "unknown instruction 'c', which Docker rejects; is a line continuation missing at the end of the line above?",
      });
      // The operator on the orphaned line, and a backtick escape.
      expect(first('FROM a\nRUN apk add curl\n&& rm -rf /var/cache/apk/*\n')?.line).toBe(3);
      expect(first('# escape=`\nFROM a\nRUN echo a `\n  b\nc `\n  d\n')?.line).toBe(5);
    });
    test('only the first is reported, and the hint only where a line above could have continued', () => {
      const script = parseDocument('#!/bin/sh\n\ndeclare -a A\ndeclare -a B\nsource x\n');
      expect(script.problems).toEqual([{ line: 3, message: "unknown instruction 'declare', which Docker rejects" }]);
    });
    test('every instruction Docker knows, in any case, is not a problem; nor a line that is only a continuation', () => {
      const all =
        'ARG B=a\nFROM $B AS s\nmaintainer x\nLABEL a=b\nEnv A=1\nWORKDIR /\nUSER root\nSHELL ["/bin/sh", "-c"]\n' +
        'run true\nADD a /a\nCOPY a /b\nEXPOSE 80\nVOLUME /v\nSTOPSIGNAL SIGTERM\nHEALTHCHECK NONE\nONBUILD RUN true\n' +
        'ENTRYPOINT ["a"]\nCMD ["b"]\n \\\nRUN true\n';
      expect(parseDocument(all).problems).toEqual([]);
    });
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

test.each([
  ['["/bin/bash", "-eo", "pipefail", "-c"]', true],
  ['["/bin/bash","-o","pipefail","-e","-c"]', true],
  ['["bash","-euxo","pipefail","-c"]', true],
  ['["/bin/sh", "-ec"]', true],
  ['["/bin/sh", "-cex"]', true],
  ['["/bin/bash", "-xo", "errexit", "-c"]', true],
  ['["/bin/bash", "-o", "pipefail", "-c"]', false],
  ['["/bin/sh", "-e", "+e", "-c"]', false],
  ['["/bin/bash", "-O", "extglob", "-c"]', false],
])('SHELL %s: errexit %s (test/document/shell-options.test.ts runs them in real shells)', (shell, errexit) => {
  const run = parseDocument(`FROM a\nSHELL ${shell}\nRUN x\n`).instructions[2]!.run!;
  expect([run.posixShell, run.shellErrexit]).toEqual([true, errexit]);
});

describe('Windows images and non-POSIX shells', () => {
  test.each([
    'python:3.12-windowsservercore-ltsc2022',
    'mcr.microsoft.com/windows/servercore:ltsc2022',
    'mcr.microsoft.com/windows:1809',
    'mcr.microsoft.com/dotnet/framework/sdk:4.8',
    'mcr.microsoft.com/dotnet/sdk:8.0-nanoserver-1809',
    'golang:1.22-nanoserver',
    'mcr.microsoft.com/oss/kubernetes/pause:3.9-ltsc2022',
    '--platform=windows/amd64 mcr.microsoft.com/dotnet/sdk:8.0',
  ])('FROM %s is a Windows image: its RUNs are not shell, the file is left alone', (from) => {
    const doc = parseDocument(`FROM ${from}\nRUN echo "a & b" > C:\\x.txt && dir\n`);
    expect(doc.stages[0]!.windows).toBe(true);
    expect(doc.instructions[1]!.run!.posixShell).toBe(false);
    expect(doc.problems).toEqual([]);
    expect(doc.leftAlone?.reason).toBe('Windows image');
  });

  test.each(['mcr.microsoft.com/dotnet/sdk:8.0', 'debian:bookworm', 'dockcross/linux-x64', 'nginx:windowsless'])(
    'FROM %s is not',
    (image) => {
      const doc = parseDocument(`FROM ${image}\nRUN apt-get update\n`);
      expect([doc.stages[0]!.windows, doc.leftAlone]).toEqual([false, null]);
    },
  );

  test('a global ARG default names the image; a stage built FROM a Windows stage is Windows too', () => {
    const doc = parseDocument(
      'ARG V=ltsc2022\nARG BASE=mcr.microsoft.com/windows/servercore:${V}\nFROM ${BASE} AS base\nFROM base\nRUN dir\n',
    );
    expect(doc.stages.map((s) => s.windows)).toEqual([true, true]);
    expect(doc.leftAlone?.message).toContain('mcr.microsoft.com/windows/servercore:ltsc2022');
  });

  test('a file that mixes in a Linux stage is rewritten there: only its Windows stages are left alone', () => {
    const doc = parseDocument('FROM golang AS build\nRUN go build\nFROM mcr.microsoft.com/windows/nanoserver:1809\n');
    expect(doc.stages.map((s) => s.windows)).toEqual([false, true]);
    expect(doc.leftAlone).toBeNull();
  });

  test("hadolint's `# hadolint shell=powershell` names the shell from its line on", () => {
    const doc = parseDocument('FROM jenkins-agent\n# hadolint shell=powershell\n\nRUN & C:/x.ps1 --y\nFROM a\nRUN b\n');
    expect(doc.instructions.filter((i) => i.run).map((i) => i.run!.posixShell)).toEqual([false, false]);
    expect(doc.problems).toEqual([]);
    expect(doc.leftAlone).toEqual({
      reason: 'non-POSIX SHELL',
      message: 'every RUN runs under SHELL powershell, not a POSIX shell',
    });
    const later = parseDocument('FROM debian\nRUN apt-get update\n# hadolint shell=pwsh\nRUN Get-Item x\n');
    expect(later.instructions.filter((i) => i.run).map((i) => i.run!.posixShell)).toEqual([true, false]);
  });

  test('every RUN under a non-POSIX SHELL leaves the file alone; one POSIX RUN does not', () => {
    const pwsh = parseDocument('FROM debian\nSHELL ["pwsh", "-Command"]\nRUN a; b\nRUN c\n');
    expect(pwsh.leftAlone).toEqual({
      reason: 'non-POSIX SHELL',
      message: 'every RUN runs under SHELL pwsh, not a POSIX shell',
    });
    expect(parseDocument('FROM debian\nRUN apt-get update\nSHELL ["pwsh", "-Command"]\nRUN c\n').leftAlone).toBeNull();
  });
});

describe('file-wide ignores', () => {
  test.each([
    '# hadolint global ignore=DL3059\nFROM a\n',
    '# syntax=docker/dockerfile:1\n# hadolint global ignore=dl3059,DL3009\nFROM a\n',
    'FROM a\n# hadolint global ignore=DL3059\nRUN x\n',
  ])('a `# hadolint global ignore=` line anywhere, even where a parser directive could be: %j', (text) => {
    expect(parseDocument(text).globalIgnores.has('DL3059')).toBe(true);
  });

  test("ignored rules given by the caller (a .hadolint.yaml's list) join the file's own", () => {
    const doc = parseDocument('# hadolint global ignore=DL3009\nFROM a\n', ['dl3059', 'teardown']);
    expect([...doc.globalIgnores].sort()).toEqual(['DL3009', 'DL3059', 'TEARDOWN']);
  });
});

describe('heredoc RUNs that are shell scripts', () => {
  const script = (header: string, body = 'apt-get update', before = '') =>
    parseDocument(`FROM a\n${before}RUN ${header}\n${body}\nEOF\n`).instructions.find((i) => i.run)!.run!;

  test.each([
    ['<<EOF', false],
    ["<<-'EOF'", false],
    ['<<EOF bash -e', true],
    ['bash -eo pipefail <<"EOF"', true],
    ['bash -xo errexit <<EOF', true],
    ['<<EOF sh -e +e', false],
    ['--mount=type=cache,target=/var/cache/apt <<EOF sh', false],
  ])('%s (errexit %s)', (header, errexit) => {
    const run = script(header);
    expect(run.heredoc?.errexit).toBe(errexit);
    expect(run.shell!.commands.map((c) => c.name)).toEqual(['apt-get']);
    expect(run.logical!.text).toBe('apt-get update');
  });

  test('a SHELL with -e around a bare heredoc, or a shebang that overrides it', () => {
    const shell = 'SHELL ["/bin/bash", "-e", "-c"]\n';
    expect(script('<<EOF', 'x', shell).heredoc!.errexit).toBe(true);
    expect(script('<<EOF', '#!/bin/sh\nx', shell).heredoc!.errexit).toBe(false);
    expect(script('<<EOF', '#!/bin/sh -e\nx').heredoc!.errexit).toBe(true);
  });

  test.each([
    ['another interpreter', '<<EOF python3'],
    ['a command that reads it as data', 'cat <<EOF > /etc/x'],
    ['sh -c', '<<EOF sh -c x'],
    ['a non-shell shebang', '<<EOF', '#!/usr/bin/env python3\nprint(1)'],
  ])('not for %s', (_name, header, body = 'x') => {
    expect(script(header, body).heredoc).toBeNull();
  });

  test('CRLF: the script is read with LF line ends, mapped back to the source', () => {
    const text = 'FROM a\r\nRUN <<EOF\r\nset -e\r\nx\r\nEOF\r\n';
    const run = parseDocument(text).instructions[1]!.run!;
    expect(run.logical!.text).toBe('set -e\nx');
    expect(text[run.logical!.map[7]!]).toBe('x');
  });
});
