// The import's heavy work — reading the file, then mapping, normalising and looking for
// duplicates in every row — as a message handler. It runs in a Web Worker (import.worker.ts) so
// that a 50,000-row file never freezes the window, or inline where workers do not exist. It
// reports progress as it goes and keeps the file's sheets, so re-checking after an edit does not
// send the file again.
import type { Organisation, Person } from '@shared/domain/model';
import { findDuplicates, prepareRows, readTableFile } from '@shared/import';
import type {
  ColumnMapping,
  DuplicateCandidate,
  PreparedRow,
  ReadError,
  ReadOptions,
  ReadResult,
  Table,
} from '@shared/import';
import { withEdits } from './importModel';

export type ParseOutcome = { ok: true; value: ReadResult } | { ok: false; error: ReadError };
export type Phase = 'read' | 'prepare';

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
    };

export type Prepared = { rows: PreparedRow[]; duplicates: DuplicateCandidate[] };

export type EngineReply =
  | { type: 'progress'; id: number; phase: Phase; fraction: number }
  | { type: 'read'; id: number; result: ParseOutcome }
  | { type: 'prepared'; id: number; result: Prepared }
  | { type: 'failed'; id: number };

export function createEngineCore(post: (reply: EngineReply) => void) {
  let sheets: Table[] = [];
  let organisations: Organisation[] = [];
  let people: Person[] = [];

  const read = async (req: Extract<EngineRequest, { type: 'read' }>) => {
    let last = -1;
    const result = await readTableFile(req.bytes, req.options, (fraction) => {
      // Whole percents only: no point flooding the UI thread with messages.
      const pct = Math.floor(fraction * 100);
      if (pct === last) return;
      last = pct;
      post({ type: 'progress', id: req.id, phase: 'read', fraction });
    });
    sheets = result.ok ? result.value.sheets.map((s) => s.table) : [];
    post({ type: 'read', id: req.id, result });
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
    post({ type: 'prepared', id: req.id, result: { rows, duplicates } });
  };

  return {
    async handle(req: EngineRequest): Promise<void> {
      try {
        if (req.type === 'read') await read(req);
        else prepare(req);
      } catch {
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
