// View-model of the events tree: nesting flat events into process → event → session, the rows
// a tree shows, which kinds and parents fit a level, and what a delete takes with it.
import type {
  EventId,
  EventKind,
  EventLevel,
  Participation,
  PlenaryEvent,
} from '@shared/domain/model';
import { EVENT_KINDS, PROCESS_KINDS, SESSION_KINDS, eventLevel } from '@shared/domain/model';
import { fold } from '../../ui/combobox';

export type EventNode = {
  event: PlenaryEvent;
  children: EventNode[];
  /** True when the event names a parent that does not exist (or loops): shown at the top. */
  orphan: boolean;
};

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** By start date (undated last), then by name. */
export function compareEvents(a: PlenaryEvent, b: PlenaryEvent): number {
  if (a.startDate !== b.startDate) {
    if (a.startDate === null) return 1;
    if (b.startDate === null) return -1;
    return a.startDate < b.startDate ? -1 : 1;
  }
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function childrenIndex(events: readonly PlenaryEvent[]): Map<EventId, PlenaryEvent[]> {
  const index = new Map<EventId, PlenaryEvent[]>();
  for (const e of events) {
    if (e.parentId === null) continue;
    const list = index.get(e.parentId) ?? [];
    list.push(e);
    index.set(e.parentId, list);
  }
  return index;
}

/**
 * Nests flat events. Events whose parent is missing become roots marked `orphan`; so does one
 * event of a parent loop (which the data layer refuses, but imported data might contain).
 */
export function buildEventTree(events: readonly PlenaryEvent[]): EventNode[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const index = childrenIndex(events);
  const placed = new Set<EventId>();
  const build = (event: PlenaryEvent, orphan: boolean): EventNode => {
    placed.add(event.id);
    const children = (index.get(event.id) ?? [])
      .filter((c) => !placed.has(c.id))
      .sort(compareEvents)
      .map((c) => build(c, false));
    return { event, children, orphan };
  };
  const roots: EventNode[] = [];
  const rootEvents = events
    .filter((e) => e.parentId === null || !byId.has(e.parentId))
    .sort(compareEvents);
  for (const e of rootEvents) roots.push(build(e, e.parentId !== null));
  // Whatever is left sits in a loop: break it at its earliest event.
  for (const e of [...events].sort(compareEvents)) {
    if (!placed.has(e.id)) roots.push(build(e, true));
  }
  return roots.sort((a, b) => compareEvents(a.event, b.event));
}

export type TreeRow = {
  node: EventNode;
  /** 1-based, as aria-level wants it. */
  level: number;
  parentId: EventId | null;
  posInSet: number;
  setSize: number;
  expanded: boolean;
};

/**
 * The rows a tree shows with `expanded` open. With a search query, only matching events and
 * their ancestors are shown, and every ancestor of a match is open.
 */
export function visibleRows(
  roots: readonly EventNode[],
  expanded: ReadonlySet<EventId>,
  query = '',
): TreeRow[] {
  const q = fold(query);
  const matches = (n: EventNode): boolean =>
    fold(n.event.name).includes(q) || fold(n.event.city).includes(q);
  const keep = new Map<EventNode, boolean>();
  const mark = (n: EventNode): boolean => {
    const below = n.children.map(mark).some(Boolean);
    const result = q === '' || matches(n) || below;
    keep.set(n, result);
    return result;
  };
  roots.forEach(mark);

  const rows: TreeRow[] = [];
  const walk = (nodes: readonly EventNode[], level: number, parentId: EventId | null) => {
    const shown = nodes.filter((n) => keep.get(n));
    shown.forEach((node, i) => {
      const hasVisibleChildren = node.children.some((c) => keep.get(c));
      const open =
        node.children.length > 0 && (q !== '' ? hasVisibleChildren : expanded.has(node.event.id));
      rows.push({ node, level, parentId, posInSet: i + 1, setSize: shown.length, expanded: open });
      if (open) walk(node.children, level + 1, node.event.id);
    });
  };
  walk(roots, 1, null);
  return rows;
}

/** The parent chain of an event, nearest first (for opening the tree down to it). */
export function eventAncestors(events: readonly PlenaryEvent[], id: EventId): EventId[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const out: EventId[] = [];
  let parent = byId.get(id)?.parentId ?? null;
  while (parent !== null && !out.includes(parent) && parent !== id) {
    out.push(parent);
    parent = byId.get(parent)?.parentId ?? null;
  }
  return out;
}

/** Every event below `id`, with loops in bad data tolerated. */
export function eventDescendants(events: readonly PlenaryEvent[], id: EventId): PlenaryEvent[] {
  const index = childrenIndex(events);
  const seen = new Set<EventId>([id]);
  const out: PlenaryEvent[] = [];
  const stack = [...(index.get(id) ?? [])];
  while (stack.length > 0) {
    const e = stack.pop() as PlenaryEvent;
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    out.push(e);
    stack.push(...(index.get(e.id) ?? []));
  }
  return out;
}

/** Kinds an event can have under `parent` (null: top level); `fixedLevel` when it has children. */
export function allowedKinds(
  parent: Pick<PlenaryEvent, 'kind'> | null,
  fixedLevel: EventLevel | null = null,
): EventKind[] {
  let kinds: EventKind[];
  if (parent === null) kinds = [...PROCESS_KINDS, ...EVENT_KINDS];
  else {
    const level = eventLevel(parent.kind);
    kinds = level === 0 ? [...EVENT_KINDS] : level === 1 ? [...SESSION_KINDS] : [];
  }
  return fixedLevel === null ? kinds : kinds.filter((k) => eventLevel(k) === fixedLevel);
}

/** The level an event must keep because of its children (a level below theirs), or null. */
export function levelFixedByChildren(
  events: readonly PlenaryEvent[],
  id: EventId | null,
): EventLevel | null {
  if (id === null) return null;
  const child = events.find((e) => e.parentId === id);
  if (!child) return null;
  return (eventLevel(child.kind) - 1) as EventLevel;
}

/**
 * Events that can hold the event being edited (`self`; null for a new one): processes and
 * events (sessions hold nothing), never itself or one of its descendants, and — when its
 * children fix its level — only parents one level up.
 */
export function parentCandidates(
  events: readonly PlenaryEvent[],
  self: EventId | null,
  fixedLevel: EventLevel | null = null,
): PlenaryEvent[] {
  const excluded = new Set<EventId>(self === null ? [] : [self]);
  if (self !== null) for (const d of eventDescendants(events, self)) excluded.add(d.id);
  return events
    .filter((e) => !excluded.has(e.id))
    .filter((e) => {
      const level = eventLevel(e.kind);
      if (level === 2) return false;
      return fixedLevel === null || level === fixedLevel - 1;
    })
    .sort(compareEvents);
}

export type DeleteImpact = { events: number; sessions: number; participations: number };

/** What deleting `id` takes with it: nested events and sessions, and all their participations. */
export function eventDeleteImpact(
  events: readonly PlenaryEvent[],
  participations: readonly Pick<Participation, 'eventId'>[],
  id: EventId,
): DeleteImpact {
  const below = eventDescendants(events, id);
  const removed = new Set<EventId>([id, ...below.map((e) => e.id)]);
  return {
    events: below.filter((e) => eventLevel(e.kind) < 2).length,
    sessions: below.filter((e) => eventLevel(e.kind) === 2).length,
    participations: participations.filter((p) => removed.has(p.eventId)).length,
  };
}

export type EventCounts = { total: number; invited: number; confirmed: number };

const INVITED_OR_LATER = new Set(['invited', 'confirmed', 'declined', 'attended', 'no-show']);
const SAID_YES = new Set(['confirmed', 'attended', 'no-show']);

/**
 * Per event: everyone listed, everyone who reached the invitation (invited or any later
 * status), and everyone who said yes (confirmed, then attended or not).
 */
export function countsByEvent(
  participations: readonly Pick<Participation, 'eventId' | 'status'>[],
): Map<EventId, EventCounts> {
  const out = new Map<EventId, EventCounts>();
  for (const p of participations) {
    const c = out.get(p.eventId) ?? { total: 0, invited: 0, confirmed: 0 };
    c.total += 1;
    if (INVITED_OR_LATER.has(p.status)) c.invited += 1;
    if (SAID_YES.has(p.status)) c.confirmed += 1;
    out.set(p.eventId, c);
  }
  return out;
}

/** Counts of each level, for the page subtitle. */
export function levelCounts(events: readonly PlenaryEvent[]): Record<EventLevel, number> {
  const out: Record<EventLevel, number> = { 0: 0, 1: 0, 2: 0 };
  for (const e of events) out[eventLevel(e.kind)] += 1;
  return out;
}
