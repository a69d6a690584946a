// The user's decisions (rows to skip, duplicates to merge and how) + the prepared rows → the
// operations of one import and its report. Operations refer to new records by local keys, so
// the data layer can create them in one transaction (renderer) or `materialise` can turn them
// into records directly (command line, tests).
import type { RandomBytes } from '../domain/ids';
import { ID_PREFIXES, newId } from '../domain/ids';
import type {
  EventId,
  Organisation,
  OrganisationId,
  Participation,
  ParticipationRole,
  ParticipationStatus,
  Person,
  PersonId,
  RecordMeta,
  StakeholderGroup,
  WorkspaceData,
} from '../domain/model';
import { emptyWorkspaceData } from '../domain/model';
import type { DuplicateTarget } from './duplicates';
import type { IncomingPerson, PreparedRow } from './prepare';

export const MERGE_FIELDS = [
  'honorific',
  'givenName',
  'familyName',
  'gender',
  'nationalities',
  'residence',
  'stakeholderGroup',
  'email',
  'phone',
  'notes',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export type MergeDecision = {
  target: DuplicateTarget;
  /** Per field: keep the target's value (default, filling blanks from the row) or take the row's. */
  take?: Partial<Record<MergeField, 'incoming' | 'target'>>;
};

export type ImportDecisions = {
  skip: ReadonlySet<number>;
  merges: ReadonlyMap<number, MergeDecision>;
  /** The event that imported people take part in, with each row's role and status. */
  eventId: EventId | null;
};

type PersonDraft = Omit<Person, keyof RecordMeta<string>>;
type OrgDraft = Omit<Organisation, keyof RecordMeta<string>>;
export type PersonRef = { kind: 'new'; key: string } | { kind: 'existing'; id: PersonId };
export type OrgRef = { kind: 'new'; key: string } | { kind: 'existing'; id: OrganisationId };

export type ImportOps = {
  organisations: { key: string; draft: OrgDraft }[];
  /** New people; `affiliation` is resolved to an organisation id when applied. */
  people: { key: string; draft: PersonDraft; affiliation: { org: OrgRef; title: string } | null }[];
  updates: {
    id: PersonId;
    draft: PersonDraft;
    affiliation: { org: OrgRef; title: string } | null;
  }[];
  participations: {
    person: PersonRef;
    eventId: EventId;
    role: ParticipationRole;
    status: ParticipationStatus;
  }[];
};

export type ImportReport = { added: number; updated: number; skipped: number; merged: number };

function draftFrom(p: IncomingPerson): PersonDraft {
  return {
    honorific: p.honorific,
    givenName: p.givenName,
    familyName: p.familyName,
    gender: p.gender,
    genderSelfDescription: p.genderSelfDescription,
    nationalities: [...p.nationalities],
    residence: p.residence,
    stakeholderGroup: p.stakeholderGroup,
    affiliations: [],
    expertise: [...p.expertise],
    languages: [...p.languages],
    email: p.email,
    phone: p.phone,
    consent: { basis: null, date: null, source: '' },
    retainUntil: null,
    notes: p.notes,
    tags: [...p.tags],
    attributes: {},
  };
}

const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])];
const blank = (v: unknown) =>
  v === '' || v === null || (Array.isArray(v) && v.length === 0) || v === 'unknown';

export function mergeDrafts(
  target: PersonDraft,
  incoming: PersonDraft,
  take: MergeDecision['take'] = {},
): PersonDraft {
  const out: PersonDraft = { ...target };
  for (const field of MERGE_FIELDS) {
    const choice = take[field] ?? 'target';
    if (field === 'gender') {
      if (choice === 'incoming' || blank(target.gender)) {
        out.gender = incoming.gender;
        out.genderSelfDescription = incoming.genderSelfDescription;
      }
      continue;
    }
    if (field === 'nationalities' && choice === 'target') {
      out.nationalities = union(target.nationalities, incoming.nationalities);
      continue;
    }
    if (choice === 'incoming' || blank(target[field])) {
      (out as Record<string, unknown>)[field] = incoming[field];
    }
  }
  out.expertise = union(target.expertise, incoming.expertise);
  out.languages = union(target.languages, incoming.languages);
  out.tags = union(target.tags, incoming.tags);
  return out;
}

export function buildImport(
  rows: readonly PreparedRow[],
  decisions: ImportDecisions,
  workspace: Pick<WorkspaceData, 'people' | 'participations'>,
): { ops: ImportOps; report: ImportReport } {
  const ops: ImportOps = { organisations: [], people: [], updates: [], participations: [] };
  const report: ImportReport = { added: 0, updated: 0, skipped: 0, merged: 0 };
  const orgKeys = new Map<string, string>();
  const rowPerson = new Map<number, PersonRef>();
  const peopleByKey = new Map<string, ImportOps['people'][number]>();
  const updatesById = new Map<PersonId, ImportOps['updates'][number]>();
  const existing = new Map(
    workspace.people.filter((p) => p.deletedAt === null).map((p) => [p.id, p]),
  );
  const participating = new Set(
    workspace.participations
      .filter((p) => p.deletedAt === null)
      .map((p) => `${p.personId}|${p.eventId}`),
  );

  for (const r of rows) {
    if (decisions.skip.has(r.row) || r.problems.some((p) => p.severity === 'error')) {
      report.skipped++;
      continue;
    }
    let org: OrgRef | null = null;
    if (r.organisation?.kind === 'existing') org = { kind: 'existing', id: r.organisation.id };
    else if (r.organisation?.kind === 'new') {
      let key = orgKeys.get(r.organisation.key);
      if (key === undefined) {
        key = `org${orgKeys.size + 1}`;
        orgKeys.set(r.organisation.key, key);
        ops.organisations.push({
          key,
          draft: {
            name: r.organisation.name,
            acronym: r.organisation.acronym,
            type: (r.person.stakeholderGroup ?? 'other') satisfies StakeholderGroup,
            country: null,
            parentId: null,
            website: '',
            notes: '',
          },
        });
      }
      org = { kind: 'new', key };
    }
    const affiliation = org ? { org, title: r.person.title } : null;
    const incoming = draftFrom(r.person);
    const merge = decisions.merges.get(r.row);
    let ref: PersonRef | undefined;
    if (merge?.target.kind === 'existing') {
      const id = merge.target.id;
      const prior = updatesById.get(id);
      const base = prior?.draft ?? existing.get(id);
      if (base) {
        const draft = mergeDrafts(base, incoming, merge.take);
        if (prior) prior.draft = draft;
        else {
          const u = { id, draft, affiliation };
          updatesById.set(id, u);
          ops.updates.push(u);
          report.updated++;
        }
        report.merged++;
        ref = { kind: 'existing', id };
      }
    } else if (merge?.target.kind === 'row') {
      const targetRef = rowPerson.get(merge.target.row);
      const target = targetRef?.kind === 'new' ? peopleByKey.get(targetRef.key) : undefined;
      if (target) {
        target.draft = mergeDrafts(target.draft, incoming, merge.take);
        target.affiliation ??= affiliation;
        report.merged++;
        ref = targetRef;
      }
    }
    if (!ref) {
      const key = `per${peopleByKey.size + 1}`;
      const entry = { key, draft: incoming, affiliation };
      peopleByKey.set(key, entry);
      ops.people.push(entry);
      report.added++;
      ref = { kind: 'new', key };
    }
    rowPerson.set(r.row, ref);
    if (decisions.eventId) {
      const pk =
        ref.kind === 'existing'
          ? `${ref.id}|${decisions.eventId}`
          : `${ref.key}|${decisions.eventId}`;
      if (!participating.has(pk)) {
        participating.add(pk);
        ops.participations.push({
          person: ref,
          eventId: decisions.eventId,
          role: r.role ?? 'participant',
          status: r.status ?? 'candidate',
        });
      }
    }
  }
  return { ops, report };
}

export type MaterialiseContext = { now: string; device: string; randomBytes: RandomBytes };

/** The import's records — new ones with fresh ids, updated ones with the next revision. */
export function materialise(
  ops: ImportOps,
  workspace: WorkspaceData,
  ctx: MaterialiseContext,
): WorkspaceData {
  const delta = emptyWorkspaceData();
  const meta = <Id extends string>(prefix: (typeof ID_PREFIXES)[keyof typeof ID_PREFIXES]) => ({
    id: newId<Id>(prefix, ctx.randomBytes),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    updatedBy: ctx.device,
    revision: 1,
    deletedAt: null,
  });
  const orgIds = new Map<string, OrganisationId>();
  for (const o of ops.organisations) {
    const record: Organisation = { ...meta<OrganisationId>(ID_PREFIXES.organisations), ...o.draft };
    orgIds.set(o.key, record.id);
    delta.organisations.push(record);
  }
  const resolveOrg = (ref: OrgRef) => (ref.kind === 'existing' ? ref.id : orgIds.get(ref.key));
  const withAffiliation = (draft: PersonDraft, a: ImportOps['people'][number]['affiliation']) => {
    const orgId = a ? resolveOrg(a.org) : undefined;
    if (!a || !orgId || draft.affiliations.some((x) => x.organisationId === orgId)) return draft;
    return {
      ...draft,
      affiliations: [
        ...draft.affiliations,
        { organisationId: orgId, title: a.title, primary: draft.affiliations.length === 0 },
      ],
    };
  };
  const personIds = new Map<string, PersonId>();
  for (const p of ops.people) {
    const record: Person = {
      ...meta<PersonId>(ID_PREFIXES.people),
      ...withAffiliation(p.draft, p.affiliation),
    };
    personIds.set(p.key, record.id);
    delta.people.push(record);
  }
  const byId = new Map(workspace.people.map((p) => [p.id, p]));
  for (const u of ops.updates) {
    const before = byId.get(u.id);
    if (!before) continue;
    delta.people.push({
      ...before,
      ...withAffiliation(u.draft, u.affiliation),
      updatedAt: ctx.now,
      updatedBy: ctx.device,
      revision: before.revision + 1,
    });
  }
  for (const p of ops.participations) {
    const personId = p.person.kind === 'existing' ? p.person.id : personIds.get(p.person.key);
    if (!personId) continue;
    const record: Participation = {
      ...meta<Participation['id']>(ID_PREFIXES.participations),
      personId,
      eventId: p.eventId,
      role: p.role,
      status: p.status,
      notes: '',
    };
    delta.participations.push(record);
  }
  return delta;
}

/** The workspace with the delta applied: updated records replaced, new ones appended. */
export function applyDelta(workspace: WorkspaceData, delta: WorkspaceData): WorkspaceData {
  const out = { ...workspace };
  for (const table of Object.keys(delta) as (keyof WorkspaceData)[]) {
    const changes = delta[table] as { id: string }[];
    if (changes.length === 0) continue;
    const byId = new Map(changes.map((r) => [r.id, r]));
    const current = workspace[table] as { id: string }[];
    const kept = current.map((r) => byId.get(r.id) ?? r);
    const known = new Set(current.map((r) => r.id));
    (out as Record<string, unknown>)[table] = [...kept, ...changes.filter((r) => !known.has(r.id))];
  }
  return out;
}
