/**
 * File system access for the CLI, in one place so the safety rules are visible: never write an unchanged file,
 * write atomically (temp file + rename, mode kept), and refuse to write when the file changed since we read it.
 */
import { readFile, stat } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';

/** Bigger than any real Dockerfile by three orders of magnitude; protects memory in a batch. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface ReadSnapshot {
  bytes: Buffer;
  mtimeMs: number;
  size: number;
}

export async function readSnapshot(path: string): Promise<ReadSnapshot> {
  const info = await stat(path);
  if (info.isDirectory()) throw new CliFileError('is a directory');
  if (!info.isFile()) throw new CliFileError('not a regular file');
  if (info.size > MAX_FILE_BYTES) throw new CliFileError(`too large (${info.size} bytes; limit ${MAX_FILE_BYTES})`);
  const bytes = await readFile(path);
  return { bytes, mtimeMs: info.mtimeMs, size: info.size };
}

/** Writes `text` over `path` only if the file still holds exactly what `snapshot` read. */
export async function writeIfUnchanged(path: string, snapshot: ReadSnapshot, text: string): Promise<void> {
  const now = await readFile(path);
  if (!now.equals(snapshot.bytes)) throw new CliFileError('changed on disk while it was being processed; not written');
  await writeFileAtomic(path, text, { encoding: 'utf8', fsync: true });
}

/** An expected, per-file failure: reported as `path: message`, exit code 2, the batch goes on. */
export class CliFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliFileError';
  }
}

/** Node's error codes, in words a user can act on. */
export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
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
    case 'EROFS':
      return 'read-only file system';
    default:
      return e.message ?? String(error);
  }
}
