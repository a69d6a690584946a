// Applying a plan: the chosen people become invited (or shortlisted) for the event, in one
// undoable transaction. People already further along the funnel are left as they are.
import type { EventId, ParticipationStatus, PersonId } from '@shared/domain/model';
import { PARTICIPATION_STATUSES } from '@shared/domain/model';
import type { DataStore } from '../../data/store';
import { checkParticipation } from '../../data/integrity';

export type ApplyStatus = Extract<ParticipationStatus, 'invited' | 'shortlisted'>;
export type ApplySummary = { created: number; updated: number; unchanged: number };

const rank = (s: ParticipationStatus) => PARTICIPATION_STATUSES.indexOf(s);

export function applyPlan(
  store: DataStore,
  eventId: EventId,
  personIds: readonly PersonId[],
  status: ApplyStatus,
): Promise<ApplySummary> {
  return store.mutate('planner.history.apply', async (w) => {
    const summary: ApplySummary = { created: 0, updated: 0, unchanged: 0 };
    const existing = await w.db.participations.where('eventId').equals(eventId).toArray();
    for (const personId of personIds) {
      const current = existing.find((p) => p.personId === personId && p.deletedAt === null);
      if (current === undefined) {
        const p = await w.create('participations', {
          personId,
          eventId,
          role: 'participant',
          status,
          notes: '',
        });
        await checkParticipation(w, p);
        summary.created++;
      } else if (rank(current.status) < rank(status)) {
        await w.update('participations', current.id, { status });
        summary.updated++;
      } else {
        summary.unchanged++;
      }
    }
    return summary;
  });
}
