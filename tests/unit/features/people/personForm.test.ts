// The person form: values ↔ stored drafts, client-side validation, tags, and the panel's lists.
import { describe, expect, test } from 'vitest';
import {
  addTags,
  fieldError,
  newAffiliationRow,
  organisationOptions,
  sameDraft,
  splitTags,
  toDraft,
  toFormValues,
  validatePersonForm,
} from '../../../../renderer/src/features/people/personForm';
import {
  deletionImpact,
  participationsOfPerson,
  relationshipsOfPerson,
} from '../../../../renderer/src/features/people/personDetail';
import { emptyPersonDraft } from '../../../../renderer/src/data/repo/people';
import { aParticipation, aPerson, aRelationship, anEvent, anOrganisation, iso } from './builders';

const org = anOrganisation({ name: 'UN-Habitat', acronym: 'UNH' });
const other = anOrganisation({ name: 'Ciudad Lab', acronym: '' });

describe('toFormValues and toDraft', () => {
  test('a stored person survives the round trip unchanged', () => {
    const person = aPerson({
      honorific: 'Dr',
      nationalities: iso('KE', 'FR'),
      affiliations: [
        { organisationId: org.id, title: 'Officer', primary: false },
        { organisationId: other.id, title: '', primary: true },
      ],
      expertise: ['housing'],
      tags: ['speaker pool'],
      consent: { basis: 'consent', date: '2026-03-01', source: 'Registration form' },
      retainUntil: '2028-12-31',
    });
    const draft = Object.fromEntries(
      Object.keys(emptyPersonDraft()).map((key) => [key, person[key as keyof typeof person]]),
    );
    expect(toDraft(toFormValues(person))).toEqual(draft);
  });

  test('a new form is the empty draft', () => {
    expect(toDraft(toFormValues(null))).toEqual(emptyPersonDraft());
  });

  test('text is trimmed and the self-description kept only for the self-described gender', () => {
    const values = {
      ...toFormValues(null),
      givenName: '  Amina ',
      familyName: ' Otieno',
      email: ' amina@example.org ',
      gender: 'woman' as const,
      genderSelfDescription: 'left over',
    };
    const draft = toDraft(values);
    expect([draft.givenName, draft.familyName, draft.email]).toEqual([
      'Amina',
      'Otieno',
      'amina@example.org',
    ]);
    expect(draft.genderSelfDescription).toBe('');
    expect(toDraft({ ...values, gender: 'self-described' }).genderSelfDescription).toBe(
      'left over',
    );
  });

  test('rows without an organisation are dropped, and exactly one affiliation is primary', () => {
    const values = {
      ...toFormValues(null),
      familyName: 'Otieno',
      affiliations: [
        { ...newAffiliationRow(), organisationId: null },
        { ...newAffiliationRow(), organisationId: org.id, title: 'Officer' },
        { ...newAffiliationRow(), organisationId: other.id },
      ],
    };
    expect(toDraft(values).affiliations).toEqual([
      { organisationId: org.id, title: 'Officer', primary: true },
      { organisationId: other.id, title: '', primary: false },
    ]);
  });

  test('sameDraft ignores what saving would normalise away', () => {
    const a = toFormValues(aPerson());
    expect(sameDraft(a, { ...a, givenName: `${a.givenName}  ` })).toBe(true);
    expect(sameDraft(a, { ...a, givenName: 'Someone' })).toBe(false);
    expect(sameDraft(a, { ...a, affiliations: [newAffiliationRow()] })).toBe(true);
  });
});

describe('validatePersonForm', () => {
  const valid = { ...toFormValues(null), familyName: 'Otieno' };

  test('a valid form has no errors', () => {
    expect(validatePersonForm(valid)).toEqual({});
  });

  test('reports the shared schema’s messages by field', () => {
    const errors = validatePersonForm({
      ...valid,
      familyName: '  ',
      email: 'not-an-email',
      gender: 'self-described',
      genderSelfDescription: '',
    });
    expect(errors).toEqual({
      familyName: 'validation.required',
      email: 'validation.invalidEmail',
      genderSelfDescription: 'validation.selfDescriptionRequired',
    });
  });

  test('two nationalities are fine; the same one twice is not', () => {
    expect(validatePersonForm({ ...valid, nationalities: iso('KE', 'FR') })).toEqual({});
    expect(validatePersonForm({ ...valid, nationalities: iso('KE', 'KE') })).toEqual({
      nationalities: 'validation.duplicateCountry',
    });
  });

  test('an affiliation with a title but no organisation is an error on that row', () => {
    const rows = [
      { ...newAffiliationRow(), organisationId: org.id },
      { ...newAffiliationRow(), title: 'Adviser' },
    ];
    expect(validatePersonForm({ ...valid, affiliations: rows })).toEqual({
      'affiliations.1.organisationId': 'people.form.organisationRequired',
    });
  });

  test('issues on kept rows point at the form’s row, not the draft’s', () => {
    const rows = [
      newAffiliationRow(),
      { ...newAffiliationRow(), organisationId: org.id, title: 'x'.repeat(201) },
    ];
    expect(validatePersonForm({ ...valid, affiliations: rows })).toEqual({
      'affiliations.1.title': 'validation.tooLong',
    });
  });

  test('the same organisation twice is an error on the list', () => {
    const rows = [
      { ...newAffiliationRow(), organisationId: org.id },
      { ...newAffiliationRow(), organisationId: org.id },
    ];
    expect(validatePersonForm({ ...valid, affiliations: rows })).toEqual({
      affiliations: 'validation.duplicateAffiliation',
    });
  });
});

describe('fieldError', () => {
  test('finds a field’s own error, one inside it, or one on its parent', () => {
    const errors = { 'nationalities.1': 'a', consent: 'b', email: 'c' };
    expect(fieldError(errors, 'email')).toBe('c');
    expect(fieldError(errors, 'nationalities')).toBe('a');
    expect(fieldError(errors, 'consent.date')).toBe('b');
    expect(fieldError(errors, 'phone')).toBeUndefined();
  });
});

describe('tags', () => {
  test('splits on commas and skips empty entries', () => {
    expect(splitTags(' housing, ,mobility ,')).toEqual(['housing', 'mobility']);
  });

  test('adds new entries once, ignoring case, keeping the order', () => {
    expect(addTags(['Housing'], 'housing, mobility, Mobility, water')).toEqual([
      'Housing',
      'mobility',
      'water',
    ]);
  });
});

describe('organisationOptions', () => {
  test('sorted by name, with the acronym as meta and keyword', () => {
    const zeta = anOrganisation({ name: 'Zeta', acronym: '' });
    expect(organisationOptions([zeta, org])).toEqual([
      { value: org.id, label: 'UN-Habitat', meta: 'UNH', keywords: ['UNH'] },
      { value: zeta.id, label: 'Zeta' },
    ]);
  });
});

describe('the panel’s lists', () => {
  const amina = aPerson();
  const kofi = aPerson({ givenName: 'Kofi', familyName: 'Mensah' });
  const process = anEvent({ name: 'Process', kind: 'process' });
  const conference = anEvent({ name: 'Conference', parentId: process.id, startDate: '2026-05-01' });
  const podium = anEvent({ name: 'Podium A', kind: 'podium', parentId: conference.id });
  const egm = anEvent({ name: 'EGM', kind: 'expert-group-meeting', startDate: '2026-02-01' });
  const parts = [
    aParticipation(amina, podium, { role: 'speaker' }),
    aParticipation(amina, conference),
    aParticipation(amina, egm),
    aParticipation(kofi, egm),
    aParticipation(amina, process, { deletedAt: amina.createdAt }),
  ];
  const rels = [aRelationship(amina, kofi), aRelationship(kofi, amina), aRelationship(amina, org)];

  test('participations: earliest first, a session after its event, with its parent', () => {
    const items = participationsOfPerson(amina.id, parts, [process, conference, podium, egm]);
    expect(items.map((i) => [i.event.name, i.level, i.parent?.name ?? null])).toEqual([
      ['EGM', 1, null],
      ['Conference', 1, null],
      ['Podium A', 2, 'Conference'],
    ]);
  });

  test('relationships in either direction, naming the other party', () => {
    const items = relationshipsOfPerson(amina.id, rels, [amina, kofi], [org]);
    expect(items.map((i) => i.otherName)).toEqual(['Kofi Mensah', 'Kofi Mensah', 'UN-Habitat']);
    expect(relationshipsOfPerson(amina.id, rels, [amina], [])[0]?.otherName).toBeNull();
  });

  test('deletionImpact counts what a delete removes with the person', () => {
    expect(deletionImpact(amina.id, parts, rels)).toEqual({ participations: 3, relationships: 3 });
    expect(deletionImpact(kofi.id, parts, rels)).toEqual({ participations: 1, relationships: 2 });
  });
});
