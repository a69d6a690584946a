import { describe, expect, it } from 'vitest';
import {
  allowedKinds,
  buildEventTree,
  countsByEvent,
  eventAncestors,
  eventDeleteImpact,
  eventDescendants,
  levelFixedByChildren,
  parentCandidates,
  visibleRows,
} from '../../../../renderer/src/features/events/eventTree';
import type { EventNode } from '../../../../renderer/src/features/events/eventTree';
import { EVENT_KINDS, SESSION_KINDS } from '@shared/domain/model';
import { aParticipation, aPerson, anEvent, eid } from './builders';

// A process with a conference (two podiums) and an EGM, plus a stand-alone online consultation.
const processE = anEvent('1', 'process', null, { name: 'Guidelines', startDate: '2025-01-01' });
const conference = anEvent('2', 'conference', processE, {
  name: 'Conference',
  startDate: '2026-12-09',
});
const podiumB = anEvent('3', 'podium', conference, {
  name: 'Podium 2: Representing',
  startDate: '2026-12-10',
});
const podiumA = anEvent('4', 'podium', conference, {
  name: 'Podium 1: Collaborating',
  startDate: '2026-12-10',
});
const keynotes = anEvent('5', 'keynote-session', conference, {
  name: 'Keynotes',
  startDate: '2026-12-09',
});
const egm = anEvent('6', 'expert-group-meeting', processE, {
  name: 'EGM',
  startDate: '2025-06-10',
});
const online = anEvent('7', 'online-consultation', null, { name: 'Online', startDate: null });
const events = [podiumB, online, conference, podiumA, egm, keynotes, processE];

const names = (nodes: readonly EventNode[]): unknown =>
  nodes.map((n) => (n.children.length ? [n.event.name, names(n.children)] : n.event.name));

describe('buildEventTree', () => {
  it('nests events by parent and orders siblings by start date, then name, undated last', () => {
    expect(names(buildEventTree(events))).toEqual([
      [
        'Guidelines',
        ['EGM', ['Conference', ['Keynotes', 'Podium 1: Collaborating', 'Podium 2: Representing']]],
      ],
      'Online',
    ]);
  });

  it('puts events whose parent is missing at the top, marked as orphans', () => {
    const lost = anEvent('8', 'podium', eid('99'), { name: 'Lost podium' });
    const roots = buildEventTree([...events, lost]);
    const orphan = roots.find((n) => n.event.id === lost.id);
    expect(orphan?.orphan).toBe(true);
    expect(roots.find((n) => n.event.id === processE.id)?.orphan).toBe(false);
  });

  it('breaks a parent loop instead of losing or repeating its events', () => {
    const a = anEvent('a', 'conference', eid('b'), { name: 'A' });
    const b = anEvent('b', 'process', eid('a'), { name: 'B' });
    const roots = buildEventTree([a, b]);
    expect(roots).toHaveLength(1);
    expect(roots[0]?.orphan).toBe(true);
    expect(names(roots)).toEqual([['A', ['B']]]);
  });
});

describe('visibleRows', () => {
  const roots = buildEventTree(events);

  it('shows only the children of expanded rows, with ARIA levels and positions', () => {
    const rows = visibleRows(roots, new Set([processE.id]));
    expect(
      rows.map((r) => [r.node.event.name, r.level, r.posInSet, r.setSize, r.expanded]),
    ).toEqual([
      ['Guidelines', 1, 1, 2, true],
      ['EGM', 2, 1, 2, false],
      ['Conference', 2, 2, 2, false],
      ['Online', 1, 2, 2, false],
    ]);
  });

  it('with a query shows matches and their ancestors, opened', () => {
    const rows = visibleRows(roots, new Set(), 'collab');
    expect(rows.map((r) => r.node.event.name)).toEqual([
      'Guidelines',
      'Conference',
      'Podium 1: Collaborating',
    ]);
    expect(rows[2]).toMatchObject({ level: 3, posInSet: 1, setSize: 1, parentId: conference.id });
  });
});

describe('hierarchy rules', () => {
  it('limits kinds to the level under the parent', () => {
    expect(allowedKinds(null)).toEqual(['process', ...EVENT_KINDS]);
    expect(allowedKinds(processE)).toEqual([...EVENT_KINDS]);
    expect(allowedKinds(conference)).toEqual([...SESSION_KINDS]);
    expect(allowedKinds(podiumA)).toEqual([]);
    // An event with sessions stays an event, even at the top level.
    expect(allowedKinds(null, 1)).toEqual([...EVENT_KINDS]);
  });

  it('knows the level an event keeps because of its children', () => {
    expect(levelFixedByChildren(events, conference.id)).toBe(1);
    expect(levelFixedByChildren(events, processE.id)).toBe(0);
    expect(levelFixedByChildren(events, podiumA.id)).toBeNull();
    expect(levelFixedByChildren(events, null)).toBeNull();
  });

  it('offers as parents neither the event, its descendants nor sessions', () => {
    expect(parentCandidates(events, processE.id).map((e) => e.name)).toEqual(['Online']);
    expect(parentCandidates(events, podiumA.id).map((e) => e.name)).toEqual([
      'Guidelines',
      'EGM',
      'Conference',
      'Online',
    ]);
    // The conference has sessions, so it must stay an event: only processes may hold it.
    expect(parentCandidates(events, conference.id, 1).map((e) => e.name)).toEqual(['Guidelines']);
  });

  it('finds descendants and ancestors', () => {
    expect(
      eventDescendants(events, processE.id)
        .map((e) => e.name)
        .sort(),
    ).toEqual([
      'Conference',
      'EGM',
      'Keynotes',
      'Podium 1: Collaborating',
      'Podium 2: Representing',
    ]);
    expect(eventAncestors(events, podiumA.id)).toEqual([conference.id, processE.id]);
  });
});

describe('counts', () => {
  const amina = aPerson('1');
  const kofi = aPerson('2');
  const parts = [
    aParticipation(amina, conference, { status: 'attended' }),
    aParticipation(kofi, conference, { status: 'declined' }),
    aParticipation(amina, podiumA, { status: 'confirmed', role: 'speaker' }),
    aParticipation(kofi, podiumA, { status: 'candidate' }),
    aParticipation(kofi, podiumB, { status: 'invited' }),
  ];

  it('says what a delete takes with it, by level', () => {
    expect(eventDeleteImpact(events, parts, conference.id)).toEqual({
      events: 0,
      sessions: 3,
      participations: 5,
    });
    expect(eventDeleteImpact(events, parts, processE.id)).toEqual({
      events: 2,
      sessions: 3,
      participations: 5,
    });
    expect(eventDeleteImpact(events, parts, podiumB.id)).toEqual({
      events: 0,
      sessions: 0,
      participations: 1,
    });
  });

  it('counts listed, invited-or-later and said-yes participations per event', () => {
    const counts = countsByEvent(parts);
    expect(counts.get(conference.id)).toEqual({ total: 2, invited: 2, confirmed: 1 });
    expect(counts.get(podiumA.id)).toEqual({ total: 2, invited: 1, confirmed: 1 });
    expect(counts.get(egm.id)).toBeUndefined();
  });
});
