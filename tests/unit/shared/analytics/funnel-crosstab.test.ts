// The invitation funnel and cross-tabulation, on the hand-checkable fixture.
import { describe, expect, it } from 'vitest';
import { crossTab, invitationFunnel, stagesReached } from '@shared/analytics';
import { aParticipation, aPerson, aWorkspace, anEvent, iso2 } from '../../../helpers/builders';
import { everyone, fixture } from './fixture';

describe('invitationFunnel', () => {
  it('counts a decline as invited and declined', () => {
    expect(stagesReached('declined')).toEqual(['candidate', 'invited', 'declined']);
    expect(stagesReached('no-show')).toEqual(['candidate', 'invited', 'confirmed']);
    expect(stagesReached('shortlisted')).toEqual(['candidate']);
  });

  it('computes stage counts and rates per group', () => {
    const event = anEvent();
    const w = [0, 1, 2, 3].map(() => aPerson({ gender: 'woman' }));
    const m = [0, 1].map(() => aPerson({ gender: 'man' }));
    const statuses = ['attended', 'declined', 'invited', 'candidate'] as const;
    const participations = [
      ...w.map((p, i) =>
        aParticipation({ personId: p.id, eventId: event.id, status: statuses[i] }),
      ),
      aParticipation({ personId: m[0]?.id, eventId: event.id, status: 'confirmed' }),
      aParticipation({ personId: m[1]?.id, eventId: event.id, status: 'no-show' }),
    ];
    const data = aWorkspace({ people: [...w, ...m], events: [event], participations });
    const f = invitationFunnel(data, { kind: 'gender' }, { ...everyone, statuses: ['attended'] });
    const [women, men] = f.rows;
    expect(women).toMatchObject({
      key: 'woman',
      counts: { candidate: 4, invited: 3, confirmed: 1, declined: 1, attended: 1 },
      acceptanceRate: 1 / 3,
      declineRate: 1 / 3,
      attendanceRate: 1,
    });
    expect(men).toMatchObject({
      key: 'man',
      counts: { candidate: 2, invited: 2, confirmed: 2, declined: 0, attended: 0 },
      acceptanceRate: 1,
      attendanceRate: 0,
    });
    expect(f.total.counts).toEqual({
      candidate: 6,
      invited: 5,
      confirmed: 3,
      declined: 1,
      attended: 1,
    });
  });

  it('puts people without a value in a last unknown row and has no rates without invitations', () => {
    const { data, other } = fixture();
    const f = invitationFunnel(data, { kind: 'gender' }, { ...everyone, eventIds: [other.id] });
    expect(f.rows).toHaveLength(1);
    expect(f.rows[0]).toMatchObject({ key: null, counts: { candidate: 1, confirmed: 1 } });
    const empty = invitationFunnel(aWorkspace(), { kind: 'gender' }, everyone);
    expect(empty.total.acceptanceRate).toBeNull();
  });
});

describe('crossTab', () => {
  it('tabulates gender by region with unknowns and multi-nationality people', () => {
    const { data } = fixture();
    const t = crossTab(
      data,
      { kind: 'gender' },
      { kind: 'nationality', scheme: 'm49-region' },
      everyone,
    );
    expect(t.rows.map((r) => r.key)).toEqual(['woman', 'man', null]);
    expect(t.cols.map((c) => c.key)).toEqual(['Africa', 'Europe', null]);
    // Amina (woman, KE+FR), Bob (man, DE), Chen (unknown, none), Dana (woman, KE).
    expect(t.cells).toEqual([
      [2, 1, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    expect(t.rowTotals).toEqual([2, 1, 1]);
    expect(t.colTotals).toEqual([2, 2, 1]);
    expect(t.total).toBe(4);
  });

  it('lists every category with includeEmpty', () => {
    const person = aPerson({ gender: 'man', nationalities: [iso2('BR')] });
    const t = crossTab(
      aWorkspace({ people: [person] }),
      { kind: 'gender' },
      { kind: 'nationality', scheme: 'm49-region' },
      everyone,
      { includeEmpty: true },
    );
    expect(t.cols.map((c) => c.key)).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);
    expect(t.rows).toHaveLength(5);
    expect(t.cells[1]).toEqual([0, 1, 0, 0, 0]);
  });
});
