// Writes an import through the data layer in ONE transaction: organisations, people, merged
// updates and participations all land, or — if any record is refused — none does.
import type { OrganisationId, PersonId } from '@shared/domain/model';
import type { ImportOps, OrgRef, PersonRef } from '@shared/import';
import type { DataStore } from '../../data/store';

export type AppliedImport = { people: PersonId[]; organisations: OrganisationId[] };

export function applyImport(store: DataStore, ops: ImportOps): Promise<AppliedImport> {
  return store.mutate('transfer.history.import', async (w) => {
    const orgIds = new Map<string, OrganisationId>();
    for (const o of ops.organisations) {
      orgIds.set(o.key, (await w.create('organisations', o.draft)).id);
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
    }
    for (const u of ops.updates) {
      await w.update('people', u.id, withAffiliation(u.draft, u.affiliation));
    }
    const person = (ref: PersonRef) => (ref.kind === 'existing' ? ref.id : personIds.get(ref.key));
    for (const x of ops.participations) {
      const personId = person(x.person);
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
  });
}
