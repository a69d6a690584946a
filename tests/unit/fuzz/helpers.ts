// Shared pieces of the file fuzz run: the seed inputs (real fixture files and real workspace
// files), byte-level mutations, a full dump of the database to compare before and after, and
// the check that a rejection's message is a key the English catalogue really has.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { en } from '@shared/i18n';
import type { DataStore } from '../../../renderer/src/data/store';
import { recordTables } from '../../../renderer/src/data/db';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'import');

/** Every import fixture whose name ends with one of `extensions`, as bytes. */
export function fixtureFiles(...extensions: string[]): { name: string; bytes: Uint8Array }[] {
  return readdirSync(FIXTURES)
    .filter((f) => extensions.some((e) => f.endsWith(e)))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) }));
}

/** Whether `key` (dot-separated) names a string in the English catalogue. */
export function catalogueHas(key: string): boolean {
  let node: unknown = en;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

/** Bytes that make parsers work hardest: quotes, delimiters, line ends, BOMs, NUL, formulas. */
const NASTY = [
  '"',
  ',',
  ';',
  '\t',
  '\r\n',
  '\n',
  '\r',
  '\uFEFF',
  '\0',
  '=cmd|',
  '""',
  'PK\x03\x04',
  '\uFFFD',
  '@',
];
const encoder = new TextEncoder();

/** One edit of a byte array: flip, overwrite, insert, delete, duplicate a range or truncate. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 12 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(64) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat(200) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
export type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

export function mutate(bytes: Uint8Array, edits: readonly Mutation[]): Uint8Array {
  let out: Uint8Array = Uint8Array.from(bytes);
  for (const m of edits) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    switch (m.kind) {
      case 'flip':
        if (at < out.length) out[at]! ^= 1 << m.bit;
        break;
      case 'set':
        if (at < out.length) out[at] = m.byte;
        break;
      case 'insert':
        out = concat(out.subarray(0, at), encoder.encode(m.text), out.subarray(at));
        break;
      case 'delete':
        out = concat(out.subarray(0, at), out.subarray(at + m.length));
        break;
      case 'repeat':
        out = concat(out.subarray(0, at + m.length), out.subarray(at));
        break;
      case 'truncate':
        out = out.subarray(0, at);
        break;
    }
  }
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 6 });

/** Everything the database holds, in a stable order: equal dumps mean nothing was written. */
export async function dumpDatabase(store: DataStore): Promise<unknown> {
  const { db } = store;
  const tables = [...recordTables(db), db.meta, db.exportLog];
  const out: Record<string, unknown> = {};
  await db.transaction('r', tables, async () => {
    for (const t of tables) out[t.name] = await t.toArray();
  });
  return out;
}
