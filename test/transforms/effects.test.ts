import { beforeAll, describe, expect, test } from '@jest/globals';
import { initShellParser } from '../../src/index.js';
import { parseDocument } from '../../src/document/parse.js';
import { effectsOf } from '../../transforms/lib/effects.js';
import { MANAGERS } from '../../transforms/index.js';

beforeAll(() => initShellParser());

/** The effects of the last RUN of a small Dockerfile. */
function effects(...lines: string[]) {
  const doc = parseDocument(['FROM d', ...lines].join('\n') + '\n');
  const run = doc.instructions.filter((i) => i.keyword === 'RUN').pop()!;
  return effectsOf(run, MANAGERS);
}

describe('effectsOf: what a RUN creates', () => {
  test.each([
    ['dd of=', 'dd if=/dev/zero of=/swapfile bs=1M count=8', ['/swapfile']],
    ['tar -x -C', 'curl -fsSL https://x/t.tgz | tar -xz -C /opt/t', ['/opt/t']],
    ['old-style tar with --directory=', 'tar xf /x.tgz --directory=/build', ['/build']],
    ['tar -c -f', 'tar -czf /tmp/etc.tgz /etc', ['/tmp/etc.tgz']],
    ['tar -cf - (a pipe, no file)', 'tar -cf - /etc | gzip > /tmp/etc.gz', ['/tmp/etc.gz']],
    ['go build -o', 'go build -trimpath -o /out/app ./cmd/app', ['/out/app']],
    ['gcc -o', 'gcc -O2 -o /usr/local/bin/hello hello.c', ['/usr/local/bin/hello']],
    ['versioned compiler, -o attached', 'clang-17 -ohello hello.c', ['hello']],
    ['rustc -o', 'rustc -O -o /tmp/t t.rs', ['/tmp/t']],
    ['unzip -d', 'unzip -q x.zip -d /opt/x', ['/opt/x']],
    ['curl --output', 'curl -fsSL --output /tmp/a https://x/a', ['/tmp/a']],
    ['curl -O --output-dir', 'curl -fsSLO --output-dir /tmp https://x/a.tgz', ['/tmp/a.tgz']],
    ['wget -O', 'wget -qO /tmp/a https://x/a', ['/tmp/a']],
    ['wget -P', 'wget -P /tmp https://x/a.tgz', ['/tmp/a.tgz']],
    ['cp -t', 'cp -t /srv/www a b', ['/srv/www']],
    ['mv destination', 'mv /tmp/a /srv/a', ['/srv/a']],
    ['git clone with option values', 'git clone --depth 1 -b v1 https://x/r.git /src/r', ['/src/r']],
    ['git clone into the repository name', 'git clone https://x/r.git', ['r']],
  ])('%s', (_name, body, created) => {
    expect(effects(`RUN ${body}`).created).toEqual(created);
  });

  test.each([
    ['mkdir -p of a base-image directory', 'mkdir -p /usr/share/doc /opt/app'],
    ['tar -C into a base-image directory', 'tar -xzf node.tgz -C /usr/local --strip-components=1 && mkdir -p /opt/app'],
    ['cp into a base-image directory', 'cp tool /usr/local/bin && mkdir -p /opt/app'],
  ])('not %s (it was there before)', (_name, body) => {
    expect(effects(`RUN ${body}`).created).toEqual(['/opt/app']);
  });
});

describe('effectsOf: package sets in variables', () => {
  test.each([
    ['from ENV', ['ENV DEPS="gcc make"'], 'apt-get install -y $DEPS', ['apt:$DEPS', 'apt:gcc', 'apt:make']],
    [
      'from ARG, braced',
      ['ARG DEPS="gcc make"'],
      'apt-get install -y ${DEPS} curl',
      ['apt:$DEPS', 'apt:gcc', 'apt:make', 'apt:curl'],
    ],
    ['from ARG without a default', ['ARG DEPS'], 'apt-get install -y "$DEPS"', ['apt:$DEPS']],
    ['assigned earlier in the body', [], "deps='gcc make' && apt-get install -y $deps", ['apt:gcc', 'apt:make']],
    ['unknown', [], 'apt-get install -y $DEPS curl', ['apt:curl']],
  ])('%s', (_name, before, body, installed) => {
    expect([...effects(...before, `RUN ${body}`).installed]).toEqual(installed);
  });

  test('a purge through the same variable removes the same set', () => {
    expect([...effects('ENV BUILD_DEPS="gcc make"', 'RUN apt-get purge -y --auto-remove $BUILD_DEPS').removed]).toEqual(
      ['apt:$BUILD_DEPS', 'apt:gcc', 'apt:make'],
    );
  });
});

describe('effectsOf: what the RUN leaves, net of its own clean-up', () => {
  test.each([
    [
      'a download it deletes',
      'curl -fsSLo /tmp/a.tgz https://x/a.tgz && tar -xzf /tmp/a.tgz -C /opt/a && rm /tmp/a.tgz',
      ['/opt/a'],
    ],
    ['a directory it deletes by a glob', 'mkdir -p /build/x && touch /build/x/y && rm -rf /build/*', []],
    ['a path deleted before it is written again', 'rm -f /tmp/a && wget -O /tmp/a https://x/a', ['/tmp/a']],
  ])('%s', (_name, body, created) => {
    expect(effects(`RUN ${body}`).created).toEqual(created);
  });

  test('a package it installs and removes again is not left, nor one it removes before installing it', () => {
    const net = effects('RUN yum install -y wget git && yum remove -y wget && apk del curl && apk add curl');
    expect([...net.installed].sort()).toEqual(['apk:curl', 'yum:git']);
    expect([...net.removed].sort()).toEqual(['apk:curl', 'yum:wget']);
  });

  test('every static operand of rm counts, also after one only the shell knows', () => {
    expect(effects('RUN rm -rf "$GNUPGHOME" /tmp/a.asc ${DIR}/x -- /tmp/b').deleted).toEqual(['/tmp/a.asc', '/tmp/b']);
  });
});
