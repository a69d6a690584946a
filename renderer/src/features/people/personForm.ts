// The person form's values, their conversion to and from a stored person, and client-side
// validation with the same schema the repository enforces.
import type { Organisation, OrganisationId, Person } from '@shared/domain/model';
import { validateRecord } from '@shared/domain/schemas';
import type { FieldIssue } from '@shared/domain/schemas';
import { emptyPersonDraft } from '../../data/repo/people';
import type { Option } from '../../ui/combobox';
import type { PersonDraft } from '../../data/repo/people';

/** An affiliation while it is being edited: the organisation may not be chosen yet. */
export type AffiliationRow = {
  /** A React key that survives adding and removing rows. */
  key: string;
  organisationId: OrganisationId | null;
  title: string;
  primary: boolean;
};

export type PersonFormValues = Omit<PersonDraft, 'affiliations'> & {
  affiliations: AffiliationRow[];
};

/** Field errors by dotted path ("familyName", "consent.date", "affiliations.0.organisationId"). */
export type FieldErrors = Record<string, string>;

let rowCounter = 0;
export function newAffiliationRow(primary = false): AffiliationRow {
  rowCounter += 1;
  return { key: `aff-${rowCounter}`, organisationId: null, title: '', primary };
}

export function toFormValues(source: Person | PersonDraft | null): PersonFormValues {
  const base = emptyPersonDraft();
  const from: PersonDraft = source ?? base;
  return {
    honorific: from.honorific,
    givenName: from.givenName,
    familyName: from.familyName,
    gender: from.gender,
    genderSelfDescription: from.genderSelfDescription,
    nationalities: [...from.nationalities],
    residence: from.residence,
    stakeholderGroup: from.stakeholderGroup,
    affiliations: from.affiliations.map((a) => ({ ...newAffiliationRow(a.primary), ...a })),
    expertise: [...from.expertise],
    languages: [...from.languages],
    email: from.email,
    phone: from.phone,
    consent: { ...from.consent },
    retainUntil: from.retainUntil,
    notes: from.notes,
    tags: [...from.tags],
    attributes: { ...from.attributes },
  };
}

/**
 * The draft to store: text trimmed, empty affiliation rows dropped, exactly one primary
 * affiliation when there is any, a self-description only for the self-described gender.
 */
export function toDraft(values: PersonFormValues): PersonDraft {
  const rows = values.affiliations.filter((a) => a.organisationId !== null);
  const primaryIndex = Math.max(
    0,
    rows.findIndex((a) => a.primary),
  );
  return {
    honorific: values.honorific.trim(),
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    gender: values.gender,
    genderSelfDescription:
      values.gender === 'self-described' ? values.genderSelfDescription.trim() : '',
    nationalities: [...values.nationalities],
    residence: values.residence,
    stakeholderGroup: values.stakeholderGroup,
    affiliations: rows.map((a, i) => ({
      organisationId: a.organisationId as OrganisationId,
      title: a.title.trim(),
      primary: i === primaryIndex,
    })),
    expertise: [...values.expertise],
    languages: [...values.languages],
    email: values.email.trim(),
    phone: values.phone.trim(),
    consent: {
      basis: values.consent.basis,
      date: values.consent.date,
      source: values.consent.source.trim(),
    },
    retainUntil: values.retainUntil,
    notes: values.notes,
    tags: [...values.tags],
    attributes: { ...values.attributes },
  };
}

/** Whether two form states would store the same person. */
export function sameDraft(a: PersonFormValues, b: PersonFormValues): boolean {
  return JSON.stringify(toDraft(a)) === JSON.stringify(toDraft(b));
}

// Valid metadata so that the record schema can check a draft before it has an id.
const STUB_META = {
  id: `per_${'0'.repeat(32)}`,
  createdAt: '2000-01-01T00:00:00.000Z',
  updatedAt: '2000-01-01T00:00:00.000Z',
  updatedBy: 'form',
  revision: 1,
  deletedAt: null,
};

export function issuesToFields(issues: readonly FieldIssue[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) fields[issue.path] ??= issue.message;
  return fields;
}

/** The errors the form would get from the repository, plus those only the form can have. */
export function validatePersonForm(values: PersonFormValues): FieldErrors {
  const fields: FieldErrors = {};
  values.affiliations.forEach((row, i) => {
    if (row.organisationId === null && row.title.trim() !== '') {
      fields[`affiliations.${i}.organisationId`] = 'people.form.organisationRequired';
    }
  });
  const checked = validateRecord('people', { ...toDraft(values), ...STUB_META });
  if (checked.ok) return fields;
  // toDraft leaves out rows without an organisation: point issues back at the form's rows.
  const kept = values.affiliations.flatMap((row, i) => (row.organisationId === null ? [] : [i]));
  const issues = checked.issues.map((issue) => {
    const match = /^affiliations\.(\d+)(\..*)?$/.exec(issue.path);
    if (!match) return issue;
    return {
      ...issue,
      path: `affiliations.${kept[Number(match[1])] ?? match[1]}${match[2] ?? ''}`,
    };
  });
  for (const [path, message] of Object.entries(issuesToFields(issues))) fields[path] ??= message;
  return fields;
}

/**
 * The error to show on a field: its own, else the first on something inside it
 * ("nationalities.1" for "nationalities"), else one on its parent ("consent" for "consent.date",
 * as the repository's errors name only the top-level field).
 */
export function fieldError(fields: FieldErrors, path: string): string | undefined {
  if (fields[path] !== undefined) return fields[path];
  const inside = Object.keys(fields).find((k) => k.startsWith(`${path}.`));
  if (inside !== undefined) return fields[inside];
  const parts = path.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const parent = parts.slice(0, n).join('.');
    if (fields[parent] !== undefined) return fields[parent];
  }
  return undefined;
}

/** Splits typed text on commas into trimmed, non-empty entries. */
export function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Adds entries that are not already there (ignoring case), keeping the existing order. */
export function addTags(existing: readonly string[], text: string): string[] {
  const seen = new Set(existing.map((s) => s.toLocaleLowerCase()));
  const out = [...existing];
  for (const tag of splitTags(text)) {
    const key = tag.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Organisations for a picker: by name, with the acronym beside it and searchable. */
export function organisationOptions(
  organisations: readonly Organisation[],
  locale = 'en',
): Option[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return organisations
    .map((o) => ({
      value: o.id,
      label: o.name,
      ...(o.acronym.trim() !== '' ? { meta: o.acronym, keywords: [o.acronym] } : {}),
    }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
