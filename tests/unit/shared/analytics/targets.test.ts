// Target rules, evaluated by hand: (c + k) / (n + k) ≥ min gives the people still needed.
import { describe, expect, it } from 'vitest';
import { evaluateRule, evaluateTarget, targetPopulation, worstStatus } from '@shared/analytics';
import { aTarget, aTargetRule } from '../../../helpers/builders';
import { fixture } from './fixture';

const band = aTargetRule({ category: 'woman', minShare: 0.45, maxShare: 0.55 });

describe('evaluateRule', () => {
  it('is met inside the band', () => {
    expect(evaluateRule(band, 5, 10)).toMatchObject({ status: 'met', gap: null, share: 0.5 });
  });

  it('needs 3 more women at 3 of 10 for 45 %', () => {
    // (3+3)/13 = 46 % is enough; (3+2)/12 = 42 % is not.
    const r = evaluateRule(band, 3, 10, 'Woman');
    expect(r.status).toBe('missed');
    expect(r.gap).toEqual({ category: 'woman', direction: 'more', people: 3 });
    expect(r.label).toBe('Woman');
  });

  it('is close within one person', () => {
    // 4 of 10: (4+1)/11 = 45.5 %.
    expect(evaluateRule(band, 4, 10)).toMatchObject({
      status: 'close',
      gap: { direction: 'more', people: 1 },
    });
  });

  it('is close within 5 share points even when more than one person short', () => {
    // 8 of 20 = 40 %: 2 more give 10/22 = 45.5 %, 1 more gives 9/21 = 42.9 %.
    expect(evaluateRule(band, 8, 20)).toMatchObject({ status: 'close', gap: { people: 2 } });
    expect(evaluateRule(band, 8, 20, 'Woman', { closeShare: 0.01 }).status).toBe('missed');
  });

  it('asks for fewer above a maximum share', () => {
    // 7 of 10 = 70 %: 4 fewer give 3/6 = 50 %, 3 fewer give 4/7 = 57 %.
    expect(evaluateRule(band, 7, 10).gap).toEqual({
      category: 'woman',
      direction: 'fewer',
      people: 4,
    });
  });

  it('needs 2 more from Oceania at 1 of 10 for 20 %', () => {
    const rule = aTargetRule({ category: 'Oceania', minShare: 0.2 });
    // (1+2)/12 = 25 %; (1+1)/11 = 18 %.
    expect(evaluateRule(rule, 1, 10).gap).toEqual({
      category: 'Oceania',
      direction: 'more',
      people: 2,
    });
  });

  it('checks counts', () => {
    const rule = aTargetRule({ category: 'media', minShare: null, minCount: 3, maxCount: 5 });
    expect(evaluateRule(rule, 0, 40)).toMatchObject({
      status: 'missed',
      gap: { direction: 'more', people: 3 },
    });
    expect(evaluateRule(rule, 4, 40).status).toBe('met');
    expect(evaluateRule(rule, 6, 40)).toMatchObject({
      status: 'close',
      gap: { direction: 'fewer', people: 1 },
    });
  });

  it('misses every minimum share in an empty scope', () => {
    const r = evaluateRule(aTargetRule({ minShare: 0.15 }), 0, 0);
    expect(r.status).not.toBe('met');
    expect(r.gap?.people).toBe(1);
  });
});

describe('evaluateTarget', () => {
  it('evaluates a target in its own event scope and population', () => {
    const { data, process } = fixture();
    const target = aTarget({
      eventId: process.id,
      dimension: { kind: 'gender' },
      population: { statuses: [], roles: [] },
      rules: [
        aTargetRule({ category: 'woman', minShare: 0.6 }),
        aTargetRule({ category: 'man', minShare: null, maxCount: 1 }),
      ],
    });
    // In scope: Amina (woman) and Bob (man): 1 of 2 women; (1+k)/(2+k) ≥ 0.6 ⇒ k = 1.
    const e = evaluateTarget(data, target);
    expect(e.distribution.total).toBe(2);
    expect(e.rules.map((r) => [r.category, r.status, r.gap?.people ?? 0])).toEqual([
      ['woman', 'close', 1],
      ['man', 'met', 0],
    ]);
    expect(e.status).toBe('close');
  });

  it('reads empty status and role lists as "any"', () => {
    const target = aTarget({ population: { statuses: ['confirmed'], roles: [] } });
    expect(targetPopulation(target)).toEqual({
      eventIds: null,
      statuses: ['confirmed'],
      roles: null,
    });
  });

  it('reports the worst status', () => {
    expect(worstStatus([])).toBe('met');
    expect(worstStatus(['met', 'close'])).toBe('close');
    expect(worstStatus(['close', 'missed', 'met'])).toBe('missed');
  });
});
