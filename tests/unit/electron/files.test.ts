import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  describeError,
  FileTooLargeError,
  NotAFileError,
  readFileLimited,
  writeFileAtomic,
  writeFileAtomicSync,
} from '../../../electron/main/files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plenary-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each([
  ['writeFileAtomic', (path: string, data: string | Uint8Array) => writeFileAtomic(path, data)],
  [
    'writeFileAtomicSync',
    (path: string, data: string | Uint8Array) =>
      new Promise<void>((done) => {
        writeFileAtomicSync(path, data);
        done();
      }),
  ],
])('%s', (_name, write) => {
  it('writes text and bytes exactly', async () => {
    await write(join(dir, 'a.json'), '{"name":"Zoë"}');
    await write(join(dir, 'b.bin'), new Uint8Array([0, 255, 1]));
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('{"name":"Zoë"}');
    expect([...(await readFile(join(dir, 'b.bin')))]).toEqual([0, 255, 1]);
  });

  it('replaces an existing file and leaves no temp file behind', async () => {
    const target = join(dir, 'workspace.json');
    await writeFile(target, 'old contents that are longer than the new ones');
    await write(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['workspace.json']);
  });

  it('fails without touching the old file when the rename cannot happen, and cleans up', async () => {
    // A directory in the way makes the final rename fail after the temp file is written.
    const target = join(dir, 'taken');
    await mkdir(target);
    await writeFile(join(target, 'keep.txt'), 'kept');
    await expect(write(target, 'data')).rejects.toThrow();
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('kept');
    expect(await readdir(dir)).toEqual(['taken']);
  });

  it('fails when the folder does not exist', async () => {
    await expect(write(join(dir, 'missing', 'x.json'), 'data')).rejects.toThrow();
  });
});

describe('readFileLimited', () => {
  it('reads a file within the limit', async () => {
    await writeFile(join(dir, 'ok.csv'), 'a,b\n1,2\n');
    const bytes = await readFileLimited(join(dir, 'ok.csv'), 8);
    expect(new TextDecoder().decode(bytes)).toBe('a,b\n1,2\n');
  });

  it('refuses a file above the limit, saying how large it is', async () => {
    await writeFile(join(dir, 'big.csv'), 'x'.repeat(9));
    const error = await readFileLimited(join(dir, 'big.csv'), 8).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect(error).toMatchObject({ sizeBytes: 9, limitBytes: 8 });
  });

  it('refuses a directory', async () => {
    await expect(readFileLimited(dir, 1000)).rejects.toBeInstanceOf(NotAFileError);
  });
});

describe('describeError', () => {
  it('names the error and its errno code but not its message, which carries paths', async () => {
    const error = await readFile(join(dir, 'Aïcha Ndiaye.csv')).catch((e: unknown) => e);
    expect(describeError(error)).toBe('Error ENOENT');
    expect(describeError(new FileTooLargeError(2, 1))).toBe('FileTooLargeError');
    expect(describeError('a string')).toBe('string');
  });
});
