// Parsing of real `docker history` / `docker image inspect` / `docker build` output, captured from dockerd
// 20.10.24 (Debian's docker.io) with the docker 28.2.2 CLI: see fixtures/README.md.
import { describe, expect, test, beforeAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  entryCommand,
  isRunEntry,
  matchRunEntries,
  parseHistory,
  parseInspect,
  parseSize,
  sameId,
  summarizeImage,
  type HistoryEntry,
} from '../../src/measure/history.js';
import { parseLegacySteps, stripBanner, lastLines } from '../../src/measure/docker.js';
import { scanRuns } from '../../src/measure/instructions.js';
import { initShellParser } from '../../src/document/shell.js';

beforeAll(() => initShellParser());

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const BASE_ID = 'f8864ae61129';

describe('parseHistory', () => {
  test('reads every entry of a legacy build, newest first, sizes in bytes', () => {
    const h = parseHistory(fixture('classic-before.history.jsonl'));
    expect(h.map((e) => e.createdBy)).toEqual([
      '/bin/sh -c apt-get clean',
      '/bin/sh -c apt-get install -y python3 curl',
      '/bin/sh -c apt-get update',
      '',
    ]);
    expect(h.map((e) => e.size)).toEqual([0, 106687493, 167272189, 116891302]);
    expect(h[3]!.comment).toBe('dfsq bench base (dfsq/bookworm:plain)');
    expect(h[0]!.id).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test('reads a BuildKit image: `RUN … # buildkit` and <missing> ids', () => {
    const h = parseHistory(fixture('classic-after-buildkit.history.jsonl'));
    expect(h).toHaveLength(2);
    expect(h[0]!.createdBy).toMatch(/^RUN \/bin\/sh -c apt-get update .* # buildkit$/);
    expect(h[0]!.comment).toBe('buildkit.dockerfile.v0');
    expect(h[1]!.id).toBe('<missing>');
  });

  test('rejects output that is not JSON lines', () => {
    expect(() => parseHistory('IMAGE  CREATED  SIZE\n')).toThrow(/not JSON/);
  });

  test('sizes: raw bytes (--human=false) and human strings', () => {
    expect(parseSize('106687493')).toBe(106687493);
    expect(parseSize('0B')).toBe(0);
    expect(parseSize('94.2MB')).toBe(94200000);
    expect(parseSize('1.5kB')).toBe(1500);
    expect(parseSize(42)).toBe(42);
    expect(() => parseSize('lots')).toThrow(/unrecognised size/);
  });
});

describe('parseInspect', () => {
  test('total size and filesystem layer count', () => {
    expect(parseInspect(fixture('classic-before.inspect.json'))).toMatchObject({
      size: 390850984,
      layers: 4,
    });
    const after = parseInspect(fixture('classic-after.inspect.json'));
    expect(after).toMatchObject({ size: 170662861, layers: 2 });
    expect(after.id).toMatch(/^sha256:/);
  });

  test('metadata-only steps add history entries but no layers', () => {
    const info = parseInspect(fixture('features.inspect.json'));
    expect(parseHistory(fixture('features.history.jsonl'))).toHaveLength(8);
    expect(info.layers).toBe(6);
  });

  test('rejects anything without Id and Size', () => {
    expect(() => parseInspect('[]')).toThrow(/no image object/);
    expect(() => parseInspect('nope')).toThrow(/not JSON/);
  });
});

describe('RUN entries', () => {
  test('legacy RUNs, BuildKit RUNs; not #(nop) metadata, COPY or an imported base', () => {
    expect(isRunEntry('/bin/sh -c apt-get update')).toBe(true);
    expect(isRunEntry('|1 GREETING=hello /bin/sh -c rm /blob')).toBe(true);
    expect(isRunEntry('RUN /bin/sh -c apt-get update # buildkit')).toBe(true);
    expect(isRunEntry('/bin/sh -c #(nop)  ENV LANG=C.UTF-8')).toBe(false);
    expect(isRunEntry('/bin/sh -c #(nop) COPY file:61f0 in /b.txt ')).toBe(false);
    expect(isRunEntry('COPY hello.txt /hello.txt # buildkit')).toBe(false);
    expect(isRunEntry('')).toBe(false);
    expect(entryCommand('RUN /bin/sh -c a  &&\tb # buildkit')).toBe('/bin/sh -c a && b');
  });

  test('a base image RUN older than ours with the same text does not steal the match', () => {
    const e = (createdBy: string, size: number): HistoryEntry => ({
      id: '',
      createdBy,
      size,
      comment: '',
      createdAt: '',
    });
    const history = [e('/bin/sh -c apt-get update', 10), e('/bin/sh -c apt-get update', 99), e('', 1000)];
    const matched = matchRunEntries(history, scanRuns('FROM x\nRUN apt-get update\n'));
    expect(matched.map((m) => m.run?.line)).toEqual([2, undefined]);
  });

  test('a command that only ends like another RUN is not that RUN', () => {
    const e = (createdBy: string): HistoryEntry => ({ id: '', createdBy, size: 1, comment: '', createdAt: '' });
    const runs = scanRuns('FROM x\nRUN rm /blob\nRUN echo a && rm /blob\n');
    const matched = matchRunEntries([e('/bin/sh -c echo a && rm /blob'), e('/bin/sh -c rm /blob')], runs);
    expect(matched.map((m) => m.run?.line)).toEqual([3, 2]);
  });

  test('ids compare with or without sha256: and short or full', () => {
    expect(sameId('sha256:f8864ae6112951213f71fcfb4deaa88c1fbf69fda3ceab13dc191ee2b3340be0', BASE_ID)).toBe(true);
    expect(sameId('<missing>', BASE_ID)).toBe(false);
    expect(sameId('sha256:abc', 'abd')).toBe(false);
  });
});

describe('summarizeImage', () => {
  test('classic, before: three RUN layers attributed to lines 2–4, the rest is the base', () => {
    const s = summarizeImage(
      parseInspect(fixture('classic-before.inspect.json')),
      parseHistory(fixture('classic-before.history.jsonl')),
      scanRuns(fixture('classic-before.Dockerfile')),
      BASE_ID,
    );
    expect(s.runLayers).toEqual([
      { line: 2, command: 'apt-get update', bytes: 167272189 },
      { line: 3, command: 'apt-get install -y python3 curl', bytes: 106687493 },
      { line: 4, command: 'apt-get clean', bytes: 0 },
    ]);
    expect(s).toMatchObject({ totalBytes: 390850984, layers: 4, historyEntries: 4, otherBytes: 116891302 });
  });

  test('classic, after: the merged RUN (continuation lines) matches line 2', () => {
    const s = summarizeImage(
      parseInspect(fixture('classic-after.inspect.json')),
      parseHistory(fixture('classic-after.history.jsonl')),
      scanRuns(fixture('classic-after.Dockerfile')),
      BASE_ID,
    );
    expect(s.runLayers).toEqual([
      {
        line: 2,
        command: 'apt-get update && apt-get install -y python3 curl && apt-get clean && rm -rf /var/lib/apt/lists/*',
        bytes: 53771559,
      },
    ]);
    expect(s.otherBytes).toBe(116891302);
  });

  test('BuildKit history, no FROM id known: matched by text all the same', () => {
    const s = summarizeImage(
      parseInspect(fixture('classic-after-buildkit.inspect.json')),
      parseHistory(fixture('classic-after-buildkit.history.jsonl')),
      scanRuns(fixture('classic-after.Dockerfile')),
    );
    expect(s.runLayers.map((l) => [l.line, l.bytes])).toEqual([[2, 53754096]]);
    expect(s.layers).toBe(2);
  });

  test('build args, exec form, comments, COPY and a second stage', () => {
    const steps = parseLegacySteps(stripBanner(fixture('features.build.log')));
    const s = summarizeImage(
      parseInspect(fixture('features.inspect.json')),
      parseHistory(fixture('features.history.jsonl')),
      scanRuns(fixture('features.Dockerfile')),
      steps.fromId,
    );
    // line 3 is the build stage's RUN: not in the final image
    expect(s.runLayers.map((l) => [l.line, l.bytes])).toEqual([
      [9, 102406],
      [11, 5],
      [13, 0],
    ]);
    expect(s.runLayers[1]!.command).toBe('/bin/sh -c echo exec > /e.txt');
    expect(s.otherBytes).toBe(s.totalBytes - 102411);
  });
});

describe('legacy build logs', () => {
  test('step image ids in order, and the image the last FROM starts from', () => {
    const log = stripBanner(fixture('features.build.log'));
    expect(log.startsWith('Sending build context')).toBe(true);
    expect(parseLegacySteps(log)).toEqual({
      ids: [
        '8ddf0cc3fc3e',
        '2cb883c2bfae',
        '72e537c2ecac',
        '76be892ed137',
        '63179525d1c4',
        '99b05de1a450',
        '56eda8840a93',
        '443334bc28f5',
      ],
      fromId: BASE_ID,
      containers: ['01643ae6b005', '7dc9645643e7', '7f9d61f4d17d', '4fa2bbd6b245', '4b67a094be88', '8bdf4d9d841b'],
    });
  });

  test('a failed build: the steps that succeeded, and a readable tail without colour codes', () => {
    const log = stripBanner(fixture('failed.build.log'));
    expect(parseLegacySteps(log)).toMatchObject({ ids: ['0636f2667885', '43cd574c6cab'], fromId: BASE_ID });
    expect(parseLegacySteps(log).containers).toHaveLength(3);
    const tail = lastLines(log, 3);
    expect(tail).toContain('E: Unable to locate package no-such-package-xyz');
    expect(tail).not.toContain('\x1b[');
    expect(tail.split('\n')).toHaveLength(3);
  });
});
