/** A worker thread of the batch pool (tinypool): loads the grammar once, then processes chunks of files. */
import { initShellParser } from '../document/shell.js';
import { processFile } from './process-file.js';
const ready = initShellParser();
export default async function processChunk(chunk) {
    await ready;
    const results = [];
    for (const task of chunk.tasks)
        results.push(await processFile(task, chunk.write, chunk.wants));
    return results;
}
