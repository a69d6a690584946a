// Acceptance planning: observed group rates on any quota dimension (pooled when a group has too
// few answers), and invitations whose expected confirmations meet the seats and quotas.
import { describe, expect, it } from 'vitest';
import {
  acceptanceRates,
  DEFAULT_RATE,
  invitationOutcome,
  MIN_ANSWERED,
  personRate,
  planInvitations,
  rateOf,
  type Outcome,
} from '@shared/planner/acceptance';
import { acceptanceOutcomes, dimensionKey } from '@shared/planner/workspace';
import type { PlanCandidate, PlanProblem } from '@shared/planner';
import type { WorkspaceData } from '@shared/domain/model';
import { aPerson, aParticipation, anEvent, iso2 } from '../../../helpers/builders';
import { nodeSolver } from './solver';

const outcomes = (
  dimension: string,
  category: string,
  accepted: number,
  declined: number,
): Outcome[] => [
  ...Array.from({ length: accepted }, () => ({
    categories: { [dimension]: [category] },
    accepted: true,
  })),
  ...Array.from({ length: declined }, () => ({
    categories: { [dimension]: [category] },
    accepted: false,
  })),
];

describe('acceptance rates', () => {
  it('counts confirmed, attended and no-show as accepted and ignores unanswered invitations', () => {
    expect(invitationOutcome('confirmed')).toBe(true);
    expect(invitationOutcome('no-show')).toBe(true);
    expect(invitationOutcome('declined')).toBe(false);
    expect(invitationOutcome('invited')).toBeNull();
    expect(invitationOutcome('shortlisted')).toBeNull();
  });

  it('uses a group’s own rate when it has enough answers and the pooled rate otherwise', () => {
    const region = 'nationality:m49-region';
    const rates = acceptanceRates(
      [...outcomes(region, 'Africa', 16, 4), ...outcomes(region, 'Oceania', 0, 3)],
      [region],
    );
    expect(rates.overall).toBeCloseTo(16 / 23, 10);
    expect(rateOf(rates, region, 'Africa')).toMatchObject({
      answered: 20,
      accepted: 16,
      rate: 0.8,
      pooled: false,
    });
    // Three declines alone would say 0 %: too few answers, so the pooled rate is used instead.
    expect(rateOf(rates, region, 'Oceania')).toMatchObject({ answered: 3, pooled: true });
    expect(rateOf(rates, region, 'Oceania').rate).toBeCloseTo(16 / 23, 10);
    expect(rateOf(rates, region, 'Europe')).toMatchObject({ answered: 0, pooled: true });
    expect(rateOf(rates, 'gender', 'woman').rate).toBeCloseTo(16 / 23, 10);
    expect(MIN_ANSWERED).toBeGreaterThan(3);
    expect(acceptanceRates([], [region]).overall).toBe(DEFAULT_RATE);
  });

  it('gives a person the mean of their groups’ rates over the quota dimensions', () => {
    const rates = acceptanceRates(
      [
        ...outcomes('gender', 'woman', 5, 5),
        ...outcomes('region', 'Africa', 18, 2),
        ...outcomes('region', 'Asia', 12, 8),
      ],
      ['gender', 'region'],
    );
    const c: PlanCandidate = {
      id: 'a',
      categories: { gender: ['woman'], region: ['Africa'] },
      priority: 1,
      organisation: null,
      country: null,
      fixed: null,
    };
    expect(personRate(rates, c, ['gender', 'region'])).toBeCloseTo((0.5 + 0.9) / 2, 10);
    expect(personRate(rates, c, ['region'])).toBeCloseTo(0.9, 10);
    expect(personRate(rates, { ...c, categories: {} }, ['region'])).toBe(rates.overall);
  });
});

describe('acceptance outcomes from a workspace', () => {
  it('reads every answered invitation with the invitee’s categories in each quota dimension', () => {
    const ana = aPerson({ gender: 'woman', nationalities: [iso2('KE')] });
    const ben = aPerson({ gender: 'man', nationalities: [iso2('FJ')] });
    const event = anEvent();
    const data = {
      people: [ana, ben],
      organisations: [],
      events: [event],
      participations: [
        aParticipation({ personId: ana.id, eventId: event.id, status: 'confirmed' }),
        aParticipation({ personId: ben.id, eventId: event.id, status: 'declined' }),
        aParticipation({ personId: ben.id, eventId: event.id, status: 'invited' }),
      ],
      targets: [],
      regionSchemes: [],
      relationships: [],
      savedViews: [],
    } satisfies WorkspaceData;
    const region = { kind: 'nationality', scheme: 'm49-region' } as const;
    const found = acceptanceOutcomes(data, [{ kind: 'gender' }, region]);
    expect(found).toEqual([
      { categories: { gender: ['woman'], [dimensionKey(region)]: ['Africa'] }, accepted: true },
      { categories: { gender: ['man'], [dimensionKey(region)]: ['Oceania'] }, accepted: false },
    ]);
  });
});

const candidate = (i: number, region: string, gender: string): PlanCandidate => ({
  id: `p${i}`,
  categories: { gender: [gender], region: [region] },
  priority: (i % 5) + 1,
  organisation: null,
  country: null,
  fixed: null,
});

// Solving loads WebAssembly and runs a MIP: generous timeouts for a busy machine (no timing is asserted).
describe('planInvitations', { timeout: 60_000 }, () => {
  it('invites more from a region that declines more so that the expected list meets its quota', async () => {
    const rates = acceptanceRates(
      [...outcomes('region', 'Africa', 40, 40), ...outcomes('region', 'Europe', 72, 8)],
      ['region'],
    );
    const candidates = Array.from({ length: 40 }, (_, i) =>
      candidate(i, i % 2 === 0 ? 'Africa' : 'Europe', 'woman'),
    );
    const problem: PlanProblem = {
      candidates,
      seats: 8,
      quotas: [{ dimension: 'region', category: 'Africa', min: 4, max: null }],
      maxPerOrganisation: null,
      maxPerCountry: null,
    };
    const plan = await planInvitations(problem, rates, await nodeSolver());
    expect(plan.result.feasible).toBe(true);
    const africa = plan.groups.find((g) => g.category === 'Africa');
    expect(africa).toMatchObject({ dimension: 'region', met: true, confirmed: 0 });
    expect(africa?.rate).toMatchObject({ rate: 0.5, pooled: false });
    // Half of invited Africans confirm, so at least 8 must be invited for 4 expected.
    expect(africa?.invite).toBeGreaterThanOrEqual(8);
    expect(africa?.expected).toBeGreaterThanOrEqual(4);
    expect(plan.expectedTotal).toBeGreaterThanOrEqual(8);
    expect(plan.expectedTotal).toBeLessThanOrEqual(9);
    // The expected composition shown against the targets is the expected confirmations.
    if (!plan.result.feasible) return;
    expect(plan.result.checks[0]?.actual).toBe(africa?.expected);
    expect(plan.result.checks[0]?.actual).toBeCloseTo((africa?.invite ?? 0) * 0.5, 6);
  });

  it('meets quotas on two dimensions at once, each with its own groups’ rates', async () => {
    const rates = acceptanceRates(
      [
        ...outcomes('gender', 'woman', 12, 12),
        ...outcomes('gender', 'man', 20, 4),
        ...outcomes('region', 'Africa', 20, 5),
        ...outcomes('region', 'Asia', 10, 15),
      ],
      ['gender', 'region'],
    );
    const candidates = Array.from({ length: 60 }, (_, i) =>
      candidate(i, i % 3 === 0 ? 'Asia' : 'Africa', i % 2 === 0 ? 'woman' : 'man'),
    );
    const problem: PlanProblem = {
      candidates,
      seats: 10,
      quotas: [
        { dimension: 'gender', category: 'woman', min: 5, max: null },
        { dimension: 'region', category: 'Asia', min: 3, max: null },
      ],
      maxPerOrganisation: null,
      maxPerCountry: null,
    };
    const plan = await planInvitations(problem, rates, await nodeSolver());
    expect(plan.result.feasible).toBe(true);
    const women = plan.groups.find((g) => g.category === 'woman');
    const asia = plan.groups.find((g) => g.category === 'Asia');
    expect(women?.expected).toBeCloseTo((women?.invite ?? 0) * 0.5, 6);
    expect(asia?.expected).toBeCloseTo((asia?.invite ?? 0) * 0.4, 6);
    expect(women?.expected).toBeGreaterThanOrEqual(5 - 1e-6);
    expect(asia?.expected).toBeGreaterThanOrEqual(3 - 1e-6);
    expect(plan.groups.every((g) => g.met)).toBe(true);
  });

  it('explains when a group’s rate makes its quota impossible, in expected confirmations', async () => {
    const rates = acceptanceRates(
      [...outcomes('region', 'Oceania', 2, 18), ...outcomes('region', 'Europe', 18, 2)],
      ['region'],
    );
    const candidates = Array.from({ length: 12 }, (_, i) =>
      candidate(i, i < 4 ? 'Oceania' : 'Europe', 'man'),
    );
    const plan = await planInvitations(
      {
        candidates,
        seats: 5,
        quotas: [{ dimension: 'region', category: 'Oceania', min: 2, max: null }],
        maxPerOrganisation: null,
        maxPerCountry: null,
      },
      rates,
      await nodeSolver(),
    );
    expect(plan.result.feasible).toBe(false);
    if (plan.result.feasible) return;
    // Four Oceanians at 10 % give 0.4 expected confirmations, short of 2.
    expect(plan.result.violations).toContainEqual(
      expect.objectContaining({ dimension: 'region', category: 'Oceania', achievable: 0.4 }),
    );
  });
});
