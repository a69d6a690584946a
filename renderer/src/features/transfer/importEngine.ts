// The wizard's handle on the import worker: read a file, then (re)check its rows, each with
// progress, and page through what the review lists; cancel terminates the worker wherever it
// is. Falls back to running the same code on the main thread where workers are unavailable.
// The file's rows and the checked rows stay in the worker (engineCore.ts, reviewPages.ts).
import type { EventId, Organisation, Participation, Person } from '@shared/domain/model';
import type { ColumnMapping, ReadOptions } from '@shared/import';
import type { CellEdits, DuplicateChoice } from './importModel';
import { createAssembler, createEngineCore } from './engineCore';
import type { ImportInput } from '../../data/repo/importHistory';
import type { WriteStamp } from '../../data/store';
import type {
  Built,
  Committed,
  EngineReply,
  EngineRequest,
  ParseOutcome,
  Phase,
} from './engineCore';
import type { PageItems, Review, ReviewList, Shown } from './reviewPages';

export type { Built, Committed, FileView, ParseOutcome } from './engineCore';
export type OnProgress = (fraction: number, phase: Phase) => void;

export type PrepareInput = {
  sheet: number;
  mapping: ColumnMapping;
  edits: CellEdits;
  organisations: Organisation[];
  people: Person[];
  /** How many items of each list the review shows (after a re-check, as many again). */
  shown: Shown;
};

export type BuildInput = {
  skip: ReadonlySet<number>;
  /** The user's choices on the listed duplicates, by importModel.candidateKey. */
  choices: ReadonlyMap<string, DuplicateChoice>;
  eventId: EventId | null;
  organisations: Organisation[];
  people: Person[];
  participations: readonly Participation[];
};

export type CommitInput = BuildInput & {
  /** The workspace database's name. */
  database: string;
  stamp: WriteStamp;
  report: Omit<ImportInput, 'counts'>;
};

export type ImportEngine = {
  /** The file's sheets; null when cancelled or superseded by another read. */
  read(
    bytes: Uint8Array,
    options: ReadOptions,
    onProgress: OnProgress,
  ): Promise<ParseOutcome | null>;
  /**
   * Maps, normalises and looks for duplicates in every row of the sheet; resolves to what the
   * review shows of it (null when cancelled or superseded). The rows stay in the worker.
   */
  prepare(input: PrepareInput, onProgress: OnProgress): Promise<Review | null>;
  /**
   * `count` items of a review list from `from`, of the last check; null when cancelled or a
   * newer check (or file) superseded it.
   */
  page<L extends ReviewList>(list: L, from: number, count: number): Promise<PageItems[L] | null>;
  /** The operations and report of importing the last checked rows with these decisions. */
  build(input: BuildInput): Promise<Built | null>;
  /**
   * Builds and writes the import in one transaction (in the worker); resolves to its report and
   * change set, null when cancelled; rejects, with nothing written, when the write failed.
   */
  commit(input: CommitInput, onProgress: OnProgress): Promise<Committed | null>;
  /**
   * Stops the work in progress (terminates the worker). A commit already asked for is not
   * stopped: its transaction lands whole or not at all, and if it lands its change set must
   * reach the store's undo history even when the dialog has gone (it resolves as usual; the
   * worker is terminated once it has settled).
   */
  cancel(): void;
};

type Pending = {
  kind: 'read' | 'prepare' | 'page' | 'build' | 'commit';
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  onProgress: OnProgress;
  parts: ReturnType<typeof createAssembler>;
};

export function createImportEngine(): ImportEngine {
  let send: ((req: EngineRequest) => void) | null = null;
  let stop: () => void = () => undefined;
  // What the current worker already holds, so it is not sent again.
  let workerHasFile = false;
  // The last file read, sent again to a fresh worker (after a cancel) with the next check.
  let lastFile: { bytes: Uint8Array; options: ReadOptions } | null = null;
  let sentWorkspace: { organisations: Organisation[]; people: Person[] } | null = null;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  // Set by a cancel while a commit runs: the worker goes once the commit has settled.
  let stopAfterCommit = false;
  const settled = (job: Pending) => {
    if (job.kind !== 'commit' || !stopAfterCommit) return;
    stopAfterCommit = false;
    // Unless the engine was given new work since.
    if (pending.size === 0) reset();
  };

  const onReply = (reply: EngineReply) => {
    const job = pending.get(reply.id);
    if (!job) return; // cancelled or superseded
    if (reply.type === 'progress') return job.onProgress(reply.fraction, reply.phase);
    if (reply.type === 'opsPart' || reply.type === 'changesPart') return job.parts.part(reply);
    pending.delete(reply.id);
    if (reply.type === 'failed') {
      job.reject(new Error(reply.message ?? 'The rows could not be checked.'));
      return settled(job);
    }
    if (reply.type === 'committed') {
      (job.resolve as (v: Committed) => void)(job.parts.committed(reply.label, reply.entry));
      return settled(job);
    }
    if (reply.type === 'read') (job.resolve as (v: ParseOutcome) => void)(reply.result);
    else if (reply.type === 'built')
      (job.resolve as (v: Built) => void)(job.parts.built(reply.report));
    else if (reply.type === 'page') (job.resolve as (v: unknown) => void)(reply.items);
    else (job.resolve as (v: Review) => void)(reply.review);
  };

  const failAll = () => {
    for (const [id, job] of pending) {
      pending.delete(id);
      if (job.kind === 'read')
        (job.resolve as (v: ParseOutcome) => void)({ ok: false, error: { kind: 'corrupt' } });
      else job.reject(new Error('The import worker stopped.'));
    }
    reset();
  };

  function reset() {
    stopAfterCommit = false;
    stop();
    send = null;
    stop = () => undefined;
    workerHasFile = false;
    sentWorkspace = null;
  }

  const channel = (): ((req: EngineRequest) => void) => {
    if (send) return send;
    if (typeof Worker === 'undefined') {
      const core = createEngineCore((reply) => queueMicrotask(() => onReply(reply)));
      send = (req) => void core.handle(req);
    } else {
      const worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
        type: 'module',
      });
      worker.onmessage = (event: MessageEvent<EngineReply>) => onReply(event.data);
      worker.onerror = failAll;
      send = (req) => worker.postMessage(req);
      stop = () => worker.terminate();
    }
    return send;
  };

  /** The workspace, unless the worker already holds this very one. */
  const workspaceToSend = (input: { organisations: Organisation[]; people: Person[] }) => {
    const same =
      sentWorkspace?.organisations === input.organisations && sentWorkspace.people === input.people;
    sentWorkspace = { organisations: input.organisations, people: input.people };
    return same ? undefined : sentWorkspace;
  };

  /** What a build or commit request says about the rows (and the workspace, when it changed). */
  const decisions = (input: BuildInput) => {
    const workspace = workspaceToSend(input);
    return {
      skip: [...input.skip],
      choices: [...input.choices],
      eventId: input.eventId,
      participations: input.participations.filter(
        (p) => p.eventId === input.eventId && p.deletedAt === null,
      ),
      ...(workspace ? { workspace } : {}),
    };
  };

  /** Only one job of a kind at a time: a newer one supersedes (resolves to null) the older. */
  const supersede = (kind: Pending['kind']) => {
    for (const [id, job] of pending) {
      if (job.kind !== kind) continue;
      pending.delete(id);
      (job.resolve as (v: null) => void)(null);
    }
  };

  return {
    read(bytes, options, onProgress) {
      supersede('read');
      supersede('prepare');
      supersede('page');
      lastFile = { bytes, options };
      const id = nextId++;
      const post = channel();
      return new Promise<ParseOutcome | null>((resolve, reject) => {
        pending.set(id, {
          kind: 'read',
          resolve: resolve,
          reject,
          onProgress,
          parts: createAssembler(),
        });
        workerHasFile = true;
        post({ type: 'read', id, bytes, options });
      });
    },
    prepare(input, onProgress) {
      supersede('prepare');
      supersede('page');
      const id = nextId++;
      const post = channel();
      const workspace = workspaceToSend(input);
      const file = workerHasFile ? null : lastFile;
      workerHasFile = true;
      return new Promise<Review | null>((resolve, reject) => {
        pending.set(id, {
          kind: 'prepare',
          resolve: resolve,
          reject,
          onProgress,
          parts: createAssembler(),
        });
        post({
          type: 'prepare',
          id,
          sheet: input.sheet,
          mapping: input.mapping,
          edits: [...input.edits],
          shown: input.shown,
          ...(file ? { file } : {}),
          ...(workspace ? { workspace } : {}),
        });
      });
    },
    page<L extends ReviewList>(list: L, from: number, count: number) {
      const id = nextId++;
      const post = channel();
      return new Promise<PageItems[L] | null>((resolve, reject) => {
        pending.set(id, {
          kind: 'page',
          resolve,
          reject,
          onProgress: () => undefined,
          parts: createAssembler(),
        });
        post({ type: 'page', id, list, from, count });
      });
    },
    build(input) {
      supersede('build');
      const id = nextId++;
      const post = channel();
      return new Promise<Built | null>((resolve, reject) => {
        pending.set(id, {
          kind: 'build',
          resolve,
          reject,
          onProgress: () => undefined,
          parts: createAssembler(),
        });
        post({ type: 'build', id, ...decisions(input) });
      });
    },
    commit(input, onProgress) {
      supersede('commit');
      const id = nextId++;
      const post = channel();
      return new Promise<Committed | null>((resolve, reject) => {
        pending.set(id, { kind: 'commit', resolve, reject, onProgress, parts: createAssembler() });
        const { database, stamp, report } = input;
        post({ type: 'commit', id, ...decisions(input), database, stamp, report });
      });
    },
    cancel() {
      let committing = false;
      for (const [id, job] of pending) {
        if (job.kind === 'commit') {
          committing = true;
          continue;
        }
        pending.delete(id);
        (job.resolve as (v: null) => void)(null);
      }
      if (committing) stopAfterCommit = true;
      else reset();
    },
  };
}
