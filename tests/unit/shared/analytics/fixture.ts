// A tiny hand-checkable workspace: a process with a conference and a podium, four people.
import type { PopulationFilter } from '@shared/analytics';
import {
  aParticipation,
  aPerson,
  aWorkspace,
  anEvent,
  anOrganisation,
  iso2,
} from '../../../helpers/builders';

export const everyone: PopulationFilter = { eventIds: null, statuses: null, roles: null };

export function fixture() {
  const process = anEvent({ kind: 'process', name: 'Process' });
  const conference = anEvent({ kind: 'conference', parentId: process.id, name: 'Conference' });
  const podium = anEvent({ kind: 'podium', parentId: conference.id, name: 'Podium' });
  const other = anEvent({ kind: 'conference', name: 'Elsewhere' });
  const un = anOrganisation({ type: 'un-system' });
  const uni = anOrganisation({ type: 'academia' });
  const amina = aPerson({ gender: 'woman', nationalities: [iso2('KE'), iso2('FR')] });
  const bob = aPerson({
    gender: 'man',
    nationalities: [iso2('DE')],
    residence: null,
    affiliations: [
      { organisationId: uni.id, title: '', primary: false },
      { organisationId: un.id, title: '', primary: true },
    ],
  });
  const chen = aPerson({ gender: 'unknown', nationalities: [], stakeholderGroup: null });
  const dana = aPerson({
    gender: 'woman',
    nationalities: [iso2('KE')],
    affiliations: [{ organisationId: uni.id, title: '', primary: false }],
    attributes: { 'age bracket': '35-49' },
  });
  const gone = aPerson({ deletedAt: '2026-02-01T00:00:00.000Z' });
  const participations = [
    aParticipation({
      personId: amina.id,
      eventId: podium.id,
      role: 'speaker',
      status: 'confirmed',
    }),
    aParticipation({
      personId: amina.id,
      eventId: conference.id,
      role: 'participant',
      status: 'attended',
    }),
    aParticipation({
      personId: bob.id,
      eventId: conference.id,
      role: 'participant',
      status: 'declined',
    }),
    aParticipation({ personId: chen.id, eventId: other.id, role: 'speaker', status: 'confirmed' }),
    aParticipation({ personId: gone.id, eventId: podium.id, role: 'speaker', status: 'confirmed' }),
    aParticipation({
      personId: dana.id,
      eventId: podium.id,
      role: 'moderator',
      status: 'confirmed',
      deletedAt: '2026-02-01T00:00:00.000Z',
    }),
  ];
  const data = aWorkspace({
    people: [amina, bob, chen, dana, gone],
    organisations: [un, uni],
    events: [process, conference, podium, other],
    participations,
  });
  return { data, process, conference, podium, other, amina, bob, chen, dana };
}
