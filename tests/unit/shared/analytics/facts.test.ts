// Conference facts: counts by role and region, the per-country table, Markdown/CSV with and
// without small-cell suppression.
import { describe, expect, it } from 'vitest';
import { conferenceFacts, factsTables, factsToMarkdown, tableToCsv } from '@shared/analytics';
import { generateDemoWorkspace, ALL_MALE_PODIUM } from '@shared/demo';
import { aParticipation, aPerson, aWorkspace, anEvent, iso2 } from '../../../helpers/builders';

function conference() {
  const event = anEvent({ name: 'Conference, 2026' });
  const people = [
    ...Array.from({ length: 6 }, () => aPerson({ gender: 'woman', nationalities: [iso2('KE')] })),
    aPerson({ gender: 'man', nationalities: [iso2('NG')] }),
    aPerson({ gender: 'man', nationalities: [iso2('FR'), iso2('SN')] }),
    aPerson({ gender: 'man', nationalities: [] }),
  ];
  const participations = people.map((p, i) =>
    aParticipation({
      personId: p.id,
      eventId: event.id,
      role: i < 2 ? 'speaker' : 'participant',
      status: 'attended',
    }),
  );
  return { event, data: aWorkspace({ people, events: [event], participations }) };
}

describe('conferenceFacts', () => {
  it('groups nationalities by region with per-country counts', () => {
    const { event, data } = conference();
    const f = conferenceFacts(data, event.id);
    expect(f?.participants).toBe(9);
    expect(f?.countries).toBe(4);
    expect(f?.noNationality).toBe(1);
    expect(f?.nationalities).toEqual([
      {
        region: 'Africa',
        count: 8,
        countries: [
          { iso2: 'KE', name: 'Kenya', count: 6 },
          { iso2: 'NG', name: 'Nigeria', count: 1 },
          { iso2: 'SN', name: 'Senegal', count: 1 },
        ],
      },
      { region: 'Europe', count: 1, countries: [{ iso2: 'FR', name: 'France', count: 1 }] },
    ]);
    expect(f?.regionsMissing).toEqual(['Americas', 'Asia', 'Oceania']);
    expect(f?.speakersGender.total).toBe(2);
    expect(f?.byRole.categories.map((c) => [c.key, c.count])).toEqual([
      ['participant', 7],
      ['speaker', 2],
    ]);
  });

  it('is null for an unknown event', () => {
    expect(conferenceFacts(aWorkspace(), anEvent().id)).toBeNull();
  });

  it('exports tables as CSV and Markdown, suppressing small cells on request', () => {
    const { event, data } = conference();
    const f = conferenceFacts(data, event.id);
    if (f === null) throw new Error('no facts');
    const gender = factsTables(f, { suppress: false }).find((t) => t.name === 'gender');
    expect(gender?.rows).toEqual([
      ['Woman', '6', '67 %'],
      ['Man', '3', '33 %'],
      ['Total', '9', '100 %'],
    ]);
    const suppressed = factsTables(f, { suppress: true }).find((t) => t.name === 'gender');
    // 3 men is small; hiding it alone would be undone by 9 − 6: the women's count goes too,
    // marked "x" (hidden to protect), not "<5", which would misstate it.
    expect(suppressed?.rows).toEqual([
      ['Woman', 'x', ''],
      ['Man', '<5', ''],
      ['Total', '9', '100 %'],
    ]);
    const countries = factsTables(f, { suppress: true }).find((t) => t.name === 'nationalities');
    // Nigeria and Senegal (1 each) hide each other within Africa; Kenya's 6 stays.
    expect(countries?.rows.map((r) => r[2])).toEqual(['6', '<5', '<5', '<5']);
    expect(countries?.rows.map((r) => r[1])).toEqual(['Kenya', 'Nigeria', 'Senegal', 'France']);
    expect(tableToCsv(countries ?? { name: '', title: '', header: [], rows: [], keys: [] })).toContain(
      'Region,Country,People\nAfrica,Kenya,6\nAfrica,Nigeria,<5\n',
    );
    const md = factsToMarkdown(f, { suppress: true });
    expect(md).toContain('# Conference facts: Conference, 2026');
    expect(md).toContain('Counts below 5 are shown as "<5"; counts marked "x" are hidden');
    expect(md).toContain('| Woman | x |  |');
    expect(md).toContain('| Man | <5 |  |');
  });

  it('reports the demo conference with its all-male podium', () => {
    const data = generateDemoWorkspace({ now: '2026-11-28T09:00:00.000Z' });
    const conf = data.events.find((e) => e.kind === 'conference');
    const f = conf === undefined ? null : conferenceFacts(data, conf.id);
    expect(f?.participants).toBeGreaterThan(100);
    expect(f?.panels.filter((p) => p.flags.includes('all-male')).map((p) => p.event.name)).toEqual([
      expect.stringContaining(ALL_MALE_PODIUM),
    ]);
    expect(factsToMarkdown(f ?? (undefined as never), { suppress: false })).toContain(
      ALL_MALE_PODIUM,
    );
  });
});
