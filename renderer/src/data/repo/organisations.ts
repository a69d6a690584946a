// Organisations: create, edit, delete (detaching people and child organisations).
import type { Organisation, OrganisationId } from '@shared/domain/model';
import type { DataStore } from '../store';
import type { Draft } from '../writer';
import { checkOrganisation } from '../integrity';

export type OrganisationDraft = Draft<'organisations'>;

export function emptyOrganisationDraft(): OrganisationDraft {
  return { name: '', acronym: '', type: 'civil-society', country: null, parentId: null, website: '', notes: '' };
}

export function createOrganisation(store: DataStore, draft: OrganisationDraft): Promise<Organisation> {
  return store.mutate('history.createOrganisation', async (w) => {
    const created = await w.create('organisations', draft);
    await checkOrganisation(w, created);
    return created;
  });
}

export function updateOrganisation(
  store: DataStore,
  id: OrganisationId,
  patch: Partial<OrganisationDraft>,
): Promise<Organisation> {
  return store.mutate('history.editOrganisation', async (w) => {
    const updated = await w.update('organisations', id, patch);
    await checkOrganisation(w, updated);
    return updated;
  });
}

/**
 * Tombstones the organisation and its relationships, removes it from people's affiliations and
 * detaches its child organisations — all in one transaction.
 */
export function deleteOrganisation(store: DataStore, id: OrganisationId): Promise<number> {
  return store.mutate('history.deleteOrganisation', async (w) => {
    await w.remove('organisations', id);
    let touched = 1;
    const affiliated = await w.db.people
      .filter((p) => p.deletedAt === null && p.affiliations.some((a) => a.organisationId === id))
      .toArray();
    for (const p of affiliated) {
      await w.update('people', p.id, {
        affiliations: p.affiliations.filter((a) => a.organisationId !== id),
      });
      touched += 1;
    }
    const children = await w.db.organisations
      .where('parentId')
      .equals(id)
      .filter((o) => o.deletedAt === null)
      .toArray();
    for (const c of children) {
      await w.update('organisations', c.id, { parentId: null });
      touched += 1;
    }
    const relationships = await w.db.relationships
      .where('from.id')
      .equals(id)
      .or('to.id')
      .equals(id)
      .filter((r) => r.deletedAt === null)
      .toArray();
    for (const r of relationships) {
      await w.remove('relationships', r.id);
      touched += 1;
    }
    return touched;
  });
}
