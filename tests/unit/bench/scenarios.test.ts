import { describe, expect, it } from 'vitest';
import { distribution } from '@shared/analytics/distribution';
import { planMerge } from '@shared/merge/merge';
import { generateSyntheticWorkspace } from '@shared/demo/synthetic';
import { SCENARIOS } from '../../../bench/scenarios';
import { countingLoop } from '../../../bench/scenarios/analytics';
import { mergeReplicas, pairingPass } from '../../../bench/scenarios/merge';
import { plannerInstance } from '../../../bench/scenarios/planner';

describe('scenario registry', () => {
  it('has unique names, and every pending scenario says why', () => {
    const names = SCENARIOS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(['analytics', 'app-open', 'memory', 'longtask', 'merge']),
    );
    for (const s of SCENARIOS)
      if (s.pending !== undefined) expect(s.pending.length).toBeGreaterThan(10);
  });
});

describe('baselines compute the same answer as the code they are compared with', () => {
  it('the counting loop gives the same gender counts as distribution over the same scope', () => {
    const data = generateSyntheticWorkspace({ people: 500, now: '2026-11-28T12:00:00.000Z' });
    const scope = { eventIds: null, statuses: ['confirmed', 'attended'] as const, roles: null };
    const expected = distribution(
      data,
      { kind: 'gender' },
      { ...scope, statuses: [...scope.statuses] },
    );
    const counts = countingLoop(data);
    for (const c of expected.categories) expect(counts.get(c.key)).toBe(c.count);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(expected.total);
  });

  it('the planner instances differ only in their quotas: 20 rows against none', () => {
    const withQuotas = plannerInstance(true);
    const without = plannerInstance(false);
    expect(withQuotas.quotas).toHaveLength(20);
    expect(without.quotas).toHaveLength(0);
    expect(without.candidates).toEqual(withQuotas.candidates);
    expect(withQuotas.candidates).toHaveLength(2000);
    expect(withQuotas.seats).toBe(200);
  });

  it('the merge replicas are deterministic and give the plan real work: edits, conflicts, duplicates', () => {
    const data = generateSyntheticWorkspace({ people: 600, now: '2026-11-28T12:00:00.000Z' });
    const { mine, theirs } = mergeReplicas(data);
    expect(mergeReplicas(data)).toEqual({ mine, theirs });
    const plan = planMerge(mine, theirs);
    expect(plan.preview.added.length).toBeGreaterThan(0);
    expect(plan.preview.updated.length).toBeGreaterThan(50);
    expect(plan.preview.conflicts.length).toBeGreaterThan(0);
    expect(plan.preview.duplicates.length).toBeGreaterThan(0);
    // The baseline sees every record that differs between the copies, as the plan must.
    const differing = pairingPass(mine, theirs);
    expect(differing).toBeGreaterThanOrEqual(
      plan.preview.added.length + plan.preview.updated.length,
    );
    expect(pairingPass(mine, structuredClone(mine))).toBe(0);
  });
});
