// The legend's explanations besides the colours: which link styles can be on screen, which node
// types the colouring leaves grey, and communities numbered by size.
import { describe, expect, it } from 'vitest';
import {
  communityNumbers,
  linkStyles,
  undescribedTypes,
} from '../../../../renderer/src/features/network/legendModel';

describe('undescribedTypes', () => {
  it('names the drawn types a person-only colouring leaves grey', () => {
    expect(undescribedTypes('gender', ['person', 'event', 'session'])).toEqual([
      'event',
      'session',
    ]);
    expect(undescribedTypes('status', ['person', 'organisation', 'country'])).toEqual([
      'organisation',
      'country',
    ]);
  });

  it('counts organisations as described by stakeholder group, and nothing as grey by region or community', () => {
    expect(undescribedTypes('stakeholderGroup', ['person', 'organisation', 'region'])).toEqual([
      'region',
    ]);
    expect(undescribedTypes('region', ['person', 'event', 'country'])).toEqual([]);
    expect(undescribedTypes('community', ['person', 'event'])).toEqual([]);
  });
});

describe('linkStyles', () => {
  it('participation: plain, structure (session in event) and the two status styles', () => {
    expect(linkStyles('participation', ['person', 'event', 'session'], true)).toEqual([
      'plain',
      'structure',
      'declined',
      'tentative',
    ]);
  });

  it('affiliation: plain and relationship, no status styles', () => {
    expect(linkStyles('affiliation', ['person', 'organisation'], false)).toEqual([
      'plain',
      'relationship',
    ]);
  });

  it('geography: plain and country in region; no structure when regions are switched off', () => {
    expect(linkStyles('geography', ['person', 'country', 'region'], false)).toEqual([
      'plain',
      'structure',
    ]);
    expect(linkStyles('geography', ['person', 'country'], false)).toEqual(['plain']);
  });

  it('events alone (people switched off): only the session-in-event links', () => {
    expect(linkStyles('participation', ['event', 'session'], false)).toEqual(['structure']);
  });
});

describe('communityNumbers', () => {
  it('numbers communities from the largest, ties by Louvain id', () => {
    const numbers = communityNumbers({ a: 7, b: 7, c: 7, d: 2, e: 2, f: 0, g: 5, h: 5 });
    expect(numbers.get('7')).toBe(1);
    expect(numbers.get('2')).toBe(2);
    expect(numbers.get('5')).toBe(3);
    expect(numbers.get('0')).toBe(4);
    expect(numbers.size).toBe(4);
  });
});
