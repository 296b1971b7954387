/**
 * Checks many cases at once on worker threads. Under jest (VM modules, transformed sources) the pipeline runs
 * about 1.7 times slower than in plain Node and on one core only; the workers run analysis.ts compiled by the
 * project's tsc, at native speed, one per core. If anything in that setup fails, the cases are checked in
 * process instead (same code, just slower).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { compileTs } from '../support/compile-ts.mjs';
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

/** Compiles analysis.ts (and the engine it imports) into a fresh directory under node_modules/.cache. */
function compile(): string {
  const cache = join(ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  return compileTs(['test/property/analysis.ts'], mkdtempSync(join(cache, 'dfsq-property-')), 'pipe');
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
