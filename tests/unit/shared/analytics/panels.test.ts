// Panel checks on hand-built sessions.
import { describe, expect, it } from 'vitest';
import { panelChecks } from '@shared/analytics';
import { aParticipation, aPerson, aWorkspace, anEvent, iso2 } from '../../../helpers/builders';

function session(
  speakers: { gender: 'woman' | 'man' | 'unknown'; nat: string; group?: 'academia' | 'media' }[],
  extra: Parameters<typeof aParticipation>[0][] = [],
) {
  const conference = anEvent({ kind: 'conference' });
  const podium = anEvent({ kind: 'podium', parentId: conference.id, name: 'Podium A' });
  const people = speakers.map((s) =>
    aPerson({
      gender: s.gender,
      nationalities: [iso2(s.nat)],
      stakeholderGroup: s.group ?? 'academia',
    }),
  );
  const participations = [
    ...people.map((p, i) =>
      aParticipation({
        personId: p.id,
        eventId: podium.id,
        role: i === 0 ? 'moderator' : 'panelist',
        status: 'confirmed',
      }),
    ),
    ...extra.map((e) => aParticipation({ eventId: podium.id, ...e })),
  ];
  return {
    data: aWorkspace({ people, events: [conference, podium], participations }),
    people,
    podium,
  };
}

describe('panelChecks', () => {
  it('flags an all-male, single-region, single-group line-up', () => {
    const { data, podium } = session([
      { gender: 'man', nat: 'DE' },
      { gender: 'man', nat: 'FR' },
    ]);
    const [check] = panelChecks(data);
    expect(check?.event.id).toBe(podium.id);
    expect(check?.flags).toEqual(['all-male', 'single-region', 'single-stakeholder-group']);
    expect(check?.regions).toEqual(['Europe']);
  });

  it('does not count invited or declined speakers, nor rapporteurs', () => {
    const woman = aPerson({ gender: 'woman', nationalities: [iso2('KE')] });
    const { data } = session(
      [
        { gender: 'man', nat: 'DE' },
        { gender: 'man', nat: 'KE', group: 'media' },
      ],
      [
        { personId: woman.id, role: 'panelist', status: 'invited' },
        { personId: woman.id, role: 'rapporteur', status: 'confirmed' },
      ],
    );
    data.people.push(woman);
    const [check] = panelChecks(data);
    expect(check?.speakers).toHaveLength(2);
    expect(check?.flags).toEqual(['all-male']);
  });

  it('does not call a panel with a speaker of unknown gender all-male, nor flag a lone speaker', () => {
    expect(
      panelChecks(
        session([
          { gender: 'man', nat: 'DE' },
          { gender: 'unknown', nat: 'KE', group: 'media' },
        ]).data,
      )[0]?.flags,
    ).toEqual([]);
    expect(panelChecks(session([{ gender: 'woman', nat: 'DE' }]).data)[0]?.flags).toEqual([]);
  });

  it('flags all-female line-ups and uses the chosen region scheme', () => {
    const { data } = session([
      { gender: 'woman', nat: 'DE', group: 'media' },
      { gender: 'woman', nat: 'KE' },
    ]);
    expect(panelChecks(data)[0]?.flags).toEqual(['all-female']);
    expect(panelChecks(data, { scheme: 'lldc' })[0]?.flags).toEqual([
      'all-female',
      'single-region',
    ]);
  });
});
