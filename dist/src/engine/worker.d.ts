import { type FileResult, type FileTask, type ProcessWants } from './process-file.js';
export interface Chunk {
    tasks: FileTask[];
    write: boolean;
    wants: ProcessWants;
}
export default function processChunk(chunk: Chunk): Promise<FileResult[]>;
