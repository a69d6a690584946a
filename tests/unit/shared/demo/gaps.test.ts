// The representation gaps planted in the demo, computed from the data the way an analysis would.
import { describe, expect, it } from 'vitest';
import { ALL_MALE_PODIUM, EMPTY_SUBREGION, PODIUMS } from '@shared/demo';
import { SPEAKING_ROLES, eventLevel } from '@shared/domain/model';
import { categoriesOf, regionOf } from '@shared/reference/regions';
import { allMaleSessions, byId, declineRates, demo, isFromLdc } from './fixture';

const w = demo();
const womenFromLdcs = (p: Parameters<typeof isFromLdc>[0]) => p.gender === 'woman' && isFromLdc(p);

describe('planted gap (a): an all-male panel', () => {
  it('has exactly one session whose speaking roles are all men: the Maintaining podium', () => {
    const podium = `Podium ${PODIUMS.indexOf(ALL_MALE_PODIUM) + 1}: ${ALL_MALE_PODIUM}`;
    expect(allMaleSessions(w)).toEqual([podium]);
    const event = w.events.find((e) => e.name === podium);
    const seated = w.participations.filter(
      (p) => p.eventId === event?.id && SPEAKING_ROLES.includes(p.role) && p.status === 'confirmed',
    );
    expect(seated.length).toBeGreaterThanOrEqual(4);
  });

  it('seats at least one person who is not a man in every other session', () => {
    const people = byId(w.people);
    const sessions = w.events.filter(
      (e) => eventLevel(e.kind) === 2 && !e.name.endsWith(ALL_MALE_PODIUM),
    );
    expect(sessions.length).toBeGreaterThanOrEqual(8);
    for (const s of sessions) {
      const seated = w.participations.filter(
        (p) =>
          p.eventId === s.id &&
          SPEAKING_ROLES.includes(p.role) &&
          ['confirmed', 'attended'].includes(p.status),
      );
      expect(
        seated.some((p) => people.get(p.personId)?.gender !== 'man'),
        s.name,
      ).toBe(true);
    }
  });
});

describe('planted gap (b): an M49 sub-region nobody comes from', () => {
  it('leaves Melanesia, and only Melanesia, without any nationality or residence', () => {
    const covered = new Set(
      w.people
        .flatMap((p) => [...p.nationalities, p.residence])
        .map((c) => regionOf('m49-subregion', c)),
    );
    const empty = categoriesOf('m49-subregion').filter((c) => !covered.has(c));
    expect(empty).toEqual([EMPTY_SUBREGION]);
    expect(
      w.organisations.some((o) => regionOf('m49-subregion', o.country) === EMPTY_SUBREGION),
    ).toBe(false);
  });
});

describe('planted gap (c): women from LDCs decline more often', () => {
  it('shows a decline rate at least 1.5 times that of everyone else', () => {
    const d = declineRates(w, womenFromLdcs);
    expect(d.group.answered).toBeGreaterThanOrEqual(30);
    expect(d.groupRate / d.othersRate).toBeGreaterThanOrEqual(1.5);
    expect(d.othersRate).toBeGreaterThan(0.05);
  });

  it('holds for other seeds and another date too', () => {
    for (const seed of [1, 2, 3]) {
      const d = declineRates(demo(seed), womenFromLdcs);
      expect(d.groupRate / d.othersRate, `seed ${seed}`).toBeGreaterThanOrEqual(1.5);
    }
    const d = declineRates(demo(undefined, '2026-06-01T12:00:00.000Z'), womenFromLdcs);
    expect(d.groupRate / d.othersRate).toBeGreaterThanOrEqual(1.5);
  });
});

describe('planted gap (d): unknown gender and nationality', () => {
  const share = (n: number) => n / w.people.length;

  it('has 3–10 % unknown or undisclosed gender, and a few non-binary and self-described people', () => {
    const undisclosed = w.people.filter(
      (p) => p.gender === 'unknown' || p.gender === 'prefers-not-to-say',
    );
    expect(share(undisclosed.length)).toBeGreaterThanOrEqual(0.03);
    expect(share(undisclosed.length)).toBeLessThanOrEqual(0.1);
    expect(w.people.filter((p) => p.gender === 'non-binary').length).toBeGreaterThanOrEqual(1);
    const selfDescribed = w.people.filter((p) => p.gender === 'self-described');
    expect(selfDescribed.length).toBeGreaterThanOrEqual(1);
    for (const p of selfDescribed) expect(p.genderSelfDescription.trim()).not.toBe('');
  });

  it('has 3–5 % of people without a nationality', () => {
    const stateless = w.people.filter((p) => p.nationalities.length === 0);
    expect(share(stateless.length)).toBeGreaterThanOrEqual(0.03);
    expect(share(stateless.length)).toBeLessThanOrEqual(0.05);
  });
});
