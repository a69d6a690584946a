// What the person panel lists besides the form: their participations (with the event each
// session belongs to) and their relationships, and what deleting them would also remove.
import type {
  EventLevel,
  Organisation,
  Participation,
  PartyRef,
  Person,
  PersonId,
  PlenaryEvent,
  Relationship,
} from '@shared/domain/model';
import { eventLevel } from '@shared/domain/model';
import { fullName } from './peopleTable';

export type ParticipationItem = {
  participation: Participation;
  event: PlenaryEvent;
  level: EventLevel;
  /** The event a session belongs to (null for events and processes). */
  parent: PlenaryEvent | null;
};

/** The person's live participations in live events, earliest event first. */
export function participationsOfPerson(
  personId: PersonId,
  participations: readonly Participation[],
  events: readonly PlenaryEvent[],
): ParticipationItem[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const items: ParticipationItem[] = [];
  for (const participation of participations) {
    if (participation.personId !== personId || participation.deletedAt !== null) continue;
    const event = byId.get(participation.eventId);
    if (!event) continue;
    const level = eventLevel(event.kind);
    const parent =
      level === 2 && event.parentId !== null ? (byId.get(event.parentId) ?? null) : null;
    items.push({ participation, event, level, parent });
  }
  const date = (i: ParticipationItem) => i.event.startDate ?? i.parent?.startDate ?? '\uffff';
  return items.sort(
    (a, b) =>
      date(a).localeCompare(date(b)) ||
      (a.parent?.name ?? a.event.name).localeCompare(b.parent?.name ?? b.event.name) ||
      a.level - b.level ||
      a.event.name.localeCompare(b.event.name),
  );
}

export type RelationshipItem = {
  relationship: Relationship;
  other: PartyRef;
  /** The other party's name, or null when it no longer exists. */
  otherName: string | null;
};

export function relationshipsOfPerson(
  personId: PersonId,
  relationships: readonly Relationship[],
  people: readonly Person[],
  organisations: readonly Organisation[],
): RelationshipItem[] {
  const personById = new Map(people.map((p) => [p.id, p]));
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  const items: RelationshipItem[] = [];
  for (const relationship of relationships) {
    if (relationship.deletedAt !== null) continue;
    const { from, to } = relationship;
    const isFrom = from.type === 'person' && from.id === personId;
    const isTo = to.type === 'person' && to.id === personId;
    if (!isFrom && !isTo) continue;
    const other = isFrom ? to : from;
    const otherPerson = other.type === 'person' ? personById.get(other.id) : undefined;
    const otherName =
      other.type === 'person'
        ? otherPerson
          ? fullName(otherPerson)
          : null
        : (orgById.get(other.id)?.name ?? null);
    items.push({ relationship, other, otherName });
  }
  return items.sort((a, b) => (a.otherName ?? '').localeCompare(b.otherName ?? ''));
}

/** How many participations and relationships a person's deletion removes with them. */
export function deletionImpact(
  personId: PersonId,
  participations: readonly Participation[],
  relationships: readonly Relationship[],
): { participations: number; relationships: number } {
  let parts = 0;
  for (const p of participations) if (p.personId === personId && p.deletedAt === null) parts++;
  let rels = 0;
  for (const r of relationships) {
    if (r.deletedAt !== null) continue;
    if (
      (r.from.type === 'person' && r.from.id === personId) ||
      (r.to.type === 'person' && r.to.id === personId)
    ) {
      rels++;
    }
  }
  return { participations: parts, relationships: rels };
}
