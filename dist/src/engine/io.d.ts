import type { Stats } from 'node:fs';
/** Bigger than any real Dockerfile by three orders of magnitude; protects memory in a batch. */
export declare const MAX_FILE_BYTES: number;
export interface FsSeam {
    stat(path: string): Promise<Stats>;
    readFile(path: string): Promise<Buffer>;
    /** Resolves when the current user may write `path` (fs.access W_OK). */
    canWrite(path: string): Promise<boolean>;
    /** Temp file + fsync + rename, keeping the mode (write-file-atomic). */
    writeAtomic(path: string, text: string): Promise<void>;
}
export declare const fsSeam: FsSeam;
export interface ReadSnapshot {
    bytes: Buffer;
    mode: number;
}
export declare function readSnapshot(path: string): Promise<ReadSnapshot>;
/**
 * Writes `text` over `path` only if the file may be written and still holds exactly what `snapshot` read.
 *
 * "May be written" follows Prettier, which refuses a file it cannot open for writing. The atomic rename would
 * replace a read-only file anyway (it needs write access to the directory, not the file), and root passes every
 * access check, so a file with no write bit at all is also treated as read-only: chmod a-w is how users say
 * "do not touch", and root running in CI should respect it too.
 *
 * The re-read narrows, but cannot close, the window in which another writer may change the file; the rename
 * itself is atomic, so the file is always either the old bytes or the new ones.
 */
export declare function writeIfUnchanged(path: string, snapshot: ReadSnapshot, text: string): Promise<void>;
/** Node's error codes, in words a user can act on. */
export declare function describeFsError(error: unknown): string;
