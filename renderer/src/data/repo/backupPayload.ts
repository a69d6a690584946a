// What an automatic backup holds, made without freezing the window on a large workspace. At
// 50,000 people one `toArray()` per table and one `JSON.stringify` of the whole file each ran as
// a single main-thread task of seconds, at every start of the desktop app. Here the tables are
// read in pages inside one read transaction (a consistent snapshot; every page's answer arrives
// in a task of its own) and the file is written out a few hundred records at a time, encoded as
// it goes, with the main thread given back in between.
import type { Collection } from 'dexie';
import { TABLE_NAMES, emptyWorkspaceData } from '@shared/domain/model';
import type { TableName, WorkspaceData } from '@shared/domain/model';
import type { WorkspaceFile } from '@shared/workspace-file';
import { recordTables } from '../db';
import type { DataStore } from '../store';
import { yieldToMain } from '../tasks';

/** Records per page read, and per encoded piece of the file. */
export const BACKUP_PAGE = 1_000;

/** Every record of every table (tombstones included, as in the workspace file), read in pages. */
export async function readWorkspaceInPages(
  store: DataStore,
  page = BACKUP_PAGE,
): Promise<WorkspaceData> {
  const { db } = store;
  // No yielding inside: an IndexedDB transaction ends as soon as no request is pending.
  return db.transaction('r', recordTables(db), async () => {
    const out = emptyWorkspaceData();
    for (const name of TABLE_NAMES) {
      const table = db.table<{ id: string }, string>(name);
      const rows: unknown[] = [];
      let after: string | null = null;
      for (;;) {
        const query: Collection<{ id: string }, string> =
          after === null ? table.orderBy(':id') : table.where(':id').above(after);
        const chunk: { id: string }[] = await query.limit(page).toArray();
        for (const row of chunk) rows.push(row);
        const last: { id: string } | undefined = chunk[chunk.length - 1];
        if (chunk.length < page || last === undefined) break;
        after = last.id;
      }
      (out as Record<TableName, unknown[]>)[name] = rows;
    }
    return out;
  });
}

export type EncodeOptions = {
  /** Records per piece. */
  piece?: number;
  /** How to give the main thread back between pieces (tests pass a resolved promise). */
  pause?: () => Promise<void>;
};

/**
 * UTF-8 bytes of exactly `JSON.stringify(file)`, produced piece by piece: the envelope's fields
 * as they are, and the record arrays under `data` a few hundred records per task.
 */
export async function encodeWorkspaceFile(
  file: WorkspaceFile,
  { piece = BACKUP_PAGE, pause = yieldToMain }: EncodeOptions = {},
): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const put = (text: string) => parts.push(encoder.encode(text));
  // JSON.stringify's rules for an object's members: undefined and functions are left out.
  const fields = async (value: object, write: (key: string, v: unknown) => Promise<void>) => {
    let first = true;
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      put(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      await write(key, v);
    }
  };

  put('{');
  await fields(file, async (key, value) => {
    if (key !== 'data') {
      put(JSON.stringify(value));
      return;
    }
    put('{');
    await fields(value as object, async (_table, records) => {
      const list = records as readonly unknown[];
      put('[');
      for (let i = 0; i < list.length; i += piece) {
        const texts = list.slice(i, i + piece).map((r) => JSON.stringify(r) ?? 'null');
        put(`${i === 0 ? '' : ','}${texts.join(',')}`);
        await pause();
      }
      put(']');
    });
    put('}');
  });
  put('}');

  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
