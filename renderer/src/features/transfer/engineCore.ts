// The import's heavy work — reading the file, then mapping, normalising and looking for
// duplicates in every row, then turning the reviewed rows into the import's operations and
// writing them — as a message handler. It runs in a Web Worker (import.worker.ts) so
// that a 50,000-row file never freezes the window, or inline where workers do not exist. It
// reports progress as it goes and keeps the file's sheets, so re-checking after an edit does not
// send the file again.
//
// The write ('commit') happens here too, on the worker's own connection to the workspace
// database, through the data layer's writer (writeImport → write()/createMany): the same schema
// validation of every record, the same one transaction that lands whole or not at all. Only the
// change set goes back, for the store's undo history. Writing on the window's thread cost it
// ~20 s of CPU at 50,000 rows (IndexedDB clones each record there, ~190 µs a person, plus the
// schema check, ~100 µs) and the operations had to cross over to it first.
import { cryptoRandomBytes } from '@shared/domain/ids';
import type { EventId, Organisation, Participation, Person } from '@shared/domain/model';
import { buildImport, findDuplicates, prepareRows, readTableFile } from '@shared/import';
import type {
  ColumnMapping,
  DuplicateCandidate,
  ImportOps,
  ImportReport,
  MergeDecision,
  PreparedRow,
  ReadError,
  ReadOptions,
  ReadResult,
  Table,
} from '@shared/import';
import type { ChangeRun } from '../../data/changeSetParts';
import { appendChangePart, changeParts } from '../../data/changeSetParts';
import type { PlenaryDB } from '../../data/db';
import { openDatabase } from '../../data/db';
import type { ImportHistoryEntry, ImportInput } from '../../data/repo/importHistory';
import type { WriteStamp } from '../../data/store';
import type { Change, ChangeSet } from '../../data/writer';
import { writeImport } from './applyImport';
import { withEdits } from './importModel';

export type ParseOutcome = { ok: true; value: ReadResult } | { ok: false; error: ReadError };
export type Phase = 'read' | 'prepare' | 'write';

export type EngineRequest =
  | { type: 'read'; id: number; bytes: Uint8Array; options: ReadOptions }
  | {
      type: 'prepare';
      id: number;
      sheet: number;
      /** Only when this engine has not read the file (a fresh worker after a cancel). */
      table?: Table;
      mapping: ColumnMapping;
      edits: [string, string][];
      /** Only when the workspace changed since the last request. */
      workspace?: { organisations: Organisation[]; people: Person[] };
    }
  | BuildRequest
  | CommitRequest;

export type Prepared = { rows: PreparedRow[]; duplicates: DuplicateCandidate[] };
export type Built = { ops: ImportOps; report: ImportReport };

/** The user's decisions on the rows of the last 'prepare' (what the review showed). */
export type BuildRequest = {
  type: 'build';
  id: number;
  skip: number[];
  merges: [number, MergeDecision][];
  eventId: EventId | null;
  /** The workspace's participations in that event (to add no one twice). */
  participations: Participation[];
  /** Only when the workspace changed since the last request. */
  workspace?: { organisations: Organisation[]; people: Person[] };
};

/** Build the operations as 'build' does, then write them in one transaction. */
export type CommitRequest = Omit<BuildRequest, 'type'> & {
  type: 'commit';
  /** The workspace database's name: the worker opens its own connection to it. */
  database: string;
  /** The store's clock and identity at the write's turn (store.writeElsewhere). */
  stamp: WriteStamp;
  /** The report to keep in the workspace history; its counts are the build's. */
  report: Omit<ImportInput, 'counts'>;
};

/** A written import: its report in the history and its change set (for undo). */
export type Committed = { entry: ImportHistoryEntry | null; changeSet: ChangeSet };

/**
 * Big results travel in parts: the receiving thread deserialises each message in one task, and
 * 50,000 prepared rows in one message held the window for seconds. The final 'read' and
 * 'prepared' replies carry empty row lists; the parts before them (same id) fill them in order
 * (`createAssembler`).
 */
export const TABLE_ROWS_PER_PART = 5_000;
export const PREPARED_ROWS_PER_PART = 250;
export const DUPLICATES_PER_PART = 5_000;
export const OPS_PER_PART = 1_000;
/**
 * Records per bulkAdd when the worker writes: it has no frames to keep, so it hands IndexedDB
 * fewer, larger requests than the window's WRITE_CHUNK (each request has its own round trip and
 * per-call overhead in Dexie; the next chunk is still validated while the last one is written).
 */
export const WORKER_WRITE_CHUNK = 2_000;

export type EngineReply =
  | { type: 'progress'; id: number; phase: Phase; fraction: number }
  | { type: 'tableRows'; id: number; sheet: number; rows: string[][] }
  | { type: 'preparedPart'; id: number; rows: PreparedRow[]; duplicates: DuplicateCandidate[] }
  | { type: 'opsPart'; id: number; ops: ImportOps }
  | { type: 'changesPart'; id: number; runs: ChangeRun[] }
  | { type: 'read'; id: number; result: ParseOutcome }
  | { type: 'prepared'; id: number; result: Prepared }
  | { type: 'built'; id: number; report: ImportReport }
  | { type: 'committed'; id: number; label: string; entry: ImportHistoryEntry | null }
  /** `message` only for a failed write (the data layer's, naming fields and keys, no data). */
  | { type: 'failed'; id: number; message?: string };

type Part = Extract<
  EngineReply,
  { type: 'tableRows' | 'preparedPart' | 'opsPart' | 'changesPart' }
>;
const OP_LISTS = ['organisations', 'people', 'updates', 'participations'] as const;

function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Puts one job's parts back together on the receiving side. */
export function createAssembler() {
  const tables = new Map<number, string[][]>();
  const rows: PreparedRow[] = [];
  const duplicates: DuplicateCandidate[] = [];
  const ops: ImportOps = { organisations: [], people: [], updates: [], participations: [] };
  const changes: Change[] = [];
  return {
    part(reply: Part): void {
      if (reply.type === 'changesPart') appendChangePart(changes, reply.runs);
      else if (reply.type === 'tableRows') {
        const list = tables.get(reply.sheet) ?? [];
        append(list, reply.rows);
        tables.set(reply.sheet, list);
      } else if (reply.type === 'opsPart') {
        append(ops.organisations, reply.ops.organisations);
        append(ops.people, reply.ops.people);
        append(ops.updates, reply.ops.updates);
        append(ops.participations, reply.ops.participations);
      } else {
        append(rows, reply.rows);
        append(duplicates, reply.duplicates);
      }
    },
    read(outcome: ParseOutcome): ParseOutcome {
      if (!outcome.ok) return outcome;
      const sheets = outcome.value.sheets.map((s, i) => ({
        ...s,
        table: { headers: s.table.headers, rows: tables.get(i) ?? [] },
      }));
      return { ok: true, value: { ...outcome.value, sheets } };
    },
    prepared: (): Prepared => ({ rows, duplicates }),
    built: (report: ImportReport): Built => ({ ops, report }),
    committed: (label: string, entry: ImportHistoryEntry | null): Committed => ({
      entry,
      changeSet: { label, changes },
    }),
  };
}

/** Posts `items` in parts of `size` (none for an empty list). */
function inParts<T>(items: readonly T[], size: number, post: (part: T[]) => void): void {
  for (let start = 0; start < items.length; start += size) post(items.slice(start, start + size));
}

export function createEngineCore(post: (reply: EngineReply) => void) {
  let sheets: Table[] = [];
  let organisations: Organisation[] = [];
  let people: Person[] = [];
  // The rows of the last check: what the user reviewed, and what 'build' turns into operations.
  let checked: PreparedRow[] | null = null;

  const read = async (req: Extract<EngineRequest, { type: 'read' }>) => {
    checked = null;
    let last = -1;
    const result = await readTableFile(req.bytes, req.options, (fraction) => {
      // Whole percents only: no point flooding the UI thread with messages.
      const pct = Math.floor(fraction * 100);
      if (pct === last) return;
      last = pct;
      post({ type: 'progress', id: req.id, phase: 'read', fraction });
    });
    sheets = result.ok ? result.value.sheets.map((s) => s.table) : [];
    if (!result.ok) return post({ type: 'read', id: req.id, result });
    sheets.forEach((table, sheet) =>
      inParts(table.rows, TABLE_ROWS_PER_PART, (rows) =>
        post({ type: 'tableRows', id: req.id, sheet, rows }),
      ),
    );
    const value = {
      ...result.value,
      sheets: result.value.sheets.map((s) => ({ ...s, table: { ...s.table, rows: [] } })),
    };
    post({ type: 'read', id: req.id, result: { ok: true, value } });
  };

  const prepare = (req: Extract<EngineRequest, { type: 'prepare' }>) => {
    if (req.workspace) ({ organisations, people } = req.workspace);
    if (req.table) sheets[req.sheet] = req.table;
    const table = sheets[req.sheet];
    if (!table) return post({ type: 'failed', id: req.id });
    let last = -1;
    const rows = prepareRows(
      withEdits(table, new Map(req.edits)),
      req.mapping,
      { organisations },
      {
        onProgress: (fraction) => {
          const pct = Math.floor(fraction * 100);
          if (pct === last) return;
          last = pct;
          post({ type: 'progress', id: req.id, phase: 'prepare', fraction });
        },
      },
    );
    const duplicates = findDuplicates(rows, people);
    checked = rows;
    inParts(rows, PREPARED_ROWS_PER_PART, (part) =>
      post({ type: 'preparedPart', id: req.id, rows: part, duplicates: [] }),
    );
    inParts(duplicates, DUPLICATES_PER_PART, (part) =>
      post({ type: 'preparedPart', id: req.id, rows: [], duplicates: part }),
    );
    post({ type: 'prepared', id: req.id, result: { rows: [], duplicates: [] } });
  };

  /** The import's operations from the last checked rows; null when nothing was checked. */
  const built = (req: BuildRequest | CommitRequest) => {
    if (req.workspace) ({ organisations, people } = req.workspace);
    if (checked === null) return null;
    return buildImport(
      checked,
      { skip: new Set(req.skip), merges: new Map(req.merges), eventId: req.eventId },
      { people, participations: req.participations },
    );
  };

  // The operations of the import, built where the rows are (50,000 rows took a second on the UI
  // thread) and sent in parts.
  const build = (req: BuildRequest) => {
    const result = built(req);
    if (result === null) return post({ type: 'failed', id: req.id });
    const { ops, report } = result;
    const empty = (): ImportOps => ({
      organisations: [],
      people: [],
      updates: [],
      participations: [],
    });
    for (const list of OP_LISTS) {
      inParts<unknown>(ops[list], OPS_PER_PART, (part) =>
        post({ type: 'opsPart', id: req.id, ops: { ...empty(), [list]: part } }),
      );
    }
    post({ type: 'built', id: req.id, report });
  };

  let database: PlenaryDB | null = null;
  const commit = async (req: CommitRequest) => {
    const result = built(req);
    if (result === null) return post({ type: 'failed', id: req.id });
    if (database?.name !== req.database) {
      database?.close();
      database = openDatabase(req.database);
    }
    const { stamp } = req;
    const ctx = {
      now: () => stamp.now,
      device: () => stamp.device,
      replica: () => stamp.replica,
      randomBytes: cryptoRandomBytes,
      chunk: WORKER_WRITE_CHUNK,
    };
    let last = -1;
    const { applied, changeSet } = await writeImport({ db: database, ctx }, result.ops, {
      report: { ...req.report, counts: result.report },
      onProgress: (done, total) => {
        const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
        if (pct === last) return;
        last = pct;
        post({ type: 'progress', id: req.id, phase: 'write', fraction: pct / 100 });
      },
    });
    for (const runs of changeParts(changeSet.changes))
      post({ type: 'changesPart', id: req.id, runs });
    post({ type: 'committed', id: req.id, label: changeSet.label, entry: applied.entry });
  };

  return {
    async handle(req: EngineRequest): Promise<void> {
      try {
        if (req.type === 'read') await read(req);
        else if (req.type === 'prepare') prepare(req);
        else if (req.type === 'build') build(req);
        else await commit(req);
      } catch (error) {
        // A refused or failed write: nothing was written (the transaction aborted); the data
        // layer's message names the table, fields and keys, never the data.
        if (req.type === 'commit') {
          const message = error instanceof Error ? error.message : String(error);
          return post({ type: 'failed', id: req.id, message });
        }
        // Only a bug gets here (bad input is a ReadError); say so without the data.
        post(
          req.type === 'read'
            ? { type: 'read', id: req.id, result: { ok: false, error: { kind: 'corrupt' } } }
            : { type: 'failed', id: req.id },
        );
      }
    },
  };
}
