import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../../renderer/src/app/router';

describe('hash router', () => {
  it.each([
    ['', { section: 'people', id: null }],
    ['#/', { section: 'people', id: null }],
    ['#/people', { section: 'people', id: null }],
    ['#/people/per_0123', { section: 'people', id: 'per_0123' }],
    ['#/events/new', { section: 'events', id: 'new' }],
    ['#/settings', { section: 'settings', id: null }],
    ['#/nowhere', { section: 'not-found', id: null }],
    ['#/people/a/b', { section: 'not-found', id: null }],
    ['#/constructor', { section: 'not-found', id: null }],
  ])('parses %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('round-trips ids that need escaping', () => {
    const href = routeHref('organisations', 'a/b c');
    expect(parseRoute(href)).toEqual({ section: 'organisations', id: 'a/b c' });
  });
});
