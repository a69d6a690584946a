// The Plenary data model (DESIGN.md): the record types every layer shares.
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

export const GENDERS = [
  'woman',
  'man',
  'non-binary',
  'self-described',
  'prefers-not-to-say',
  'unknown',
] as const;
export type Gender = (typeof GENDERS)[number];

/** Stakeholder groups of people, and types of organisations: one list for both. */
export const STAKEHOLDER_GROUPS = [
  'academia',
  'local-regional-government',
  'national-government',
  'un-system',
  'international-organisation',
  'private-sector',
  'civil-society',
  'community-based',
  'media',
  'other',
] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];

export const PROCESS_KINDS = ['process'] as const;
export const EVENT_KINDS = [
  'conference',
  'expert-group-meeting',
  'regional-consultation',
  'private-sector-consultation',
  'online-consultation',
  'other-event',
] as const;
export const SESSION_KINDS = [
  'podium',
  'breakout-room',
  'panel',
  'plenary',
  'keynote-session',
  'other-session',
] as const;
export const ALL_EVENT_KINDS = [...PROCESS_KINDS, ...EVENT_KINDS, ...SESSION_KINDS] as const;
export type EventKind = (typeof ALL_EVENT_KINDS)[number];
/** 0: a process (a consultation track), 1: an event within it, 2: a session within an event. */
export type EventLevel = 0 | 1 | 2;

export function eventLevel(kind: EventKind): EventLevel {
  if ((PROCESS_KINDS as readonly string[]).includes(kind)) return 0;
  if ((EVENT_KINDS as readonly string[]).includes(kind)) return 1;
  return 2;
}

export const EVENT_MODES = ['in-person', 'online', 'hybrid'] as const;
export type EventMode = (typeof EVENT_MODES)[number];

export const PARTICIPATION_ROLES = [
  'keynote',
  'speaker',
  'panelist',
  'moderator',
  'critical-friend',
  'contributor',
  'rapporteur',
  'organiser',
  'participant',
] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];
/** Roles that put a person on the podium: used by panel checks. */
export const SPEAKING_ROLES: readonly ParticipationRole[] = [
  'keynote',
  'speaker',
  'panelist',
  'moderator',
];

/** The invitation funnel, in order: candidate → shortlisted → invited → confirmed | declined → attended | no-show. */
export const PARTICIPATION_STATUSES = [
  'candidate',
  'shortlisted',
  'invited',
  'confirmed',
  'declined',
  'attended',
  'no-show',
] as const;
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];

export const RELATIONSHIP_KINDS = [
  'colleague',
  'referral',
  'network-member',
  'partnership',
  'other',
] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/** Lawful bases for processing personal data (GDPR Art. 6, also used by UN data protection policies). */
export const LEGAL_BASES = [
  'consent',
  'legitimate-interest',
  'public-task',
  'contract',
  'legal-obligation',
  'vital-interest',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/**
 * One write to a record, as merge bookkeeping (shared/merge): who made it, their n-th write to
 * this record (0 for writes from before merge tracking existed), and when.
 */
export type WriteDot = { by: string; n: number; at: string };

/**
 * Optional merge bookkeeping, maintained by the writer (shared/merge/clock.ts). Records without it
 * (older files, imports) still validate and merge conservatively.
 */
export type RecordSync = {
  /** Per writer label: how many of its writes to this record this state includes. */
  vv: Record<string, number>;
  /** Untracked (n = 0) writes this state includes, as `by@at` keys, sorted. */
  seen: string[];
  /** Per field: the write that set its current value. */
  fields: Record<string, WriteDot>;
};

/** Fields every stored record carries, so that workspaces of several team members can merge. */
export type RecordMeta<Id extends string> = {
  id: Id;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  /** The device or user label that made the last change. */
  updatedBy: string;
  /** Starts at 1, increases by one on every change. */
  revision: number;
  /** A deletion tombstone: the time of deletion, or null while the record is live. */
  deletedAt: string | null;
  /** Field-level merge bookkeeping; absent on records written before team merging. */
  sync?: RecordSync;
};

export type Affiliation = {
  organisationId: OrganisationId;
  title: string;
  primary: boolean;
};

export type Consent = {
  basis: LegalBasis | null;
  /** ISO date (YYYY-MM-DD) on which the basis was recorded. */
  date: string | null;
  source: string;
};

export type Person = RecordMeta<PersonId> & {
  honorific: string;
  givenName: string;
  familyName: string;
  gender: Gender;
  /** Only for gender 'self-described': the person's own words. */
  genderSelfDescription: string;
  nationalities: Iso2[];
  residence: Iso2 | null;
  stakeholderGroup: StakeholderGroup | null;
  affiliations: Affiliation[];
  expertise: string[];
  languages: string[];
  email: string;
  phone: string;
  consent: Consent;
  /** ISO date after which the record should be reviewed for deletion. */
  retainUntil: string | null;
  notes: string;
  tags: string[];
  /** Custom fields ("age bracket", "sector"…), usable as representation dimensions. */
  attributes: Record<string, string>;
};

export type Organisation = RecordMeta<OrganisationId> & {
  name: string;
  acronym: string;
  type: StakeholderGroup;
  country: Iso2 | null;
  parentId: OrganisationId | null;
  website: string;
  notes: string;
};

export type PlenaryEvent = RecordMeta<EventId> & {
  name: string;
  kind: EventKind;
  parentId: EventId | null;
  /** ISO dates (YYYY-MM-DD). */
  startDate: string | null;
  endDate: string | null;
  city: string;
  country: Iso2 | null;
  mode: EventMode;
  theme: string;
  notes: string;
};

export type Participation = RecordMeta<ParticipationId> & {
  personId: PersonId;
  eventId: EventId;
  role: ParticipationRole;
  status: ParticipationStatus;
  notes: string;
};

export type PartyRef =
  | { type: 'person'; id: PersonId }
  | { type: 'organisation'; id: OrganisationId };

export type Relationship = RecordMeta<RelationshipId> & {
  from: PartyRef;
  to: PartyRef;
  kind: RelationshipKind;
  label: string;
};

/** What a representation target or analysis counts people by. */
export type Dimension =
  | { kind: 'gender' }
  | { kind: 'nationality'; scheme: string }
  | { kind: 'residence'; scheme: string }
  | { kind: 'stakeholder-group' }
  | { kind: 'organisation-type' }
  | { kind: 'attribute'; key: string };

export type TargetRule = {
  category: string;
  minShare: number | null;
  maxShare: number | null;
  minCount: number | null;
  maxCount: number | null;
};

export type Target = RecordMeta<TargetId> & {
  name: string;
  /** null: the target applies to every event. */
  eventId: EventId | null;
  dimension: Dimension;
  population: { statuses: ParticipationStatus[]; roles: ParticipationRole[] };
  rules: TargetRule[];
};

export type RegionGroup = { label: string; countries: Iso2[] };

/** A user-defined grouping of countries; the M49 and UN schemes are built in (shared/reference). */
export type RegionScheme = RecordMeta<RegionSchemeId> & {
  name: string;
  groups: RegionGroup[];
};

export const SAVED_VIEW_KINDS = ['people', 'network', 'representation', 'planner'] as const;
export type SavedViewKind = (typeof SAVED_VIEW_KINDS)[number];

export type SavedView = RecordMeta<SavedViewId> & {
  name: string;
  view: SavedViewKind;
  state: Record<string, unknown>;
};

/** Every record table of a workspace, by name. */
export type WorkspaceTables = {
  people: Person;
  organisations: Organisation;
  events: PlenaryEvent;
  participations: Participation;
  relationships: Relationship;
  targets: Target;
  regionSchemes: RegionScheme;
  savedViews: SavedView;
};
export type TableName = keyof WorkspaceTables;
export const TABLE_NAMES = [
  'people',
  'organisations',
  'events',
  'participations',
  'relationships',
  'targets',
  'regionSchemes',
  'savedViews',
] as const satisfies readonly TableName[];

export type AnyRecord = WorkspaceTables[TableName];

/** A whole workspace in memory: what the demo generator builds and workspace files hold. */
export type WorkspaceData = { [T in TableName]: WorkspaceTables[T][] };

export function emptyWorkspaceData(): WorkspaceData {
  return {
    people: [],
    organisations: [],
    events: [],
    participations: [],
    relationships: [],
    targets: [],
    regionSchemes: [],
    savedViews: [],
  };
}

export function personDisplayName(p: Pick<Person, 'givenName' | 'familyName'>): string {
  return [p.givenName, p.familyName].filter((s) => s.trim() !== '').join(' ');
}

export type {
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
