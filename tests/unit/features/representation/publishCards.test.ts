// The Targets and Indices cards with small-cell suppression: nothing on them gives back a count
// the distribution table hides.
import { describe, expect, it } from 'vitest';
import type { Distribution } from '@shared/analytics';
import { countsOf, evaluateTarget, representationRatios } from '@shared/analytics';
import type { Person } from '@shared/domain/model';
import {
  publishIndices,
  publishRatios,
  publishTarget,
} from '../../../../renderer/src/features/representation/publishCards';
import { indexValues } from '../../../../renderer/src/features/representation/representationModel';
import {
  aParticipation,
  aPerson,
  aTarget,
  aTargetRule,
  aWorkspace,
  anEvent,
} from '../../../helpers/builders';

const ON = { suppress: true, threshold: 5 };
const OFF = { suppress: false, threshold: 5 };

const genderDist = (counts: Record<string, number>, unknown: number): Distribution => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0) + unknown;
  return {
    dimension: 'gender',
    scheme: null,
    total,
    unknown,
    categories: Object.entries(counts).map(([key, count]) => ({
      key,
      label: key,
      count,
      share: count / total,
    })),
  };
};

describe('publishTarget', () => {
  // 12 women, 3 men and 1 non-binary person confirmed for one event; targets: women at least
  // 40 %, men at least 40 %, at most 2 self-described.
  const event = anEvent();
  const people = (counts: Record<string, number>): Person[] =>
    Object.entries(counts).flatMap(([gender, n]) =>
      Array.from({ length: n }, () => aPerson({ gender: gender as Person['gender'] })),
    );
  const workspace = (list: Person[]) =>
    aWorkspace({
      people: list,
      events: [event],
      participations: list.map((p) =>
        aParticipation({ personId: p.id, eventId: event.id, status: 'confirmed' }),
      ),
    });
  const data = workspace(people({ woman: 12, man: 3, 'non-binary': 1 }));
  const target = aTarget({
    eventId: event.id,
    rules: [
      aTargetRule({ category: 'woman', minShare: 0.4 }),
      aTargetRule({ category: 'man', minShare: 0.4 }),
      aTargetRule({ category: 'self-described', minShare: null, maxCount: 2 }),
    ],
  });
  const evaluation = evaluateTarget(data, target);

  it('hides a small count, its share and its gap; keeps the status and the shown counts', () => {
    const p = publishTarget(evaluation, ON);
    expect(p.total).toBe('16');
    const [women, men, selfDescribed] = p.rules;
    expect(women).toMatchObject({ countText: '12', share: 0.75, showGap: true });
    // "Needs 3 more men" with 16 people in scope would give the hidden 3 back.
    expect(men).toMatchObject({ countText: '<5', share: null, showGap: false });
    expect(men?.evaluation.status).toBe('missed');
    expect(men?.evaluation.gap).not.toBeNull();
    // Nobody self-described: 0 is not a small count and is shown.
    expect(selfDescribed).toMatchObject({ countText: '0', share: 0, showGap: true });
  });

  it('shows everything with suppression off', () => {
    const p = publishTarget(evaluation, OFF);
    expect(p.rules.map((r) => [r.countText, r.showGap])).toEqual([
      ['12', true],
      ['3', true],
      ['0', true],
    ]);
  });

  it('hides a larger count too where the total would give the small one back', () => {
    // Only women and men: 15 − 12 = 3, so the women's 12 is hidden as well ("x").
    const p = publishTarget(evaluateTarget(workspace(people({ woman: 12, man: 3 })), target), ON);
    expect(p.total).toBe('15');
    expect(p.rules[0]).toMatchObject({ countText: 'x', share: null, showGap: false });
    expect(p.rules[1]).toMatchObject({ countText: '<5', share: null, showGap: false });
  });

  it('hides the scope total when it is small itself', () => {
    const few = workspace(people({ man: 3 }));
    expect(publishTarget(evaluateTarget(few, target), ON).total).toBe('<5');
  });
});

describe('publishIndices', () => {
  const values = (d: Distribution) => indexValues(d, { kind: 'gender' }, 0);
  const hiddenKeys = (d: Distribution, o = ON) =>
    publishIndices(values(d), d, o)
      .filter((i) => i.hidden)
      .map((i) => i.key);

  it('shows every index when no count is hidden', () => {
    const d = genderDist({ woman: 12, man: 9 }, 6);
    expect(hiddenKeys(d)).toEqual([]);
    expect(publishIndices(values(d), d, ON).find((i) => i.key === 'womensShare')?.value).toBe(
      12 / 21,
    );
  });

  it('hides the parity and diversity indices when men are few; women’s share stays', () => {
    // 3 men is small; 6 non-binary is hidden too so that the total cannot give the 3 back.
    const d = genderDist({ woman: 12, man: 3, 'non-binary': 6 }, 0);
    expect(hiddenKeys(d)).toEqual(['genderParity', 'blau', 'blauNormalised', 'shannonEvenness']);
    const shown = publishIndices(values(d), d, ON);
    expect(shown.find((i) => i.key === 'genderParity')?.value).toBeNull();
    expect(shown.find((i) => i.key === 'womensShare')?.value).toBe(12 / 21);
  });

  it('hides women’s share when the unknown count is hidden (it is the share’s denominator)', () => {
    const d = genderDist({ woman: 12, man: 9 }, 2);
    expect(hiddenKeys(d)).toContain('womensShare');
  });

  it('hides nothing with suppression off', () => {
    expect(hiddenKeys(genderDist({ woman: 12, man: 3, 'non-binary': 1 }, 2), OFF)).toEqual([]);
  });
});

describe('publishRatios', () => {
  const benchmark = new Map([
    ['woman', 50],
    ['man', 50],
    ['non-binary', 1],
  ]);

  it('hides the ratio of a hidden category and keeps the others', () => {
    const d = genderDist({ woman: 12, man: 3, 'non-binary': 6 }, 0);
    const rows = publishRatios(representationRatios(countsOf(d), benchmark), d, ON);
    expect(rows.map((r) => [r.key, r.hidden])).toEqual([
      ['woman', false],
      ['man', true],
      ['non-binary', true],
    ]);
    expect(rows[0]?.share).toBeCloseTo(12 / 21);
    expect(rows[1]).toMatchObject({ share: null, ratio: null });
    // The benchmark is public: it stays.
    expect(rows[1]?.benchmarkShare).toBeCloseTo(50 / 101);
  });

  it('hides every ratio when the unknown count is hidden', () => {
    const d = genderDist({ woman: 12, man: 9 }, 2);
    const rows = publishRatios(representationRatios(countsOf(d), benchmark), d, ON);
    expect(rows.every((r) => r.hidden && r.share === null)).toBe(true);
  });

  it('shows every ratio with suppression off', () => {
    const d = genderDist({ woman: 12, man: 3 }, 2);
    const rows = publishRatios(representationRatios(countsOf(d), benchmark), d, OFF);
    expect(rows.some((r) => r.hidden)).toBe(false);
  });
});
