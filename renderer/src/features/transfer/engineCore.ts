// The import's heavy work — reading the file, then mapping, normalising and looking for
// duplicates in every row, then turning the reviewed rows into the import's operations and
// writing them — as a message handler. It runs in a Web Worker (import.worker.ts) so
// that a 50,000-row file never freezes the window, or inline where workers do not exist. It
// reports progress as it goes and keeps the file's sheets and the checked rows: the window gets
// a sample of each sheet for the mapping step, and of a check only what the review shows
// (reviewPages.ts), asking for a page more on "Show more".
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
import type { DuplicateChoice } from './importModel';
import { mergesFrom, withEdits } from './importModel';
import type { PageItems, Review, ReviewList, Shown } from './reviewPages';
import { createReviewIndex } from './reviewPages';

/**
 * A file as the window holds it: every sheet's headers and first SAMPLE_ROWS rows (the mapping
 * step's samples) and its row count. The rows themselves stay in the worker.
 */
export type FileView = ReadResult & { rowCounts: number[] };
export type ParseOutcome = { ok: true; value: FileView } | { ok: false; error: ReadError };
export type Phase = 'read' | 'prepare' | 'write';
export const SAMPLE_ROWS = 3;

export type EngineRequest =
  | { type: 'read'; id: number; bytes: Uint8Array; options: ReadOptions }
  | {
      type: 'prepare';
      id: number;
      sheet: number;
      /** Only when this engine has not read the file (a fresh worker after a cancel). */
      file?: { bytes: Uint8Array; options: ReadOptions };
      mapping: ColumnMapping;
      edits: [string, string][];
      /** How many items of each list the review shows: the reply carries that many. */
      shown: Shown;
      /** Only when the workspace changed since the last request. */
      workspace?: { organisations: Organisation[]; people: Person[] };
    }
  | { type: 'page'; id: number; list: ReviewList; from: number; count: number }
  | BuildRequest
  | CommitRequest;

export type Built = { ops: ImportOps; report: ImportReport };

/** The user's decisions on the rows of the last 'prepare' (what the review showed). */
export type BuildRequest = {
  type: 'build';
  id: number;
  skip: number[];
  /** Per duplicate candidate listed (importModel.candidateKey): merge or keep apart. */
  choices: [string, DuplicateChoice][];
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
 * Big results travel in parts: the receiving thread deserialises each message in one task. The
 * final 'built' and 'committed' replies come after their parts (same id), which fill them in
 * order (`createAssembler`).
 */
export const OPS_PER_PART = 1_000;
/**
 * Records per bulkAdd when the worker writes: it has no frames to keep, so it hands IndexedDB
 * fewer, larger requests than the window's WRITE_CHUNK (each request has its own round trip and
 * per-call overhead in Dexie; the next chunk is still validated while the last one is written).
 */
export const WORKER_WRITE_CHUNK = 2_000;

export type EngineReply =
  | { type: 'progress'; id: number; phase: Phase; fraction: number }
  | { type: 'opsPart'; id: number; ops: ImportOps }
  | { type: 'changesPart'; id: number; runs: ChangeRun[] }
  | { type: 'read'; id: number; result: ParseOutcome }
  | { type: 'checked'; id: number; review: Review }
  | { type: 'page'; id: number; items: PageItems[ReviewList] }
  | { type: 'built'; id: number; report: ImportReport }
  | { type: 'committed'; id: number; label: string; entry: ImportHistoryEntry | null }
  /** `message` only for a failed write (the data layer's, naming fields and keys, no data). */
  | { type: 'failed'; id: number; message?: string };

type Part = Extract<EngineReply, { type: 'opsPart' | 'changesPart' }>;
const OP_LISTS = ['organisations', 'people', 'updates', 'participations'] as const;

function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Puts one job's parts back together on the receiving side. */
export function createAssembler() {
  const ops: ImportOps = { organisations: [], people: [], updates: [], participations: [] };
  const changes: Change[] = [];
  return {
    part(reply: Part): void {
      if (reply.type === 'changesPart') appendChangePart(changes, reply.runs);
      else {
        append(ops.organisations, reply.ops.organisations);
        append(ops.people, reply.ops.people);
        append(ops.updates, reply.ops.updates);
        append(ops.participations, reply.ops.participations);
      }
    },
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
  // The last check: what the user reviewed (its pages come from `index`), and what 'build'
  // turns into operations.
  let checked: {
    rows: PreparedRow[];
    duplicates: DuplicateCandidate[];
    index: ReturnType<typeof createReviewIndex>;
  } | null = null;

  /** Reads the file into `sheets`, reporting progress in whole percents. */
  const load = async (id: number, bytes: Uint8Array, options: ReadOptions) => {
    checked = null;
    let last = -1;
    const result = await readTableFile(bytes, options, (fraction) => {
      // Whole percents only: no point flooding the UI thread with messages.
      const pct = Math.floor(fraction * 100);
      if (pct === last) return;
      last = pct;
      post({ type: 'progress', id, phase: 'read', fraction });
    });
    sheets = result.ok ? result.value.sheets.map((s) => s.table) : [];
    return result;
  };

  const read = async (req: Extract<EngineRequest, { type: 'read' }>) => {
    const result = await load(req.id, req.bytes, req.options);
    if (!result.ok) return post({ type: 'read', id: req.id, result });
    const value: FileView = {
      ...result.value,
      sheets: result.value.sheets.map((s) => ({
        ...s,
        table: { headers: s.table.headers, rows: s.table.rows.slice(0, SAMPLE_ROWS) },
      })),
      rowCounts: result.value.sheets.map((s) => s.table.rows.length),
    };
    post({ type: 'read', id: req.id, result: { ok: true, value } });
  };

  const prepare = async (req: Extract<EngineRequest, { type: 'prepare' }>) => {
    if (req.workspace) ({ organisations, people } = req.workspace);
    if (req.file && !(await load(req.id, req.file.bytes, req.file.options)).ok)
      return post({ type: 'failed', id: req.id });
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
    // The preview shows the file's cells as read; the window lays the user's edits over them.
    const index = createReviewIndex(table, rows, duplicates, people);
    checked = { rows, duplicates, index };
    post({
      type: 'checked',
      id: req.id,
      review: { summary: index.summary, ...index.first(req.shown) },
    });
  };

  const page = (req: Extract<EngineRequest, { type: 'page' }>) => {
    if (checked === null) return post({ type: 'failed', id: req.id });
    post({ type: 'page', id: req.id, items: checked.index.page(req.list, req.from, req.count) });
  };

  /** The import's operations from the last checked rows; null when nothing was checked. */
  const built = (req: BuildRequest | CommitRequest) => {
    if (req.workspace) ({ organisations, people } = req.workspace);
    if (checked === null) return null;
    const merges = mergesFrom(checked.duplicates, new Map(req.choices));
    return buildImport(
      checked.rows,
      { skip: new Set(req.skip), merges, eventId: req.eventId },
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
        else if (req.type === 'prepare') await prepare(req);
        else if (req.type === 'page') page(req);
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
