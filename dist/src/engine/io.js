/**
 * File system access for the engine, in one place so the safety rules are visible: never write an unchanged file,
 * write atomically (temp file + rename, mode kept), refuse to write a read-only file, and refuse to write when
 * the file changed since we read it.
 *
 * Every call goes through `fsSeam`, a plain object that tests may patch (Prettier's "mockable" style): that is
 * how the disk-full and changed-between-read-and-write cases are tested in-process without a hook in the CLI.
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { SquashError } from './errors.js';
/** Bigger than any real Dockerfile by three orders of magnitude; protects memory in a batch. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
// Synchronous calls behind an async seam: Dockerfiles are small, a read takes microseconds, and the first use of
// fs/promises alone costs ~20 ms of start-up (Node loads its internals lazily) in a one-file run.
export const fsSeam = {
    stat: async (path) => statSync(path),
    readFile: async (path) => readFileSync(path),
    canWrite: async (path) => {
        try {
            accessSync(path, constants.W_OK);
            return true;
        }
        catch {
            return false;
        }
    },
    writeAtomic: async (path, text) => {
        // Loaded on first write: most runs never write, and start-up time matters for one-file runs.
        const { default: writeFileAtomic } = await import('write-file-atomic');
        await writeFileAtomic(path, text, { encoding: 'utf8', fsync: true });
    },
};
export async function readSnapshot(path) {
    const info = await fsSeam.stat(path).catch(unreadable);
    if (info.isDirectory())
        throw new SquashError('not-dockerfile', 'is a directory');
    if (!info.isFile())
        throw new SquashError('not-dockerfile', 'not a regular file');
    if (info.size > MAX_FILE_BYTES)
        throw tooLarge(info.size);
    const bytes = await fsSeam.readFile(path).catch(unreadable);
    if (bytes.length > MAX_FILE_BYTES)
        throw tooLarge(bytes.length);
    return { bytes, mode: info.mode };
}
function unreadable(error) {
    throw new SquashError('unreadable', describeFsError(error));
}
function tooLarge(bytes) {
    return new SquashError('not-dockerfile', `too large (${bytes} bytes; limit ${MAX_FILE_BYTES})`);
}
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
export async function writeIfUnchanged(path, snapshot, text) {
    const notWritten = (message) => new SquashError('not-written', message);
    if ((snapshot.mode & 0o222) === 0 || !(await fsSeam.canWrite(path)))
        throw notWritten('read-only, not written');
    let now;
    try {
        now = await fsSeam.readFile(path);
    }
    catch (error) {
        throw notWritten(`not written: ${describeFsError(error)}`);
    }
    if (!now.equals(snapshot.bytes))
        throw notWritten('changed on disk while it was being processed; not written');
    try {
        await fsSeam.writeAtomic(path, text);
    }
    catch (error) {
        throw notWritten(`not written: ${describeFsError(error)}`);
    }
}
/** Node's error codes, in words a user can act on. */
export function describeFsError(error) {
    const e = error;
    switch (e.code) {
        case 'ENOENT':
            return 'no such file';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'is a directory';
        case 'ENOSPC':
            return 'no space left on device; file left unchanged';
        case 'EDQUOT':
            return 'disk quota exceeded; file left unchanged';
        case 'EROFS':
            return 'read-only file system';
        default:
            return e.message ?? String(error);
    }
}
