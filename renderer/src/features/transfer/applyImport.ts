// Writes an import through the data layer in ONE transaction: organisations, people, merged
// updates, participations and the import's report in the workspace history all land, or — if
// any record is refused — none does. `writeImport` is that transaction on whichever thread holds
// the database (the wizard runs it in the import worker); `applyImport` runs it here and keeps
// it as one undo step.
import type { OrganisationId, PersonId } from '@shared/domain/model';
import type { ImportOps, OrgRef, PersonRef } from '@shared/import';
import type { DataStore } from '../../data/store';
import type { ChangeSet, Writer } from '../../data/writer';
import { WRITE_CHUNK, write } from '../../data/writer';
import type { ImportHistoryEntry, ImportInput } from '../../data/repo/importHistory';
import { writeRecordedImport } from '../../data/repo/importHistory';

export type AppliedImport = {
  people: PersonId[];
  organisations: OrganisationId[];
  /** The report kept in the workspace history; null when none was asked for. */
  entry: ImportHistoryEntry | null;
};

export type ApplyOptions = {
  /** The report to keep in the workspace history, written in the same transaction. */
  report?: ImportInput;
  onProgress?: CommitProgress;
};

/** Records written so far / records to write, reported after every chunk the writer writes. */
export type CommitProgress = (done: number, total: number) => void;
const LABEL = 'transfer.history.import';
/** Operations turned into drafts at a time: a few of the writer's chunks. */
const SLICE_CHUNKS = 4;

/** Writes the import here, in turn with the store's other writes, as one undo step. */
export function applyImport(
  store: DataStore,
  ops: ImportOps,
  options: ApplyOptions = {},
): Promise<AppliedImport> {
  return store.writeElsewhere(async () => {
    const { applied, changeSet } = await writeImport(store, ops, options);
    return { result: applied, changeSet };
  });
}

/**
 * The import's one transaction on `host`'s database, stamped by `host.ctx`; its change set is
 * returned, not kept: the caller hands it to the store's undo history (store.writeElsewhere).
 */
export async function writeImport(
  host: Pick<DataStore, 'db' | 'ctx'>,
  ops: ImportOps,
  { report, onProgress = () => undefined }: ApplyOptions = {},
): Promise<{ applied: AppliedImport; changeSet: ChangeSet }> {
  const SLICE = (host.ctx.chunk ?? WRITE_CHUNK) * SLICE_CHUNKS;
  const total =
    ops.organisations.length + ops.people.length + ops.updates.length + ops.participations.length;
  // New records go in validated chunks (Writer.createMany): each chunk is a short task and the
  // window keeps painting, while everything stays in the one transaction.
  let reported = 0;
  const tell = (done: number) => {
    if (done <= reported) return;
    reported = done;
    onProgress(done, total);
  };
  const run = async (w: Writer) => {
    let done = 0;
    const progress = (base: number) => (written: number) => tell(base + written);
    const orgs = await w.createMany(
      'organisations',
      ops.organisations.map((o) => o.draft),
      progress(done),
    );
    done += orgs.length;
    const orgIds = new Map<string, OrganisationId>(
      ops.organisations.flatMap((o, i) => {
        const id = orgs[i]?.id;
        return id === undefined ? [] : [[o.key, id] as const];
      }),
    );
    const org = (ref: OrgRef) => (ref.kind === 'existing' ? ref.id : orgIds.get(ref.key));
    const withAffiliation = <
      D extends {
        affiliations: { organisationId: OrganisationId; title: string; primary: boolean }[];
      },
    >(
      draft: D,
      affiliation: ImportOps['people'][number]['affiliation'],
    ): D => {
      const id = affiliation ? org(affiliation.org) : undefined;
      if (!affiliation || !id || draft.affiliations.some((a) => a.organisationId === id))
        return draft;
      return {
        ...draft,
        affiliations: [
          ...draft.affiliations,
          {
            organisationId: id,
            title: affiliation.title,
            primary: draft.affiliations.length === 0,
          },
        ],
      };
    };
    // Drafts are completed a slice at a time (not 50,000 in one synchronous pass before the
    // first write), so no single task of the import grows with the file.
    const personIds = new Map<string, PersonId>();
    for (let start = 0; start < ops.people.length; start += SLICE) {
      const slice = ops.people.slice(start, start + SLICE);
      const created = await w.createMany(
        'people',
        slice.map((p) => withAffiliation(p.draft, p.affiliation)),
        progress(done),
      );
      slice.forEach((p, i) => {
        const id = created[i]?.id;
        if (id !== undefined) personIds.set(p.key, id);
      });
      done += created.length;
    }
    // Merges into existing people are few (each one a user's decision): one update each.
    for (const u of ops.updates) {
      await w.update('people', u.id, withAffiliation(u.draft, u.affiliation));
      tell(++done);
    }
    const person = (ref: PersonRef) => (ref.kind === 'existing' ? ref.id : personIds.get(ref.key));
    for (let start = 0; start < ops.participations.length; start += SLICE) {
      const slice = ops.participations.slice(start, start + SLICE).flatMap((x) => {
        const personId = person(x.person);
        return personId === undefined
          ? []
          : [{ personId, eventId: x.eventId, role: x.role, status: x.status, notes: '' }];
      });
      done += (await w.createMany('participations', slice, progress(done))).length;
    }
    // Participations of rows that resolved to no one are not written; the bar still ends full.
    tell(total);
    return { people: [...personIds.values()], organisations: [...orgIds.values()] };
  };
  if (!report) {
    const { result, changeSet } = await write(host.db, host.ctx, LABEL, run);
    return { applied: { ...result, entry: null }, changeSet };
  }
  const { result, changeSet, entry } = await writeRecordedImport(host, LABEL, report, run);
  return { applied: { ...result, entry }, changeSet };
}
