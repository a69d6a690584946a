// The Representation screen's view-model: controls to filters, target drafts, event order.
import { describe, expect, it } from 'vitest';
import {
  attributeKeys,
  benchmarkKind,
  dimensionOf,
  eventOptions,
  indexValues,
  parseRules,
  populationOf,
  presetOf,
  ruleDraftOf,
  targetsInView,
} from '../../../../renderer/src/features/representation/representationModel';
import { aPerson, aTarget, anEvent } from '../../../helpers/builders';

describe('controls', () => {
  it('recognises presets whatever the order, and custom choices', () => {
    expect(presetOf([], [])).toBe('everyone');
    expect(presetOf(['attended', 'confirmed'], [])).toBe('present');
    expect(presetOf([], ['moderator', 'keynote', 'speaker', 'panelist'])).toBe('speakers');
    expect(presetOf(['invited'], [])).toBeNull();
  });

  it('turns empty choices into "any" and no events into the whole workspace', () => {
    expect(populationOf([], [], ['speaker'])).toEqual({
      eventIds: null,
      statuses: null,
      roles: ['speaker'],
    });
  });

  it('reads dimension keys, including custom fields', () => {
    expect(dimensionOf('nationality', 'ldc')).toEqual({ kind: 'nationality', scheme: 'ldc' });
    expect(dimensionOf('attribute:age bracket', 'x')).toEqual({
      kind: 'attribute',
      key: 'age bracket',
    });
    expect(dimensionOf('status', 'x')).toEqual({ kind: 'status' });
    expect(attributeKeys([aPerson({ attributes: { b: '1', a: 'x', c: ' ' } })])).toEqual([
      'a',
      'b',
    ]);
    expect(benchmarkKind({ kind: 'residence', scheme: 'm49-region' })).toBe('member-states');
    expect(benchmarkKind({ kind: 'gender' })).toBe('candidate-pool');
  });

  it('orders events as a tree, by date', () => {
    const p = anEvent({ kind: 'process', name: 'P', startDate: '2026-01-01' });
    const b = anEvent({ name: 'B', parentId: p.id, startDate: '2026-05-01' });
    const a = anEvent({ name: 'A', parentId: p.id, startDate: '2026-03-01' });
    const s = anEvent({ kind: 'podium', name: 'S', parentId: b.id });
    expect(eventOptions([s, b, a, p]).map((e) => `${e.depth}${e.name}`)).toEqual([
      '0P',
      '1A',
      '1B',
      '2S',
    ]);
  });
});

describe('targets in the view', () => {
  it('keeps targets of the dimension for the selected events or every event', () => {
    const e1 = anEvent();
    const e2 = anEvent();
    const mine = aTarget({ eventId: e1.id });
    const everywhere = aTarget({ eventId: null });
    const other = aTarget({ eventId: e2.id });
    const region = aTarget({
      eventId: e1.id,
      dimension: { kind: 'nationality', scheme: 'm49-region' },
    });
    const all = [mine, everywhere, other, region];
    expect(targetsInView(all, [e1.id], { kind: 'gender' })).toEqual([mine, everywhere]);
    expect(targetsInView(all, [], { kind: 'gender' })).toEqual([mine, everywhere, other]);
  });
});

describe('parseRules', () => {
  it('reads percentages and counts', () => {
    const r = parseRules([
      { category: 'woman', min: '45', max: '55 %', unit: 'share' },
      { category: 'media', min: '', max: '3', unit: 'count' },
    ]);
    expect(r).toEqual({
      ok: true,
      rules: [
        { category: 'woman', minShare: 0.45, maxShare: 0.55, minCount: null, maxCount: null },
        { category: 'media', minShare: null, maxShare: null, minCount: null, maxCount: 3 },
      ],
    });
  });

  it('rejects bad input with a message per field', () => {
    const r = parseRules([
      { category: '', min: '120', max: '', unit: 'share' },
      { category: 'woman', min: '', max: '', unit: 'share' },
      { category: 'man', min: '60', max: '40', unit: 'share' },
      { category: 'un-system', min: '2.5', max: '', unit: 'count' },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { index: 0, field: 'category', key: 'validation.required' },
      { index: 0, field: 'min', key: 'representation.targets.badShare' },
      { index: 1, field: 'min', key: 'representation.targets.noBound' },
      { index: 2, field: 'max', key: 'validation.minAboveMax' },
      { index: 3, field: 'min', key: 'representation.targets.badCount' },
    ]);
    expect(parseRules([])).toMatchObject({
      ok: false,
      errors: [{ key: 'representation.targets.noRules' }],
    });
  });

  it('round-trips a stored rule through the form', () => {
    const rule = {
      category: 'woman',
      minShare: 0.45,
      maxShare: null,
      minCount: null,
      maxCount: null,
    };
    expect(parseRules([ruleDraftOf(rule)])).toEqual({ ok: true, rules: [rule] });
  });
});

describe('indexValues', () => {
  it('adds gender indices for gender, using the dimension’s number of categories', () => {
    const dist = {
      dimension: 'gender',
      scheme: null,
      total: 4,
      unknown: 0,
      categories: [
        { key: 'woman', label: 'Woman', count: 2, share: 0.5 },
        { key: 'man', label: 'Man', count: 2, share: 0.5 },
      ],
    };
    const v = indexValues(dist, { kind: 'gender' }, 2);
    expect(v.map((x) => [x.key, x.value])).toEqual([
      ['womensShare', 0.5],
      ['genderParity', 1],
      ['blau', 0.5],
      ['blauNormalised', 1],
      ['shannonEvenness', 1],
    ]);
    expect(indexValues(dist, { kind: 'stakeholder-group' }, 10).map((x) => x.key)).not.toContain(
      'womensShare',
    );
  });
});
