// The analytics find the gaps planted in the demo workspace.
import { describe, expect, it } from 'vitest';
import {
  distribution,
  evaluateTarget,
  invitationFunnel,
  panelChecks,
  womensShare,
} from '@shared/analytics';
import { ALL_MALE_PODIUM, EMPTY_SUBREGION, PODIUMS, generateDemoWorkspace } from '@shared/demo';
import type { WorkspaceData } from '@shared/domain/model';

const data = generateDemoWorkspace({ now: '2026-11-28T09:00:00.000Z' });
const everyone = { eventIds: null, statuses: null, roles: null };

describe('the demo workspace', () => {
  it('has exactly one all-male podium: the planted one', () => {
    const allMale = panelChecks(data).filter((c) => c.flags.includes('all-male'));
    expect(allMale.map((c) => c.event.name)).toEqual([expect.stringContaining(ALL_MALE_PODIUM)]);
    const podiums = panelChecks(data).filter((c) => c.event.kind === 'podium');
    expect(podiums).toHaveLength(PODIUMS.length);
  });

  it('shows the empty sub-region at 0 for nationality and residence', () => {
    for (const kind of ['nationality', 'residence'] as const) {
      const d = distribution(data, { kind, scheme: 'm49-subregion' }, everyone, {
        includeEmpty: true,
      });
      expect(d.categories.find((c) => c.key === EMPTY_SUBREGION)?.count).toBe(0);
      expect(d.total).toBe(300);
      // 4 % have no nationality: unknowns are reported, not dropped.
      if (kind === 'nationality') expect(d.unknown).toBeGreaterThan(0);
    }
  });

  it('finds the decline drop of women from Least Developed Countries in the funnel', () => {
    const women: WorkspaceData = {
      ...data,
      people: data.people.filter((p) => p.gender === 'woman'),
    };
    const men: WorkspaceData = { ...data, people: data.people.filter((p) => p.gender === 'man') };
    const ldc = { kind: 'nationality', scheme: 'ldc' } as const;
    const rate = (d: WorkspaceData, key: string) =>
      invitationFunnel(d, ldc, everyone).rows.find((r) => r.key === key)?.declineRate ?? 0;
    const ldcWomen = rate(women, 'LDC');
    expect(ldcWomen).toBeGreaterThan(2 * rate(women, 'Not LDC'));
    expect(ldcWomen).toBeGreaterThan(2 * rate(men, 'LDC'));
  });

  it('evaluates the demo targets, with a gap for every missed rule', () => {
    const evaluations = data.targets.map((t) => evaluateTarget(data, t));
    expect(evaluations.length).toBe(data.targets.length);
    const regions = evaluations.find((e) => e.target.dimension.kind === 'nationality');
    expect(regions?.rules.find((r) => r.category === 'Oceania')?.status).not.toBe('met');
    for (const e of evaluations)
      for (const r of e.rules) expect(r.status === 'met').toBe(r.gap === null);
  });

  it("has a women's share between 30 % and 70 % overall", () => {
    const share = womensShare(distribution(data, { kind: 'gender' }, everyone)) ?? 0;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.7);
  });
});
