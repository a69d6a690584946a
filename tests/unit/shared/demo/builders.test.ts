// The test-data builders (tests/helpers/builders.ts) must produce records the schemas accept.
import { describe, expect, it } from 'vitest';
import type { TableName, WorkspaceTables } from '@shared/domain/model';
import { validateRecord } from '@shared/domain/schemas';
import {
  aParticipation,
  aPerson,
  aRegionScheme,
  aRelationship,
  aSavedView,
  aTarget,
  aWorkspace,
  anEvent,
  anOrganisation,
} from '../../../helpers/builders';

const builders: { [T in TableName]: () => WorkspaceTables[T] } = {
  people: aPerson,
  organisations: anOrganisation,
  events: anEvent,
  participations: aParticipation,
  relationships: aRelationship,
  targets: aTarget,
  regionSchemes: aRegionScheme,
  savedViews: aSavedView,
};

describe('test-data builders', () => {
  it.each(Object.keys(builders) as TableName[])('build a valid %s record', (table) => {
    const record = builders[table]();
    const result = validateRecord(table, record);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('give every record a fresh id', () => {
    const ids = Array.from({ length: 50 }, () => [aPerson().id, anEvent().id]).flat();
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('apply overrides and keep the record valid', () => {
    const org = anOrganisation({ type: 'media' });
    const person = aPerson({
      gender: 'self-described',
      affiliations: [{ organisationId: org.id, title: 'Editor', primary: true }],
    });
    expect(person.genderSelfDescription).not.toBe('');
    expect(validateRecord('people', person).ok).toBe(true);
    const event = anEvent();
    const participation = aParticipation({
      personId: person.id,
      eventId: event.id,
      role: 'speaker',
    });
    expect(participation.personId).toBe(person.id);
    expect(aWorkspace({ people: [person] }).people).toEqual([person]);
    expect(aWorkspace().events).toEqual([]);
  });
});
