// From the demo workspace to a plan: the next regional consultation's targets become quotas,
// confirmed people are fixed in, declined ones out, and the plan meets the targets.
import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '@shared/demo';
import { planSelection } from '@shared/planner';
import {
  buildProblem,
  dimensionKey,
  EMPTY_POOL,
  priorityOf,
  quotasFromTargets,
  statusIn,
} from '@shared/planner/workspace';
import type { PlannerSetup } from '@shared/planner/workspace';
import type { EventId } from '@shared/domain/model';
import { aPerson } from '../../../helpers/builders';
import { nodeSolver } from './solver';

const NOW = '2026-11-28T12:00:00.000Z';
const data = generateDemoWorkspace({ now: NOW });
const event = data.events.find(
  (e) => e.kind === 'regional-consultation' && (e.startDate ?? '') > NOW.slice(0, 10),
);

// Solving loads WebAssembly and runs a MIP: generous timeouts for a busy machine (no timing is asserted).
describe('planning a workspace event', { timeout: 60_000 }, () => {
  it('finds the next regional consultation in the demo', () => {
    expect(event?.name).toContain('Arab States');
  });

  it('turns the event and process targets into quotas for the seats', () => {
    const id = event?.id as EventId;
    const quotas = quotasFromTargets(data.targets, data.events, id, 30);
    const local = quotas.find((q) => q.dimension.kind === 'stakeholder-group');
    expect(local).toMatchObject({ category: 'local-regional-government', min: 6, max: null });
    const women = quotas.find((q) => q.dimension.kind === 'gender');
    expect(women).toMatchObject({ category: 'woman', min: 14, max: 16 });
    // "Women on the podium" counts speakers only: not a seat quota.
    expect(quotas.filter((q) => q.dimension.kind === 'gender')).toHaveLength(1);
  });

  it('fixes confirmed people in, declined people out, and plans a selection meeting every quota', async () => {
    const id = event?.id as EventId;
    const seats = 30;
    const setup: PlannerSetup = {
      eventId: id,
      seats,
      pool: EMPTY_POOL,
      quotas: quotasFromTargets(data.targets, data.events, id, seats),
      maxPerOrganisation: 3,
      maxPerCountry: null,
      priority: { kind: 'expertise', themes: ['Housing', 'Digital inclusion'] },
      fixedIn: [],
      excluded: [],
    };
    const { problem } = buildProblem(data, setup);
    for (const c of problem.candidates) {
      const status = statusIn(data.participations, c.id, id);
      if (status === 'confirmed' || status === 'attended') expect(c.fixed).toBe('in');
      if (status === 'declined') expect(c.fixed).toBe('out');
    }
    const result = await planSelection(problem, await nodeSolver());
    expect(result.feasible).toBe(true);
    if (!result.feasible) return;
    expect(result.selected).toHaveLength(seats);
    expect(result.checks.length).toBeGreaterThan(0);
    expect(result.checks.every((c) => c.met)).toBe(true);
    const fixed = problem.candidates.filter((c) => c.fixed === 'in').map((c) => c.id);
    expect(result.selected).toEqual(expect.arrayContaining(fixed));
    expect(
      result.composition[dimensionKey({ kind: 'stakeholder-group' })]?.[
        'local-regional-government'
      ],
    ).toBeGreaterThanOrEqual(6);
  });

  it('explains that people already confirmed exceed a limit of 2 per organisation', async () => {
    const id = event?.id as EventId;
    const { problem } = buildProblem(data, {
      eventId: id,
      seats: 30,
      pool: EMPTY_POOL,
      quotas: [],
      maxPerOrganisation: 2,
      maxPerCountry: null,
      priority: { kind: 'equal' },
      fixedIn: [],
      excluded: [],
    });
    const result = await planSelection(problem, await nodeSolver());
    expect(result.feasible).toBe(false);
    if (result.feasible) return;
    expect(result.violations.length).toBeGreaterThan(0);
    for (const v of result.violations)
      expect(v).toMatchObject({ dimension: 'organisation', max: 2, achievable: 3 });
    expect(result.conflict).toEqual(
      expect.arrayContaining([
        { kind: 'organisation-limit', max: 2 },
        { kind: 'fixed', count: 16 },
      ]),
    );
  });

  it('fixes in and leaves out people chosen by hand, even outside the pool filter', () => {
    const id = event?.id as EventId;
    const outsider = data.people.find(
      (p) =>
        statusIn(data.participations, p.id, id) === 'none' && p.stakeholderGroup !== 'academia',
    );
    const confirmed = data.participations.find((p) => p.eventId === id && p.status === 'confirmed');
    const { problem } = buildProblem(data, {
      eventId: id,
      seats: 20,
      pool: { ...EMPTY_POOL, stakeholderGroups: ['academia'] },
      quotas: [],
      maxPerOrganisation: null,
      maxPerCountry: null,
      priority: { kind: 'equal' },
      fixedIn: [outsider?.id ?? ''],
      excluded: [confirmed?.personId ?? ''],
    });
    expect(problem.candidates.find((c) => c.id === outsider?.id)?.fixed).toBe('in');
    expect(problem.candidates.find((c) => c.id === confirmed?.personId)?.fixed).toBe('out');
  });

  it('reads priorities from a rating attribute or expertise matches', () => {
    const p = aPerson({ attributes: { rating: '4' }, expertise: ['Housing', 'Mobility'] });
    expect(priorityOf(p, { kind: 'attribute', key: 'rating' })).toBe(4);
    expect(priorityOf(p, { kind: 'attribute', key: 'missing' })).toBe(1);
    expect(
      priorityOf(aPerson({ attributes: { rating: '9' } }), { kind: 'attribute', key: 'rating' }),
    ).toBe(5);
    expect(priorityOf(p, { kind: 'expertise', themes: ['housing', 'Water'] })).toBe(2);
  });
});
