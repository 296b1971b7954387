/**
 * Checks many cases at once on worker threads. Under jest (VM modules, transformed sources) the pipeline runs
 * about 1.7 times slower than in plain Node and on one core only; the workers run analysis.ts over the engine
 * the project's tsc built in dist/ (see compile), at native speed, one per core. If anything in that setup
 * fails, the cases are checked in process instead (same code, just slower).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { transformFileSync } from '@swc/core';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SquashRequest } from '../../src/index.js';
import { checkCase, initAnalysis, type CaseReport } from './analysis.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKER = fileURLToPath(new URL('./analysis-worker.mjs', import.meta.url));

export interface Job {
  text: string;
  options: SquashRequest;
}

/**
 * The analysis for the workers, in a fresh directory under node_modules/.cache: analysis.ts transpiled alone (the
 * project's tsconfig has isolatedModules, so a file compiles on its own; type errors are the typecheck step's),
 * next to links to dist/src and dist/transforms for the engine it imports. The test setup (test/global-setup.js)
 * has just built dist/ from the same sources with the project's tsc and tsconfig, so the workers run the code
 * `compileTs` emitted, without type-checking and emitting the engine a second time (~2 CPU-s per run).
 */
function compile(): string {
  const cache = join(ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(join(cache, 'dfsq-property-'));
  const { code } = transformFileSync(join(ROOT, 'test/property/analysis.ts'), {
    swcrc: false,
    configFile: false,
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
    module: { type: 'es6' },
  });
  mkdirSync(join(out, 'test/property'), { recursive: true });
  writeFileSync(join(out, 'test/property/analysis.js'), code);
  // An ES module, as in the repository (the package scope lookup stops at node_modules/).
  writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module' }));
  for (const top of ['src', 'transforms']) symlinkSync(join(ROOT, 'dist', top), join(out, top));
  return out;
}

export async function checkAll(jobs: Job[], onProgress?: (done: number) => void): Promise<CaseReport[]> {
  let out: string | null = null;
  try {
    const started = Date.now();
    out = compile();
    if (process.env['FUZZ_VERBOSE']) console.log(`compiled the analysis for the workers in ${Date.now() - started} ms`);
    return await onWorkers(jobs, pathToFileURL(join(out, 'test/property/analysis.js')).href, onProgress);
  } catch (error) {
    console.warn(`checking in process (workers unavailable: ${(error as Error).message.split('\n')[0]})`);
    await initAnalysis();
    return jobs.map((j) => checkCase(j.text, j.options));
  } finally {
    if (out) rmSync(out, { recursive: true, force: true });
  }
}

function onWorkers(jobs: Job[], module: string, onProgress?: (done: number) => void): Promise<CaseReport[]> {
  const CHUNK = 250;
  const reports: CaseReport[] = new Array(jobs.length);
  const count = Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(jobs.length / CHUNK)));
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let finished = 0;
    const fail = (error: Error) => {
      for (const w of workers) void w.terminate();
      reject(error);
    };
    const feed = (worker: Worker) => {
      if (next >= jobs.length) {
        void worker.terminate();
        if (++finished === count) resolve(reports);
        return;
      }
      const from = next;
      next = Math.min(jobs.length, next + CHUNK);
      worker.postMessage({ from, jobs: jobs.slice(from, next) });
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(WORKER, { workerData: { module } });
      workers.push(worker);
      worker.on('message', (message: { ready?: true; from?: number; reports?: CaseReport[] }) => {
        if (message.reports) {
          message.reports.forEach((r, k) => (reports[message.from! + k] = r));
          done += message.reports.length;
          onProgress?.(done);
        }
        feed(worker);
      });
      worker.on('error', fail);
    }
  });
}
