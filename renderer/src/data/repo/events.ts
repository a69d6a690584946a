// Events (processes, events, sessions): create, edit, delete with sessions and participations.
import type { EventId, PlenaryEvent } from '@shared/domain/model';
import type { DataStore } from '../store';
import type { Draft, Writer } from '../writer';
import { checkEvent } from '../integrity';

export type EventDraft = Draft<'events'>;

export function emptyEventDraft(parent?: PlenaryEvent): EventDraft {
  return {
    name: '',
    kind: parent ? (parent.kind === 'process' ? 'conference' : 'panel') : 'process',
    parentId: parent?.id ?? null,
    startDate: parent?.startDate ?? null,
    endDate: parent?.endDate ?? null,
    city: parent?.city ?? '',
    country: parent?.country ?? null,
    mode: parent?.mode ?? 'in-person',
    theme: '',
    notes: '',
  };
}

export function createEvent(store: DataStore, draft: EventDraft): Promise<PlenaryEvent> {
  return store.mutate('history.createEvent', async (w) => {
    const created = await w.create('events', draft);
    await checkEvent(w, created);
    return created;
  });
}

export function updateEvent(
  store: DataStore,
  id: EventId,
  patch: Partial<EventDraft>,
): Promise<PlenaryEvent> {
  return store.mutate('history.editEvent', async (w) => {
    const updated = await w.update('events', id, patch);
    await checkEvent(w, updated);
    const children = await liveChildren(w, id);
    for (const child of children) await checkEvent(w, child);
    return updated;
  });
}

/** Tombstones the event, its sessions (recursively), their participations and targets. */
export function deleteEvent(store: DataStore, id: EventId): Promise<number> {
  return store.mutate('history.deleteEvent', async (w) => {
    let touched = 0;
    const queue: EventId[] = [id];
    while (queue.length > 0) {
      const current = queue.shift() as EventId;
      for (const child of await liveChildren(w, current)) queue.push(child.id);
      await w.remove('events', current);
      touched += 1;
      const parts = await w.db.participations
        .where('eventId')
        .equals(current)
        .filter((p) => p.deletedAt === null)
        .toArray();
      for (const p of parts) await w.remove('participations', p.id);
      const targets = await w.db.targets
        .where('eventId')
        .equals(current)
        .filter((t) => t.deletedAt === null)
        .toArray();
      for (const t of targets) await w.remove('targets', t.id);
      touched += parts.length + targets.length;
    }
    return touched;
  });
}

async function liveChildren(w: Writer, id: EventId): Promise<PlenaryEvent[]> {
  return w.db.events
    .where('parentId')
    .equals(id)
    .filter((e) => e.deletedAt === null)
    .toArray();
}
