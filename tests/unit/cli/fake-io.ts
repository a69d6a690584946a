// In-memory input/output for running CLI commands in tests.
import type { CliIo } from '../../../cli/types';
import { CliError } from '../../../cli/types';
import { createRandom } from '../../../shared/random';

export type FakeIo = CliIo & {
  out: () => string;
  err: () => string;
  files: Map<string, Uint8Array>;
};

export function fakeIo(files: Record<string, string | Uint8Array> = {}, seed = 1): FakeIo {
  let out = '';
  let err = '';
  const store = new Map<string, Uint8Array>();
  const encode = (c: string | Uint8Array) =>
    typeof c === 'string' ? new TextEncoder().encode(c) : c;
  for (const [k, v] of Object.entries(files)) store.set(k, encode(v));
  const random = createRandom(seed);
  return {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    readFile: (path) => {
      const f = store.get(path);
      if (!f) return Promise.reject(new CliError(`cannot find ${path}.`));
      return Promise.resolve(f);
    },
    writeFile: (path, contents) => {
      store.set(path, encode(contents));
      return Promise.resolve();
    },
    now: () => '2026-11-28T12:00:00.000Z',
    randomBytes: random.bytes,
    out: () => out,
    err: () => err,
    files: store,
  };
}

export function text(io: FakeIo, path: string): string {
  const f = io.files.get(path);
  if (!f) throw new Error(`no file ${path}`);
  return new TextDecoder().decode(f);
}
