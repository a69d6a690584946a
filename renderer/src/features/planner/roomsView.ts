// Breakout rooms from the workspace: the event's breakout sessions are the rooms, its confirmed
// participants the people, and expertise matching a room's theme ranks the preferences.
import type { Participation, Person, PlenaryEvent } from '@shared/domain/model';
import { regionOf } from '@shared/reference/regions';
import type { Sheet } from '@shared/export/tables';
import type { Assignment, Room, RoomPerson } from '@shared/planner/rooms';

export const PRESENT = ['confirmed', 'attended'] as const;

export function breakoutRooms(
  events: readonly PlenaryEvent[],
  event: PlenaryEvent,
): PlenaryEvent[] {
  return events
    .filter((e) => e.parentId === event.id && e.kind === 'breakout-room')
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
}

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 3),
  );
}

/** Rooms ranked by how many of the person's expertise words their theme and name share. */
export function roomPreferences(person: Person, rooms: readonly PlenaryEvent[]): string[] {
  const mine = words(person.expertise.join(' '));
  const score = (room: PlenaryEvent) =>
    [...words(`${room.theme} ${room.name}`)].filter((w) => mine.has(w)).length;
  return rooms
    .map((room, i) => ({ id: room.id, s: score(room), i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((r) => r.id);
}

export function roomPeople(
  people: readonly Person[],
  participations: readonly Participation[],
  event: PlenaryEvent,
  rooms: readonly PlenaryEvent[],
  organisationOf: (p: Person) => string | null,
): RoomPerson[] {
  const present = new Set(
    participations
      .filter(
        (p) =>
          p.eventId === event.id &&
          p.deletedAt === null &&
          (PRESENT as readonly string[]).includes(p.status),
      )
      .map((p) => p.personId as string),
  );
  return people
    .filter((p) => present.has(p.id))
    .map((p) => ({
      id: p.id,
      categories: {
        gender: [p.gender],
        region: [regionOf('m49-region', p.nationalities[0] ?? null) ?? 'unknown'],
        'stakeholder-group': [p.stakeholderGroup ?? 'unknown'],
      },
      organisation: organisationOf(p),
      preferences: roomPreferences(p, rooms),
    }));
}

/** An equal share of the people per room, rounded up, as the starting capacity. */
export function defaultCapacities(rooms: readonly PlenaryEvent[], people: number): Room[] {
  const each = rooms.length === 0 ? 0 : Math.ceil(people / rooms.length);
  return rooms.map((r) => ({ id: r.id, topic: r.id, capacity: each }));
}

/**
 * The room lists as one sheet (for CSV or XLSX): a row per person, grouped by room in room
 * order, people by name within a room. Formula neutralising happens in the shared writers.
 */
export function roomsSheet(
  name: string,
  header: readonly string[],
  rooms: readonly PlenaryEvent[],
  assignment: Readonly<Assignment>,
  row: (personId: string) => readonly string[],
): Sheet {
  const rows: string[][] = [];
  for (const room of rooms) {
    const ids = Object.entries(assignment)
      .filter(([, r]) => r === room.id)
      .map(([id]) => id);
    const rowsOfRoom = ids
      .map((id) => row(id))
      .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
    for (const cells of rowsOfRoom) rows.push([room.name, ...cells]);
  }
  return { name, headers: [...header], rows };
}
