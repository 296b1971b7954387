// Worker thread for pool.ts: loads the compiled analysis module, then checks the batches of cases it is sent.
import { parentPort, workerData } from 'node:worker_threads';

const { checkCase, initAnalysis } = await import(workerData.module);
await initAnalysis();
parentPort.on('message', ({ from, jobs }) => {
  parentPort.postMessage({ from, reports: jobs.map((job) => checkCase(job.text, job.options)) });
});
parentPort.postMessage({ ready: true });
