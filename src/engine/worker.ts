/** A worker thread of the batch pool (tinypool): loads the grammar once, then processes chunks of files. */
import { initShellParser } from '../document/shell.js';
import { processFile, type FileResult, type FileTask, type ProcessWants } from './process-file.js';

const ready = initShellParser();

export interface Chunk {
  tasks: FileTask[];
  write: boolean;
  wants: ProcessWants;
}

export default async function processChunk(chunk: Chunk): Promise<FileResult[]> {
  await ready;
  const results: FileResult[] = [];
  for (const task of chunk.tasks) results.push(await processFile(task, chunk.write, chunk.wants));
  return results;
}
