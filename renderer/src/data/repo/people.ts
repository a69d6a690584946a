// People: create, edit, delete with their participations and relationships.
import type { Person, PersonId } from '@shared/domain/model';
import type { DataStore } from '../store';
import type { Draft, Writer } from '../writer';
import { checkPerson } from '../integrity';

export type PersonDraft = Draft<'people'>;

export function emptyPersonDraft(): PersonDraft {
  return {
    honorific: '',
    givenName: '',
    familyName: '',
    gender: 'unknown',
    genderSelfDescription: '',
    nationalities: [],
    residence: null,
    stakeholderGroup: null,
    affiliations: [],
    expertise: [],
    languages: [],
    email: '',
    phone: '',
    consent: { basis: null, date: null, source: '' },
    retainUntil: null,
    notes: '',
    tags: [],
    attributes: {},
  };
}

export function createPerson(store: DataStore, draft: PersonDraft): Promise<Person> {
  return store.mutate('history.createPerson', async (w) => {
    await checkPerson(w, draft);
    return w.create('people', normaliseGender(draft));
  });
}

export function updatePerson(
  store: DataStore,
  id: PersonId,
  patch: Partial<PersonDraft>,
): Promise<Person> {
  return store.mutate('history.editPerson', async (w) => {
    const before = await w.get('people', id);
    const next = normaliseGender({ ...(before ?? emptyPersonDraft()), ...patch });
    await checkPerson(w, next);
    return w.update('people', id, next);
  });
}

/** Tombstones the person with every participation and relationship they are part of. */
export function deletePerson(store: DataStore, id: PersonId): Promise<number> {
  return store.mutate('history.deletePerson', async (w) => {
    await w.remove('people', id);
    return 1 + (await removeEdgesOfPerson(w, id));
  });
}

export async function removeEdgesOfPerson(w: Writer, id: PersonId): Promise<number> {
  const participations = await w.db.participations
    .where('personId')
    .equals(id)
    .filter((p) => p.deletedAt === null)
    .toArray();
  const relationships = await w.db.relationships
    .where('from.id')
    .equals(id)
    .or('to.id')
    .equals(id)
    .filter((r) => r.deletedAt === null)
    .toArray();
  for (const p of participations) await w.remove('participations', p.id);
  for (const r of relationships) await w.remove('relationships', r.id);
  return participations.length + relationships.length;
}

/** A self-description only means something with the self-described gender. */
function normaliseGender<T extends Pick<Person, 'gender' | 'genderSelfDescription'>>(p: T): T {
  return p.gender === 'self-described' ? p : { ...p, genderSelfDescription: '' };
}
