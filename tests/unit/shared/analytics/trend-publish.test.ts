// Trend over time and published (suppressed) cross-tabs, funnels and trends, with hand-computed
// values, including cases where naive suppression could be undone from the totals.
import { describe, expect, it } from 'vitest';
import type { CrossTab, Funnel, FunnelRow, TrendMetric } from '@shared/analytics';
import {
  WOMENS_SHARE,
  publishCrossTab,
  publishFunnel,
  publishTrend,
  suppressLine,
  trend,
} from '@shared/analytics';
import type { Gender, PlenaryEvent } from '@shared/domain/model';
import { aParticipation, aPerson, aWorkspace, anEvent, iso2 } from '../../../helpers/builders';

type P = { gender: Gender | null; nat: string[] };
const people = (n: number, gender: Gender | null, nat: string[] = []): P[] =>
  Array.from({ length: n }, () => ({ gender, nat }));

function workspace(events: { event: PlenaryEvent; who: P[] }[]) {
  const all = events.flatMap(({ event, who }) =>
    who.map((w) => ({
      event,
      person: aPerson({
        gender: w.gender ?? 'unknown',
        nationalities: w.nat.map((c) => iso2(c)),
      }),
    })),
  );
  return aWorkspace({
    events: events.map((e) => e.event),
    people: all.map((a) => a.person),
    participations: all.map((a) =>
      aParticipation({ personId: a.person.id, eventId: a.event.id, status: 'attended' }),
    ),
  });
}

describe('trend', () => {
  const late = anEvent({ name: 'B late', kind: 'conference', startDate: '2026-06-01' });
  const early = anEvent({ name: 'A early', kind: 'conference', startDate: '2025-03-10' });
  const undated = anEvent({ name: 'C undated', kind: 'conference', startDate: null });
  const data = workspace([
    // 3 women, 1 man, 1 unknown: women's share 3/4 of the known, unknown stated.
    {
      event: late,
      who: [
        ...people(3, 'woman', ['KE']),
        ...people(1, 'man', ['FR']),
        ...people(1, null, ['FR', 'JP']),
      ],
    },
    { event: early, who: [...people(1, 'woman', ['BR']), ...people(3, 'man', ['BR'])] },
    { event: undated, who: people(2, null) },
  ]);

  it("orders events by date, undated last, with women's share among the known", () => {
    const points = trend(data, WOMENS_SHARE);
    expect(
      points.map((p) => [p.event.name, p.date, p.total, p.unknown, p.count, p.of, p.value]),
    ).toEqual([
      ['A early', '2025-03-10', 4, 0, 1, 4, 0.25],
      ['B late', '2026-06-01', 5, 1, 3, 4, 0.75],
      // Nobody's gender known: no share, rather than a misleading 0 %.
      ['C undated', null, 2, 2, 0, 0, null],
    ]);
  });

  it('counts regions covered out of the scheme (a person with two nationalities in both)', () => {
    const metric: TrendMetric = {
      kind: 'coverage',
      dimension: { kind: 'nationality', scheme: 'm49-region' },
    };
    const points = trend(data, metric);
    // A early: Americas. B late: Africa, Europe, Asia (JP via the dual national). M49 has 5 regions.
    expect(points.map((p) => [p.count, p.of, p.value, p.unknown])).toEqual(
      [
        [1, 5, 0.2],
        [3, 5, 0.6],
        [0, 5, 0],
      ].map((r, i) => [...r, [0, 0, 2][i]]),
    );
  });

  it("follows any category's share, on chosen events only", () => {
    const metric: TrendMetric = {
      kind: 'share',
      dimension: { kind: 'nationality', scheme: 'country' },
      category: 'FR',
    };
    const points = trend(data, metric, { eventIds: [late.id] });
    expect(points).toHaveLength(1);
    // Everyone in B late has a nationality: 2 of 5 are French.
    expect(points[0]).toMatchObject({ count: 2, of: 5, value: 0.4 });
  });

  it('publishes a share with its count hidden when small, and the share with it', () => {
    const points = trend(data, WOMENS_SHARE);
    const published = publishTrend(points, WOMENS_SHARE, { suppress: true, threshold: 5 });
    // A early: 1 woman (small) and 3 men (small) — both hidden; the total 4 is small too.
    expect(published[0]).toEqual({ total: '<5', unknown: '0', count: '<5', value: null });
    // B late: 3 women, 1 man, 1 unknown all small; total 5 stays.
    expect(published[1]).toEqual({ total: '5', unknown: '<5', count: '<5', value: null });
    expect(publishTrend(points, WOMENS_SHARE, { suppress: false })[1]).toEqual({
      total: '5',
      unknown: '1',
      count: '3',
      value: 0.75,
    });
  });
});

describe('suppressLine', () => {
  it('hides the next smallest entry when only one would be hidden', () => {
    // 2 is small; 10 − 8 would reveal it, so 8 goes too; 20 and the total stay.
    expect(suppressLine([8, 2, 20], 30, 5)).toEqual({ values: [null, null, 20], total: 30 });
    expect(suppressLine([8, 9], 17, 5)).toEqual({ values: [8, 9], total: 17 });
  });
});

describe('publishCrossTab', () => {
  // gender × region: a 1 in a corner. Naively hiding it alone: 1 = row total 11 − 10.
  const tab: CrossTab = {
    rows: [
      { key: 'woman', label: 'Woman' },
      { key: 'man', label: 'Man' },
    ],
    cols: [
      { key: 'Africa', label: 'Africa' },
      { key: 'Europe', label: 'Europe' },
    ],
    cells: [
      [10, 1],
      [12, 9],
    ],
    rowTotals: [11, 21],
    colTotals: [22, 10],
    total: 32,
  };

  it('shows every number when suppression is off', () => {
    expect(publishCrossTab(tab, { suppress: false })).toMatchObject({
      cells: [
        ['10', '1'],
        ['12', '9'],
      ],
      total: '32',
      hidden: 0,
    });
  });

  it('hides a rectangle of cells so no hidden count follows from the totals', () => {
    const p = publishCrossTab(tab, { suppress: true });
    // 1 is small (<5); its row forces the 10, its column the 9, and the 10's column the 12.
    expect(p.cells).toEqual([
      ['x', '<5'],
      ['x', 'x'],
    ]);
    expect(p.rowTotals).toEqual(['11', '21']);
    expect(p.colTotals).toEqual(['22', '10']);
    expect(p.hidden).toBe(4);
  });
});

describe('publishFunnel', () => {
  const row = (key: string, c: number, i: number, co: number, d: number, a: number): FunnelRow => ({
    key,
    label: key,
    counts: { candidate: c, invited: i, confirmed: co, declined: d, attended: a },
    acceptanceRate: i === 0 ? null : co / i,
    declineRate: i === 0 ? null : d / i,
    attendanceRate: co === 0 ? null : a / co,
  });
  const funnel: Funnel = {
    rows: [row('woman', 20, 15, 12, 3, 10), row('man', 30, 20, 14, 6, 12)],
    total: row('', 50, 35, 26, 9, 22),
  };

  it('suppresses each stage as a line and hides rates built on a hidden count', () => {
    const p = publishFunnel(funnel, { suppress: true });
    // Declined: 3 women is small and 9 − 3 would reveal it: the 6 men go too.
    expect(p.rows.map((r) => r.counts)).toEqual([
      ['20', '15', '12', '<5', '10'],
      ['30', '20', '14', 'x', '12'],
    ]);
    expect(p.total.counts).toEqual(['50', '35', '26', '9', '22']);
    // Decline rate = declined ÷ invited would give the hidden count back; acceptance stays.
    expect(p.rows.map((r) => [r.acceptanceRate, r.declineRate])).toEqual([
      [12 / 15, null],
      [14 / 20, null],
    ]);
    expect(p.total.declineRate).toBeCloseTo(9 / 35);
    expect(p.hidden).toBe(2);
  });
});
