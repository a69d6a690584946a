// A fresh, real Dexie database (on fake-indexeddb) and store per test, with a fixed clock.
import { openDatabase } from '../../../renderer/src/data/db';
import { createStore } from '../../../renderer/src/data/store';
import type { DataStore } from '../../../renderer/src/data/store';
import { createOrganisation, emptyOrganisationDraft } from '../../../renderer/src/data/repo/organisations';
import { createEvent, emptyEventDraft } from '../../../renderer/src/data/repo/events';
import { createPerson, emptyPersonDraft } from '../../../renderer/src/data/repo/people';
import type { PersonDraft } from '../../../renderer/src/data/repo/people';

let counter = 0;

export function freshStore(): DataStore {
  counter += 1;
  let tick = 0;
  const db = openDatabase(`plenary-test-${counter}-${Math.random().toString(36).slice(2)}`);
  return createStore(db, {
    now: () => new Date(Date.UTC(2026, 10, 28, 12, 0, tick++)).toISOString(),
    device: () => 'test-device',
  });
}

export async function seedSmallWorkspace(store: DataStore) {
  const org = await createOrganisation(store, {
    ...emptyOrganisationDraft(),
    name: 'Metropolitan Institute of Urban Studies',
    type: 'academia',
  });
  const process = await createEvent(store, { ...emptyEventDraft(), name: 'Guidelines process' });
  const conference = await createEvent(store, {
    ...emptyEventDraft(process),
    name: 'Academic conference',
    kind: 'conference',
  });
  const podium = await createEvent(store, {
    ...emptyEventDraft(conference),
    name: 'Podium: Collaborating',
    kind: 'podium',
  });
  const person = await createPerson(store, personDraft({ affiliations: [{ organisationId: org.id, title: 'Professor', primary: true }] }));
  const other = await createPerson(store, personDraft({ givenName: 'Kofi', familyName: 'Mensah', gender: 'man' }));
  return { org, process, conference, podium, person, other };
}

export function personDraft(overrides: Partial<PersonDraft> = {}): PersonDraft {
  return {
    ...emptyPersonDraft(),
    givenName: 'Amina',
    familyName: 'Otieno',
    gender: 'woman',
    nationalities: ['KE'] as PersonDraft['nationalities'],
    residence: 'KE' as PersonDraft['residence'],
    email: 'amina.otieno@example.org',
    ...overrides,
  };
}
