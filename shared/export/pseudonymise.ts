// A copy of the workspace for analysts: no names, no contact details, no free-text notes, and
// every identifier replaced by a fresh random one (consistently across references), so that two
// exports of the same workspace cannot be linked by id. Randomness is injected.
import type { IdPrefix, RandomBytes } from '../domain/ids';
import { newId } from '../domain/ids';
import type { PartyRef, WorkspaceData } from '../domain/model';

export function pseudonymise(data: WorkspaceData, randomBytes: RandomBytes): WorkspaceData {
  const map = new Map<string, string>();
  const id = <T extends string>(old: T): T => {
    let next = map.get(old);
    if (next === undefined) {
      next = newId<T>(old.slice(0, 3) as IdPrefix, randomBytes);
      map.set(old, next);
    }
    return next as T;
  };
  const maybe = <T extends string>(old: T | null): T | null => (old === null ? null : id(old));
  const meta = <R extends { id: string; updatedBy: string }>(r: R): R => ({
    ...r,
    id: id(r.id),
    updatedBy: 'pseudonymised',
  });
  const party = (p: PartyRef): PartyRef =>
    p.type === 'person' ? { type: 'person', id: id(p.id) } : { type: 'organisation', id: id(p.id) };
  return {
    people: data.people.map((p) => {
      const pid = id(p.id);
      return {
        ...meta(p),
        id: pid,
        honorific: '',
        givenName: '',
        // The model needs a family name: a code derived from the new random id.
        familyName: `P-${pid.slice(4, 12)}`,
        email: '',
        phone: '',
        notes: '',
        genderSelfDescription: p.gender === 'self-described' ? 'self-described' : '',
        consent: { ...p.consent, source: '' },
        affiliations: p.affiliations.map((a) => ({
          ...a,
          organisationId: id(a.organisationId),
          title: '',
        })),
        attributes: {},
      };
    }),
    organisations: data.organisations.map((o) => ({ ...meta(o), parentId: maybe(o.parentId) })),
    events: data.events.map((e) => ({ ...meta(e), parentId: maybe(e.parentId) })),
    participations: data.participations.map((x) => ({
      ...meta(x),
      personId: id(x.personId),
      eventId: id(x.eventId),
      notes: '',
    })),
    relationships: data.relationships.map((r) => ({
      ...meta(r),
      from: party(r.from),
      to: party(r.to),
      label: '',
    })),
    targets: data.targets.map((t) => ({ ...meta(t), eventId: maybe(t.eventId) })),
    regionSchemes: data.regionSchemes.map(meta),
    savedViews: data.savedViews.map((v) => ({ ...meta(v), state: {} })),
  };
}
