import { beforeAll, expect, test } from '@jest/globals';
import { initShellParser } from '../../src/document/shell.js';
import { parseDocument } from '../../src/document/parse.js';

beforeAll(() => initShellParser());

/** The commands each RUN (or ONBUILD RUN) of a one-stage file executes, as `name arg…`, plus its opaque texts. */
function factsOf(body: string) {
  const doc = parseDocument(`FROM debian\n${body}\n`);
  return doc.instructions
    .map((i) => i.run ?? i.onbuildRun)
    .filter((r) => r !== null)
    .map((r) => ({
      form: r.form,
      commands: r.facts.commands.map((c) => c.words.map((w) => w.value ?? '?').join(' ')),
      opaque: r.facts.opaque.map((t) => t.trim()),
    }));
}

test.each([
  // Exec form: the argv itself, wrappers seen through like in a shell body.
  ['RUN ["apt-get", "install", "-y", "it\'s"]', ["apt-get install -y it's"], []],
  ['RUN ["sudo", "-u", "root", "apt-get", "update"]', ['apt-get update'], []],
  ['RUN ["update-alternatives", "--auto", "java"]', ['update-alternatives --auto java'], []],
  // Exec form through a shell: the shell, then its -c script, options before it in any cluster.
  [
    'RUN ["/bin/sh", "-ec", "apt-get update && apt-get install -y x", "arg0"]',
    ['/bin/sh -ec apt-get update && apt-get install -y x arg0', 'apt-get update', 'apt-get install -y x'],
    [],
  ],
  ['RUN ["bash", "-o", "pipefail", "-c", "curl x | sh"]', ['bash -o pipefail -c curl x | sh', 'curl x', 'sh'], []],
  // Each `o` of a cluster takes the next word: `pipefail` is not the script's file.
  [
    'RUN ["bash", "-eo", "pipefail", "-c", "apt-get install -y x"]',
    ['bash -eo pipefail -c apt-get install -y x', 'apt-get install -y x'],
    [],
  ],
  [
    'RUN ["/bin/bash", "-euxo", "pipefail", "-c", "apt-get install -y x"]',
    ['/bin/bash -euxo pipefail -c apt-get install -y x', 'apt-get install -y x'],
    [],
  ],
  [
    'RUN ["bash", "-xo", "pipefail", "-e", "-c", "apt-get install -y x"]',
    ['bash -xo pipefail -e -c apt-get install -y x', 'apt-get install -y x'],
    [],
  ],
  [
    'RUN ["/usr/bin/env", "bash", "-c", "apt-get install -y x"]',
    ['bash -c apt-get install -y x', 'apt-get install -y x'],
    [],
  ],
  ['RUN ["bash", "/setup.sh"]', ['bash /setup.sh'], []],
  ['RUN ["sh", "-c", "echo \\"unterminated"]', ['sh -c echo "unterminated'], ['echo "unterminated']],
  // Shell form: a shell started in the body runs its -c script there; one built from expansions is opaque.
  [
    "RUN bash -eo pipefail -c 'apt-get install -y x'",
    ['bash -eo pipefail -c apt-get install -y x', 'apt-get install -y x'],
    [],
  ],
  ['RUN set -e; sudo sh -ec "apt-get update"', ['set -e', 'sh -ec apt-get update', 'apt-get update'], []],
  ['RUN sh -c "apt-get install -y $PKGS"', ['sh -c ?'], ['sh -c "apt-get install -y $PKGS"']],
  [
    'RUN bash $BASH_FLAGS -c "apt-get install -y x"',
    ['bash ? -c apt-get install -y x'],
    ['bash $BASH_FLAGS -c "apt-get install -y x"'],
  ],
  // A heredoc alone: a script for the SHELL, or for its shebang's interpreter.
  [
    'RUN <<EOF\nset -e\nupdate-ca-certificates\napt-get install -y x\nEOF',
    ['set -e', 'update-ca-certificates', 'apt-get install -y x'],
    [],
  ],
  ['RUN <<EOF\n#!/usr/bin/env bash\napt-get update\nEOF', ['apt-get update'], []],
  ['RUN <<EOF\n#!/bin/sh -e\napt-get update\nEOF', ['apt-get update'], []],
  ['RUN <<EOF\n#!/usr/bin/python3\nimport os\nEOF', [], ['#!/usr/bin/python3\nimport os']],
  // A command line with heredocs: a shell reading stdin runs the document; any other reader gets opaque data.
  ["RUN bash -e <<'EOT'\napt-get install -y x\nEOT", ['bash -e', 'apt-get install -y x'], []],
  ["RUN bash -xo errexit <<'EOT'\napt-get install -y x\nEOT", ['bash -xo errexit', 'apt-get install -y x'], []],
  ['RUN sh -s -- a <<EOT\napt-get install -y x\nEOT', ['sh -s -- a', 'apt-get install -y x'], []],
  ['RUN bash /x.sh <<EOT\napt-get install -y x\nEOT', ['bash /x.sh'], ['apt-get install -y x']],
  ["RUN python3 <<'PY' && apt-get update\nprint(1)\nPY", ['python3', 'apt-get update'], ['print(1)']],
  ['RUN cat > /etc/x.conf <<EOT\nkey=1\nEOT', ['cat'], ['key=1']],
  // Two heredocs on one line are more than the shell grammar reads: all of it stays opaque.
  [
    'RUN cat > /a <<A && bash <<B\none\nA\napt-get update\nB',
    [],
    ['cat > /a <<A && bash <<B\none\nA\napt-get update\nB'],
  ],
  // ONBUILD RUN: what a child build runs.
  ['ONBUILD RUN xargs -a /tmp/list apt-get install -y', ['apt-get install -y'], []],
])('%s', (body, commands, opaque) => {
  const [facts] = factsOf(body);
  expect(facts!.commands).toEqual(commands);
  expect(facts!.opaque).toEqual(opaque);
});

test('a shell-form body under a SHELL that is not POSIX is opaque', () => {
  const doc = parseDocument('FROM a\nSHELL ["pwsh", "-Command"]\nRUN apt-get update\n');
  const run = doc.instructions[2]!.run!;
  expect(run.facts).toEqual({ commands: [], opaque: ['apt-get update'] });
});

test('a heredoc script under a SHELL that is not POSIX is opaque', () => {
  const doc = parseDocument('FROM a\nSHELL ["cmd", "/S", "/C"]\nRUN <<EOF\napt-get update\nEOF\n');
  expect(doc.instructions[2]!.run!.facts.opaque.map((t) => t.trim())).toEqual(['apt-get update']);
});
