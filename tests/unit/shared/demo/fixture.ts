// The demo workspace the demo tests look at, generated once per test file, and the look-ups
// they share.
import { generateDemoWorkspace } from '@shared/demo';
import type { Gender, PlenaryEvent, Person, WorkspaceData } from '@shared/domain/model';
import { SPEAKING_ROLES, eventLevel } from '@shared/domain/model';
import { countryByIso2 } from '@shared/reference/countries';

export const NOW = '2026-11-28T09:00:00.000Z';
export const TODAY = NOW.slice(0, 10);

export const demo = (seed?: number, now = NOW): WorkspaceData =>
  generateDemoWorkspace({ ...(seed === undefined ? {} : { seed }), now });

export const byId = <T extends { id: string }>(records: readonly T[]) =>
  new Map<string, T>(records.map((r) => [r.id, r]));

/** Past: ended before today; upcoming: starts after today. */
export function timing(event: PlenaryEvent): 'past' | 'ongoing' | 'upcoming' {
  if (event.endDate !== null && event.endDate < TODAY) return 'past';
  if (event.startDate !== null && event.startDate > TODAY) return 'upcoming';
  return 'ongoing';
}

/** Sessions whose speaking roles are all held by men, by name. */
export function allMaleSessions(w: WorkspaceData): string[] {
  const people = byId(w.people);
  return w.events
    .filter((e) => eventLevel(e.kind) === 2)
    .filter((e) => {
      const genders: Gender[] = w.participations
        .filter((p) => p.eventId === e.id && SPEAKING_ROLES.includes(p.role))
        .map((p) => people.get(p.personId)?.gender ?? 'unknown');
      return genders.length > 0 && genders.every((g) => g === 'man');
    })
    .map((e) => e.name);
}

export const isFromLdc = (p: Person) =>
  [...p.nationalities, ...(p.residence === null ? [] : [p.residence])].some(
    (c) => countryByIso2(c)?.ldc === true,
  );

/** Declines among answered invitations (declined, confirmed, attended, no-show). */
export function declineRates(w: WorkspaceData, inGroup: (p: Person) => boolean) {
  const people = byId(w.people);
  const tally = { group: { declined: 0, answered: 0 }, others: { declined: 0, answered: 0 } };
  for (const r of w.participations) {
    if (!['declined', 'confirmed', 'attended', 'no-show'].includes(r.status)) continue;
    const person = people.get(r.personId);
    if (person === undefined) continue;
    const bucket = inGroup(person) ? tally.group : tally.others;
    bucket.answered += 1;
    if (r.status === 'declined') bucket.declined += 1;
  }
  return {
    ...tally,
    groupRate: tally.group.declined / tally.group.answered,
    othersRate: tally.others.declined / tally.others.answered,
  };
}
