// End-to-end: `measure` against the real Docker daemon. Needs a daemon (`docker info`) and the base image
// dfsq/bookworm:plain that bench/image-size/setup.sh makes; apt inside the builds needs Debian's archive.
// Without them the suite is skipped, and says why, so CI without Docker stays green.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatReport, measure, MeasureError, REPORT_FORMATS } from '../../src/measure/index.js';

const BASE = 'dfsq/bookworm:plain';

function docker(args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'pipe'] });
}

function skipReason(): string | null {
  try {
    docker(['info', '--format', '{{json .ServerVersion}}']);
  } catch {
    return 'no Docker daemon (docker info failed)';
  }
  try {
    docker(['image', 'inspect', '--format', '{{.Id}}', BASE]);
  } catch {
    return `no ${BASE} image (run bench/image-size/setup.sh)`;
  }
  return null;
}

const reason = skipReason();
if (reason) console.warn(`measure end-to-end tests skipped: ${reason}`);
const suite = reason ? describe.skip : describe;
const imageIds = () => new Set(docker(['images', '--all', '--quiet', '--no-trunc']).split(/\s+/).filter(Boolean));
const containerCount = () => docker(['ps', '--all', '--quiet']).split(/\s+/).filter(Boolean).length;

suite(`measure end-to-end${reason ? ` (skipped: ${reason})` : ' (real Docker daemon)'}`, () => {
  let dir: string;
  let imagesBefore: Set<string>;
  let containersBefore: number;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dfsq-measure-e2e-'));
    imagesBefore = imageIds();
    containersBefore = containerCount();
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('apt: builds both, attributes RUN layers, reports the saving, removes what it built', async () => {
    const dockerfile = join(dir, 'apt.Dockerfile');
    writeFileSync(
      dockerfile,
      'ARG BASE=debian:bookworm\nFROM $BASE\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends hello\n',
    );
    const progress: string[] = [];
    const report = await measure({
      dockerfile,
      context: dir,
      buildArgs: [`BASE=${BASE}`],
      onProgress: (m) => progress.push(m),
    });

    expect(report.builder).toBe('legacy');
    expect(report.changed).toBe(true);
    expect(report.fixes.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['merge-runs', 'teardown']));
    expect(report.before.runLayers.map((l) => l.line)).toEqual([3, 4]);
    expect(report.after.runLayers.map((l) => l.line)).toEqual([3]);
    expect(report.before.layers).toBe(3);
    expect(report.after.layers).toBe(2);
    // same base under both: the difference is all in the RUN layers
    expect(report.before.otherBytes).toBe(report.after.otherBytes);
    expect(report.before.runLayers[0]!.bytes).toBeGreaterThan(10_000_000); // package lists
    expect(report.after.runLayers[0]!.bytes).toBeLessThan(report.before.runLayers[0]!.bytes);
    expect(report.saving.bytes).toBe(report.before.totalBytes - report.after.totalBytes);
    expect(report.saving.percent).toBeGreaterThan(20);
    expect(progress).toEqual(expect.arrayContaining([expect.stringMatching(/removing the images/)]));
    for (const format of REPORT_FORMATS) expect(formatReport(report, format).length).toBeGreaterThan(100);

    expect(imageIds()).toEqual(imagesBefore);
    expect(containerCount()).toBe(containersBefore);
  }, 300_000);

  test('a failed build: MeasureError with exit code 2, which build, the log tail; nothing left behind', async () => {
    const dockerfile = join(dir, 'fail.Dockerfile');
    writeFileSync(dockerfile, `FROM ${BASE}\nRUN echo one > /one\nRUN echo "about to fail" && exit 3\n`);
    const error = await measure({ dockerfile, context: dir, logLines: 5 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MeasureError);
    const e = error as MeasureError;
    expect(e).toMatchObject({ kind: 'build-failed', exitCode: 2, build: 'before' });
    expect(e.message).toMatch(/^build of the original Dockerfile failed \(docker build exited \d+\); last 5 lines/);
    expect(e.logTail).toContain('about to fail');
    expect(e.logTail!.split('\n')).toHaveLength(5);
    expect(imageIds()).toEqual(imagesBefore);
    expect(containerCount()).toBe(containersBefore);
  }, 120_000);

  test('aborted mid-build (AbortSignal): MeasureError aborted, every image it built is removed', async () => {
    const dockerfile = join(dir, 'abort.Dockerfile');
    writeFileSync(dockerfile, `FROM ${BASE}\nRUN echo one > /one\nRUN sleep 2 && echo two > /two\nRUN echo three\n`);
    const controller = new AbortController();
    const error = await measure({
      dockerfile,
      context: dir,
      signal: controller.signal,
      // abort while the daemon runs `sleep 2`: it commits that step after the client is gone
      onBuildOutput: (_which, chunk) => {
        if (chunk.includes('Step 3/4')) setTimeout(() => controller.abort(), 300);
      },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'aborted', exitCode: 130 });
    expect(imageIds()).toEqual(imagesBefore);
    expect(containerCount()).toBe(containersBefore);
  }, 120_000);

  test('--keep tags the image; a Dockerfile the tool leaves alone is built once', async () => {
    const dockerfile = join(dir, 'same.Dockerfile');
    writeFileSync(dockerfile, `FROM ${BASE}\nRUN echo kept > /kept\n`);
    const report = await measure({ dockerfile, context: dir, keep: true });
    try {
      expect(report.changed).toBe(false);
      expect(report.kept).toBe(true);
      expect(report.saving).toEqual({ bytes: 0, percent: 0 });
      expect(report.before.tag).toMatch(/^dfsq-measure:[0-9a-f]{8}-before$/);
      expect(report.after.tag).toBeUndefined();
      expect(docker(['image', 'inspect', '--format', '{{.Id}}', report.before.tag!]).trim()).toBe(
        report.before.imageId,
      );
    } finally {
      if (report.before.tag) docker(['rmi', report.before.tag]);
    }
    expect(imageIds()).toEqual(imagesBefore);
  }, 120_000);
});

// Runs everywhere: the no-daemon path needs no daemon.
test('measure without any daemon reachable says so (exit code 2)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dfsq-measure-nodaemon-'));
  try {
    writeFileSync(join(dir, 'Dockerfile'), 'FROM debian:bookworm\nRUN apt-get update\nRUN apt-get install -y curl\n');
    const error = await measure({
      dockerfile: join(dir, 'Dockerfile'),
      env: { ...process.env, DOCKER_HOST: `unix://${join(dir, 'no-such.sock')}` },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'no-daemon', exitCode: 2 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
