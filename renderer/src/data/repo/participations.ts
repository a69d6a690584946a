// Participations: people added to events, their role and their place in the invitation funnel.
import type {
  EventId,
  Participation,
  ParticipationId,
  ParticipationRole,
  ParticipationStatus,
  PersonId,
} from '@shared/domain/model';
import type { DataStore } from '../store';
import { checkParticipation } from '../integrity';

export function addParticipants(
  store: DataStore,
  eventId: EventId,
  personIds: readonly PersonId[],
  role: ParticipationRole,
  status: ParticipationStatus,
): Promise<Participation[]> {
  return store.mutate('history.addParticipants', async (w) => {
    const created: Participation[] = [];
    for (const personId of personIds) {
      const p = await w.create('participations', { personId, eventId, role, status, notes: '' });
      await checkParticipation(w, p);
      created.push(p);
    }
    return created;
  });
}

export function updateParticipation(
  store: DataStore,
  id: ParticipationId,
  patch: Partial<Pick<Participation, 'role' | 'status' | 'notes'>>,
): Promise<Participation> {
  return store.mutate('history.editParticipation', (w) => w.update('participations', id, patch));
}

export function removeParticipation(store: DataStore, id: ParticipationId): Promise<void> {
  return store.mutate('history.removeParticipation', (w) => w.remove('participations', id));
}
