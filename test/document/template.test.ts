import { beforeAll, expect, test } from '@jest/globals';
import { initShellParser } from '../../src/document/shell.js';
import { parseDocument } from '../../src/document/parse.js';

beforeAll(() => initShellParser());

const leftAlone = (text: string) => parseDocument(text).leftAlone;

test.each([
  // Template tags where an instruction should be.
  ['FROM debian\n{% if dev %}\nRUN apt-get install -y gdb\n{% endif %}\n', 2, '{% if dev %}'],
  ['FROM debian\n{%- for p in pkgs -%}\nRUN x\n{%- endfor %}\n', 2, '{%- for p in pkgs -%}'],
  ['FROM debian\n{{- if .Debug }}\nRUN x\n{{- end }}\n', 2, '{{- if .Debug }}'],
  ['FROM debian\n{# a Jinja comment #}\nRUN x\n', 2, '{# a Jinja comment #}'],
  ['FROM debian\n<% if node %>\nRUN x\n<% end %>\n', 2, '<% if node %>'],
  // Expressions in the arguments of an instruction that is not a command.
  ['FROM {{ base }}\n', 1, '{{ base }}'],
  ['FROM debian\nCOPY {{ .Binary }} /usr/local/bin/\n', 2, '{{ .Binary }}'],
  ['FROM ruby:<%= version %>\n', 1, '<%= version %>'],
  ['FROM debian\nENV V %%VERSION%%\n', 2, '%%VERSION%%'],
  // A base image a build script fills in with sed or autoconf.
  ['FROM #IMAGE_NAME# # replaced by sed\nRUN x\n', 1, '#IMAGE_NAME#'],
  ['FROM @BASE_IMAGE@\nRUN x\n', 1, '@BASE_IMAGE@'],
  // In a command, only Jinja beyond doubt.
  ['FROM debian\nRUN pip install foo=={{ foo_version }}\n', 2, '{{ foo_version }}'],
  ["FROM debian\nRUN apt-get install -y {{ pkgs | join(' ') }}\n", 2, "{{ pkgs | join(' ') }}"],
  ['FROM debian\nRUN echo {{ cfg.port }}\n', 2, '{{ cfg.port }}'],
  // A line a generator replaces with a list's lines, which leaves the RUN unclosed as written.
  ['FROM debian\nRUN case "$a" in \\\n    "${ARCH_CASES[@]}"\n  esac\n', 2, '"${ARCH_CASES[@]}"'],
  [
    'FROM alpine\nRUN apk add curl \\\n  && for key in \\\n  "${KEYS[@]}"\n  ; do gpg --recv-keys "$key"; done\n',
    2,
    '"${KEYS[@]}"',
  ],
  ['FROM debian\nRUN true\nRUN if [ -n "$X" ]; then \\\n"${steps[@]}"\nfi\n', 3, '"${steps[@]}"'],
])('%j is a template (line %d, %s)', (text, line, marker) => {
  expect(leftAlone(text)).toEqual({
    reason: 'template',
    message: `template syntax on line ${line} (${marker}): render it first`,
  });
});

test.each([
  "FROM debian\nRUN docker inspect --format '{{.State.Status}}' x\n",
  "FROM debian\nRUN echo '{{json .Config}}{{ end }}{{ else }}' > f\n",
  'FROM debian\nCMD ["sh", "-c", "printf \'{%s}\' x"]\n',
  'FROM debian\nRUN printf "%%s\\n" a\n',
  'FROM debian\nRUN npm install -g @Scope/tool@Latest && echo "#NOT_FROM#"\n',
  'FROM debian\nCOPY <<EOF /etc/app.tmpl\n{{ range .Items }}\n{% if x %}\nEOF\n',
  'FROM debian\nRUN <<EOF\necho "{{ name }}" > /etc/motd.j2\nEOF\n',
  // The same line in a bash RUN that parses is an array argument.
  'FROM debian\nSHELL ["/bin/bash", "-c"]\nRUN PKGS=(curl git) && apt-get install -y \\\n    "${PKGS[@]}"\n',
])('%j is not', (text) => {
  expect(leftAlone(text)).toBeNull();
});

test('a RUN that does not parse without a list placeholder is refused, not skipped', () => {
  const doc = parseDocument('FROM debian\nRUN case "$a" in \\\n    "${ARCH_CASES}"\n  esac\n');
  expect(doc.leftAlone).toBeNull();
  // Refused for both reasons: the RUN that ends mid-`case`, and the `esac` line Docker reads as an instruction.
  expect(doc.problems).toEqual([
    { line: 2, message: 'RUN does not parse as shell (unterminated quote or bracket?)' },
    {
      line: 4,
      message:
        "unknown instruction 'esac', which Docker rejects; is a line continuation missing at the end of the line above?",
    },
  ]);
});
