// File writes that never leave a half-written file behind, and size-limited reads. Used for the
// user's exports, PDFs and the window-state file. Node only, no Electron: tested on a temp dir.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
  type PathLike,
} from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class FileTooLargeError extends Error {
  constructor(
    readonly sizeBytes: number,
    readonly limitBytes: number,
  ) {
    super(`file is ${sizeBytes} bytes, above the ${limitBytes}-byte limit`);
    this.name = 'FileTooLargeError';
  }
}

export class NotAFileError extends Error {
  constructor() {
    super('not a regular file');
    this.name = 'NotAFileError';
  }
}

function tempPathFor(target: string): string {
  // Same directory as the target, so that the final rename never crosses file systems.
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

// Windows refuses to replace a file that another process (an indexer, an antivirus) holds open
// for a moment; a short retry covers it.
const RETRYABLE_RENAME_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      if (
        process.platform !== 'win32' ||
        attempt >= 4 ||
        !code ||
        !RETRYABLE_RENAME_CODES.has(code)
      ) {
        throw error;
      }
      await new Promise((done) => setTimeout(done, 50 * (attempt + 1)));
    }
  }
}

async function fsyncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable on POSIX; Windows cannot open a directory this way.
  if (process.platform === 'win32') return;
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the data is already fsynced and renamed.
  }
}

/** Writes `data` to `target` via a synced temp file and a rename: all of it, or nothing. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await fsyncDirectory(dirname(target));
}

/** The synchronous twin, for the window-state file written while the app is quitting. */
export function writeFileAtomicSync(target: string, data: string | Uint8Array): void {
  const temp = tempPathFor(target);
  try {
    const fd = openSync(temp, 'wx');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let offset = 0;
      while (offset < bytes.byteLength) {
        offset += writeSync(fd, bytes, offset, bytes.byteLength - offset);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Reads a whole regular file, refusing it with {@link FileTooLargeError} above `limitBytes`. */
export async function readFileLimited(path: PathLike, limitBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new NotAFileError();
    if (stats.size > limitBytes) throw new FileTooLargeError(stats.size, limitBytes);
    const buffer = await handle.readFile();
    // The file may have grown since stat.
    if (buffer.byteLength > limitBytes) throw new FileTooLargeError(buffer.byteLength, limitBytes);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } finally {
    await handle.close();
  }
}

/** For logs: the error's class and errno code, never its message (messages carry paths). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = errorCode(error);
  return code ? `${error.name} ${code}` : error.name;
}
