// The real input/output of the command line: Node streams and files, atomic writes.
import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { CliIo } from './types';
import { CliError } from './types';

export async function atomicWrite(path: string, contents: string | Uint8Array): Promise<void> {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${nodeRandomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, contents);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new CliError(
      `cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: async (path) => {
      try {
        return new Uint8Array(await readFile(path));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(
          code === 'ENOENT'
            ? `cannot find ${path}.`
            : `cannot read ${path}: ${code ?? String(error)}`,
        );
      }
    },
    writeFile: atomicWrite,
    now: () => new Date().toISOString(),
    randomBytes: (length) => new Uint8Array(nodeRandomBytes(length)),
  };
}
