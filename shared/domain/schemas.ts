// Validation schemas for every record type. Error messages are i18n keys (`validation.*`), so the
// renderer can show them next to the field in the user's language.
import { z } from 'zod';
import { isIso2 } from '../reference/countries';
import type {
  EventId,
  Iso2,
  OrganisationId,
  ParticipationId,
  PersonId,
  RegionSchemeId,
  RelationshipId,
  SavedViewId,
  TargetId,
} from './ids';
import {
  ALL_EVENT_KINDS,
  EVENT_MODES,
  GENDERS,
  LEGAL_BASES,
  PARTICIPATION_ROLES,
  PARTICIPATION_STATUSES,
  RELATIONSHIP_KINDS,
  SAVED_VIEW_KINDS,
  STAKEHOLDER_GROUPS,
} from './model';
import type {
  Organisation,
  Participation,
  Person,
  PlenaryEvent,
  RegionScheme,
  Relationship,
  SavedView,
  TableName,
  Target,
  WorkspaceTables,
  WriteDot,
} from './model';

export const MSG = {
  required: 'validation.required',
  tooLong: 'validation.tooLong',
  invalidId: 'validation.invalidId',
  invalidCountry: 'validation.invalidCountry',
  invalidEmail: 'validation.invalidEmail',
  invalidDate: 'validation.invalidDate',
  invalidTimestamp: 'validation.invalidTimestamp',
  invalidChoice: 'validation.invalidChoice',
  duplicateCountry: 'validation.duplicateCountry',
  duplicateAffiliation: 'validation.duplicateAffiliation',
  selfDescriptionRequired: 'validation.selfDescriptionRequired',
  endBeforeStart: 'validation.endBeforeStart',
  shareRange: 'validation.shareRange',
  countRange: 'validation.countRange',
  minAboveMax: 'validation.minAboveMax',
  sameParty: 'validation.sameParty',
  invalidRecord: 'validation.invalidRecord',
} as const;
export type ValidationMessageKey = (typeof MSG)[keyof typeof MSG];

const idOf = <T extends string>(prefix: string) => {
  // Compiled once per id kind, not on every check (an import checks hundreds of thousands).
  const pattern = new RegExp(`^${prefix}_[0-9a-f]{32}$`);
  return z.custom<T>((v) => typeof v === 'string' && pattern.test(v), { error: MSG.invalidId });
};

export const personIdSchema = idOf<PersonId>('per');
export const organisationIdSchema = idOf<OrganisationId>('org');
export const eventIdSchema = idOf<EventId>('evt');
export const participationIdSchema = idOf<ParticipationId>('par');
export const relationshipIdSchema = idOf<RelationshipId>('rel');
export const targetIdSchema = idOf<TargetId>('tgt');
export const regionSchemeIdSchema = idOf<RegionSchemeId>('reg');
export const savedViewIdSchema = idOf<SavedViewId>('viw');

export const iso2Schema = z.custom<Iso2>((v) => isIso2(v), { error: MSG.invalidCountry });

const text = (max: number) => z.string({ error: MSG.required }).max(max, { error: MSG.tooLong });
const requiredText = (max: number) => text(max).trim().min(1, { error: MSG.required });
const isoDate = z.iso.date({ error: MSG.invalidDate });
const timestamp = z.iso.datetime({ error: MSG.invalidTimestamp });
const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: MSG.invalidChoice });

const dotSchema = z.object({ by: z.string().max(200), n: z.number().int().min(0), at: timestamp });
/** Dots known to pass, by content (`by`, `n`, `at`); bounded, a few per write in practice. */
const validDots = new Set<string>();
const DOTS_REMEMBERED = 1_000;

/**
 * A write dot: exactly `by`, `n` and `at`, as dotSchema has them. A record's ~18 fields mostly
 * carry the same dot (every field of a new record does), and zod's object parse with its
 * date-time pattern, once per field, was most of the time of validating a new person (an
 * import's write checks 50,000): a dot with the content of one already accepted is accepted
 * without parsing it again. The check is the same; unlike the object schema it refuses unknown
 * keys in a dot instead of dropping them (nothing writes any).
 */
function isDot(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { by, n, at } = value as Record<string, unknown>;
  if (typeof by !== 'string' || typeof n !== 'number' || typeof at !== 'string') return false;
  if (Object.keys(value).length !== 3) return false;
  const key = `${n}\u0000${at}\u0000${by}`;
  if (validDots.has(key)) return true;
  if (!dotSchema.safeParse(value).success) return false;
  if (validDots.size >= DOTS_REMEMBERED) validDots.clear();
  validDots.add(key);
  return true;
}

/**
 * The per-field dots: what z.record(z.string().max(100), dot) accepts, checked in one loop —
 * zod's record parse builds a new object entry by entry, ~90 µs for a person's ~18 fields.
 */
function isFieldDots(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // The fields of a new record share one dot object: checked once per record, not once per field
  // (building and hashing each field's key was a third of validating a new person). Nothing runs
  // between two fields of this loop, so the object checked a field ago is still the same.
  let accepted: unknown = undefined;
  const dots = value as Record<string, unknown>;
  for (const field of Object.keys(dots)) {
    const dot = dots[field];
    if (field.length > 100) return false;
    if (dot === accepted) continue;
    if (!isDot(dot)) return false;
    accepted = dot;
  }
  return true;
}

const syncSchema = z.object({
  vv: z.record(z.string().max(200), z.number().int().min(0)),
  seen: z.array(z.string().max(300)).max(1000),
  fields: z.custom<Record<string, WriteDot>>(isFieldDots, { error: MSG.invalidRecord }),
});

const meta = <T extends string>(id: z.ZodType<T>) => ({
  id,
  createdAt: timestamp,
  updatedAt: timestamp,
  updatedBy: text(200),
  revision: z.number().int().min(1),
  deletedAt: timestamp.nullable(),
  sync: syncSchema.optional(),
});

const emailSchema = z.union([z.literal(''), z.email({ error: MSG.invalidEmail }).max(320)], {
  error: MSG.invalidEmail,
});

/** The e-mail rule people records are held to, for checks before a write (import preview). */
export function isValidEmail(value: string): boolean {
  return emailSchema.safeParse(value).success;
}

export const personSchema = z
  .object({
    ...meta(personIdSchema),
    honorific: text(40),
    givenName: text(200),
    familyName: requiredText(200),
    gender: choice(GENDERS),
    genderSelfDescription: text(200),
    nationalities: z.array(iso2Schema).max(10),
    residence: iso2Schema.nullable(),
    stakeholderGroup: choice(STAKEHOLDER_GROUPS).nullable(),
    affiliations: z
      .array(
        z.object({
          organisationId: organisationIdSchema,
          title: text(200),
          primary: z.boolean(),
        }),
      )
      .max(50),
    expertise: z.array(requiredText(100)).max(50),
    languages: z.array(requiredText(50)).max(20),
    email: emailSchema,
    phone: text(50),
    consent: z.object({
      basis: choice(LEGAL_BASES).nullable(),
      date: isoDate.nullable(),
      source: text(500),
    }),
    retainUntil: isoDate.nullable(),
    notes: text(10_000),
    tags: z.array(requiredText(60)).max(50),
    attributes: z.record(requiredText(60), text(500)),
  })
  .superRefine((p, ctx) => {
    if (p.gender === 'self-described' && p.genderSelfDescription.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['genderSelfDescription'],
        message: MSG.selfDescriptionRequired,
      });
    }
    if (new Set(p.nationalities).size !== p.nationalities.length) {
      ctx.addIssue({ code: 'custom', path: ['nationalities'], message: MSG.duplicateCountry });
    }
    const orgs = p.affiliations.map((a) => a.organisationId);
    if (new Set(orgs).size !== orgs.length) {
      ctx.addIssue({ code: 'custom', path: ['affiliations'], message: MSG.duplicateAffiliation });
    }
  }) satisfies z.ZodType<Person>;

export const organisationSchema = z.object({
  ...meta(organisationIdSchema),
  name: requiredText(300),
  acronym: text(40),
  type: choice(STAKEHOLDER_GROUPS),
  country: iso2Schema.nullable(),
  parentId: organisationIdSchema.nullable(),
  website: text(500),
  notes: text(10_000),
}) satisfies z.ZodType<Organisation>;

export const eventSchema = z
  .object({
    ...meta(eventIdSchema),
    name: requiredText(300),
    kind: choice(ALL_EVENT_KINDS),
    parentId: eventIdSchema.nullable(),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
    city: text(200),
    country: iso2Schema.nullable(),
    mode: choice(EVENT_MODES),
    theme: text(500),
    notes: text(10_000),
  })
  .superRefine((e, ctx) => {
    if (e.startDate !== null && e.endDate !== null && e.endDate < e.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: MSG.endBeforeStart });
    }
  }) satisfies z.ZodType<PlenaryEvent>;

export const participationSchema = z.object({
  ...meta(participationIdSchema),
  personId: personIdSchema,
  eventId: eventIdSchema,
  role: choice(PARTICIPATION_ROLES),
  status: choice(PARTICIPATION_STATUSES),
  notes: text(10_000),
}) satisfies z.ZodType<Participation>;

const partyRefSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('person'), id: personIdSchema }),
  z.object({ type: z.literal('organisation'), id: organisationIdSchema }),
]);

export const relationshipSchema = z
  .object({
    ...meta(relationshipIdSchema),
    from: partyRefSchema,
    to: partyRefSchema,
    kind: choice(RELATIONSHIP_KINDS),
    label: text(200),
  })
  .superRefine((r, ctx) => {
    if (r.from.type === r.to.type && r.from.id === r.to.id) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: MSG.sameParty });
    }
  }) satisfies z.ZodType<Relationship>;

const dimensionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('gender') }),
  z.object({ kind: z.literal('nationality'), scheme: requiredText(100) }),
  z.object({ kind: z.literal('residence'), scheme: requiredText(100) }),
  z.object({ kind: z.literal('stakeholder-group') }),
  z.object({ kind: z.literal('organisation-type') }),
  z.object({ kind: z.literal('attribute'), key: requiredText(60) }),
]);

const share = z.number().min(0, { error: MSG.shareRange }).max(1, { error: MSG.shareRange });
const count = z.number().int({ error: MSG.countRange }).min(0, { error: MSG.countRange });

export const targetRuleSchema = z
  .object({
    category: requiredText(200),
    minShare: share.nullable(),
    maxShare: share.nullable(),
    minCount: count.nullable(),
    maxCount: count.nullable(),
  })
  .superRefine((r, ctx) => {
    if (r.minShare !== null && r.maxShare !== null && r.minShare > r.maxShare) {
      ctx.addIssue({ code: 'custom', path: ['maxShare'], message: MSG.minAboveMax });
    }
    if (r.minCount !== null && r.maxCount !== null && r.minCount > r.maxCount) {
      ctx.addIssue({ code: 'custom', path: ['maxCount'], message: MSG.minAboveMax });
    }
  });

export const targetSchema = z.object({
  ...meta(targetIdSchema),
  name: requiredText(200),
  eventId: eventIdSchema.nullable(),
  dimension: dimensionSchema,
  population: z.object({
    statuses: z.array(choice(PARTICIPATION_STATUSES)),
    roles: z.array(choice(PARTICIPATION_ROLES)),
  }),
  rules: z.array(targetRuleSchema).max(500),
}) satisfies z.ZodType<Target>;

export const regionSchemeSchema = z.object({
  ...meta(regionSchemeIdSchema),
  name: requiredText(200),
  groups: z.array(z.object({ label: requiredText(200), countries: z.array(iso2Schema) })).max(300),
}) satisfies z.ZodType<RegionScheme>;

export const savedViewSchema = z.object({
  ...meta(savedViewIdSchema),
  name: requiredText(200),
  view: choice(SAVED_VIEW_KINDS),
  state: z.record(z.string(), z.unknown()),
}) satisfies z.ZodType<SavedView>;

export const RECORD_SCHEMAS: { [T in TableName]: z.ZodType<WorkspaceTables[T]> } = {
  people: personSchema,
  organisations: organisationSchema,
  events: eventSchema,
  participations: participationSchema,
  relationships: relationshipSchema,
  targets: targetSchema,
  regionSchemes: regionSchemeSchema,
  savedViews: savedViewSchema,
};

/** One problem with a record: the dotted field path and an i18n message key. */
export type FieldIssue = { path: string; message: string };

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

export function validateRecord<T extends TableName>(
  table: T,
  record: unknown,
): ValidationResult<WorkspaceTables[T]> {
  const result = RECORD_SCHEMAS[table].safeParse(record);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({
      path: i.path.map(String).join('.'),
      message: i.message.startsWith('validation.') ? i.message : MSG.invalidRecord,
    })),
  };
}
