// Events side by side.
import { describe, expect, it } from 'vitest';
import { compareEvents } from '@shared/analytics';
import { aParticipation, aPerson, aWorkspace, anEvent, iso2 } from '../../../helpers/builders';

describe('compareEvents', () => {
  it('orders events by date and gives women’s share and regions covered', () => {
    const late = anEvent({ name: 'Late', startDate: '2026-09-01' });
    const early = anEvent({ name: 'Early', startDate: '2026-02-01' });
    const session = anEvent({ kind: 'podium', parentId: late.id, startDate: '2026-09-01' });
    const w = aPerson({ gender: 'woman', nationalities: [iso2('KE')] });
    const m = aPerson({ gender: 'man', nationalities: [iso2('FR'), iso2('BR')] });
    const data = aWorkspace({
      people: [w, m],
      events: [late, early, session],
      participations: [
        aParticipation({ personId: w.id, eventId: early.id, status: 'attended' }),
        aParticipation({ personId: m.id, eventId: early.id, status: 'declined' }),
        aParticipation({ personId: m.id, eventId: session.id, status: 'confirmed' }),
      ],
    });
    const rows = compareEvents(data, { statuses: ['confirmed', 'attended'] });
    expect(rows.map((r) => r.event.name)).toEqual(['Early', 'Late']);
    expect(rows[0]).toMatchObject({ people: 1, womensShare: 1, regionsCovered: ['Africa'] });
    // The man is on a session of "Late": he counts for it, with both nationalities' regions.
    expect(rows[1]).toMatchObject({
      people: 1,
      womensShare: 0,
      regionsCovered: ['Americas', 'Europe'],
    });
    expect(rows[1]?.regionsMissing).toEqual(['Africa', 'Asia', 'Oceania']);
  });
});
