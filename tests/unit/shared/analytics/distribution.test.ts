// Hand-computed distributions: unknowns, multi-nationality people, descendant sessions, empty
// scopes and empty scheme categories.
import { describe, expect, it } from 'vitest';
import { distribution, peopleInScope } from '@shared/analytics';
import { aRegionScheme } from '../../../helpers/builders';
import { everyone, fixture } from './fixture';

const counts = (d: { categories: { key: string; count: number }[] }) =>
  Object.fromEntries(d.categories.map((c) => [c.key, c.count]));

describe('peopleInScope', () => {
  it('is every live person when nothing is filtered', () => {
    const { data, amina, bob, chen, dana } = fixture();
    expect(peopleInScope(data, everyone).map((p) => p.id)).toEqual([
      amina.id,
      bob.id,
      chen.id,
      dana.id,
    ]);
  });

  it('includes the descendant sessions of a process and skips deleted participations', () => {
    const { data, process, amina, bob } = fixture();
    const ids = peopleInScope(data, { eventIds: [process.id], statuses: null, roles: null }).map(
      (p) => p.id,
    );
    expect(ids).toEqual([amina.id, bob.id]);
  });

  it('filters by status and role on the same participation', () => {
    const { data, process, amina } = fixture();
    const speakers = peopleInScope(data, {
      eventIds: [process.id],
      statuses: ['confirmed'],
      roles: ['speaker'],
    });
    expect(speakers.map((p) => p.id)).toEqual([amina.id]);
    const declinedSpeakers = peopleInScope(data, {
      eventIds: null,
      statuses: ['declined'],
      roles: ['speaker'],
    });
    expect(declinedSpeakers).toEqual([]);
  });
});

describe('distribution', () => {
  it('counts gender with unknown as no value and shares of the total', () => {
    const { data } = fixture();
    const d = distribution(data, { kind: 'gender' }, everyone);
    expect(d).toMatchObject({ dimension: 'gender', scheme: null, total: 4, unknown: 1 });
    expect(d.categories).toEqual([
      { key: 'woman', label: 'Woman', count: 2, share: 0.5 },
      { key: 'man', label: 'Man', count: 1, share: 0.25 },
    ]);
  });

  it('counts a person with two nationalities in both regions', () => {
    const { data } = fixture();
    const d = distribution(data, { kind: 'nationality', scheme: 'm49-region' }, everyone);
    // Amina KE+FR, Bob DE, Dana KE; Chen has none.
    expect(counts(d)).toEqual({ Africa: 2, Europe: 2 });
    expect(d.unknown).toBe(1);
    expect(d.scheme).toBe('m49-region');
  });

  it('keys the country scheme by ISO code and labels it with the UN name', () => {
    const { data } = fixture();
    const d = distribution(data, { kind: 'nationality', scheme: 'country' }, everyone);
    expect(d.categories[0]).toEqual({ key: 'KE', label: 'Kenya', count: 2, share: 0.5 });
    expect(d.categories.map((c) => c.key)).toEqual(['KE', 'FR', 'DE']);
  });

  it('includes empty scheme categories on request', () => {
    const { data } = fixture();
    const d = distribution(data, { kind: 'residence', scheme: 'm49-subregion' }, everyone, {
      includeEmpty: true,
    });
    const melanesia = d.categories.find((c) => c.key === 'Melanesia');
    expect(melanesia).toEqual({ key: 'Melanesia', label: 'Melanesia', count: 0, share: 0 });
    // Amina, Chen and Dana reside in Kenya (the builder's default); Bob has no residence.
    expect(d.categories[0]).toMatchObject({ key: 'Sub-Saharan Africa', count: 3 });
    expect(d.unknown).toBe(1);
  });

  it('groups by a custom region scheme', () => {
    const { data } = fixture();
    const scheme = aRegionScheme();
    const d = distribution(data, { kind: 'nationality', scheme: scheme.id }, everyone, {
      customSchemes: [scheme],
    });
    // North: DE, SE, CA; South: KE, BR, NA. France is in neither: Amina still counts as South.
    expect(counts(d)).toEqual({ South: 2, North: 1 });
    expect(d.unknown).toBe(1);
  });

  it('uses the primary affiliation, else the first, for organisation type', () => {
    const { data } = fixture();
    const d = distribution(data, { kind: 'organisation-type' }, everyone);
    expect(counts(d)).toEqual({ 'un-system': 1, academia: 1 });
    expect(d.unknown).toBe(2);
    expect(d.categories.find((c) => c.key === 'un-system')?.label).toBe('UN system');
  });

  it('counts attributes by trimmed value', () => {
    const { data } = fixture();
    const d = distribution(data, { kind: 'attribute', key: 'age bracket' }, everyone);
    expect(d.dimension).toBe('attribute:age bracket');
    expect(counts(d)).toEqual({ '35-49': 1 });
    expect(d.unknown).toBe(3);
  });

  it('counts roles and statuses of the matching participations only', () => {
    const { data, conference } = fixture();
    const scope = { eventIds: [conference.id], statuses: null, roles: null };
    expect(counts(distribution(data, { kind: 'role' }, scope))).toEqual({
      participant: 2,
      speaker: 1,
    });
    expect(counts(distribution(data, { kind: 'status' }, scope))).toEqual({
      confirmed: 1,
      attended: 1,
      declined: 1,
    });
  });

  it('sorts ties by label and gives an empty scope zero shares', () => {
    const { data, other, podium } = fixture();
    const empty = distribution(
      data,
      { kind: 'gender' },
      { eventIds: [podium.id], statuses: ['attended'], roles: null },
    );
    expect(empty).toEqual({
      dimension: 'gender',
      scheme: null,
      total: 0,
      unknown: 0,
      categories: [],
    });
    const withEmpty = distribution(
      data,
      { kind: 'gender' },
      { eventIds: [other.id], statuses: null, roles: null },
      { includeEmpty: true },
    );
    expect(withEmpty.unknown).toBe(1);
    expect(withEmpty.categories.map((c) => c.key)).toEqual([
      'man',
      'non-binary',
      'prefers-not-to-say',
      'self-described',
      'woman',
    ]);
  });
});
