// Writes an import through the data layer in ONE transaction: organisations, people, merged
// updates, participations and the import's report in the workspace history all land, or — if
// any record is refused — none does.
import type { OrganisationId, PersonId } from '@shared/domain/model';
import type { ImportOps, OrgRef, PersonRef } from '@shared/import';
import type { DataStore } from '../../data/store';
import type { Writer } from '../../data/writer';
import type { ImportHistoryEntry, ImportInput } from '../../data/repo/importHistory';
import { recordedImport } from '../../data/repo/importHistory';

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

/** Records written so far / records to write, reported every PROGRESS_EVERY records. */
export type CommitProgress = (done: number, total: number) => void;
const PROGRESS_EVERY = 250;
const LABEL = 'transfer.history.import';

export async function applyImport(
  store: DataStore,
  ops: ImportOps,
  { report, onProgress = () => undefined }: ApplyOptions = {},
): Promise<AppliedImport> {
  const total =
    ops.organisations.length + ops.people.length + ops.updates.length + ops.participations.length;
  let done = 0;
  // Each record is its own IndexedDB request, awaited: the transaction stays open while the
  // event loop turns between requests, so the window keeps painting during a long import.
  const step = () => {
    done++;
    if (done % PROGRESS_EVERY === 0 || done === total) onProgress(done, total);
  };
  const run = async (w: Writer) => {
    const orgIds = new Map<string, OrganisationId>();
    for (const o of ops.organisations) {
      orgIds.set(o.key, (await w.create('organisations', o.draft)).id);
      step();
    }
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
    const personIds = new Map<string, PersonId>();
    for (const p of ops.people) {
      personIds.set(p.key, (await w.create('people', withAffiliation(p.draft, p.affiliation))).id);
      step();
    }
    for (const u of ops.updates) {
      await w.update('people', u.id, withAffiliation(u.draft, u.affiliation));
      step();
    }
    const person = (ref: PersonRef) => (ref.kind === 'existing' ? ref.id : personIds.get(ref.key));
    for (const x of ops.participations) {
      const personId = person(x.person);
      step();
      if (!personId) continue;
      await w.create('participations', {
        personId,
        eventId: x.eventId,
        role: x.role,
        status: x.status,
        notes: '',
      });
    }
    return { people: [...personIds.values()], organisations: [...orgIds.values()] };
  };
  if (!report) return { ...(await store.mutate(LABEL, run)), entry: null };
  const { result, entry } = await recordedImport(store, LABEL, report, run);
  return { ...result, entry };
}
