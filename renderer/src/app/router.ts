// A small hash router: `#/people/per_…` survives reloads and works under app:// and http://.
import { useSyncExternalStore } from 'react';

export const SECTIONS = [
  'people',
  'organisations',
  'events',
  'network',
  'representation',
  'planner',
  'settings',
] as const;
export type Section = (typeof SECTIONS)[number];

export type Route = { section: Section; id: string | null } | { section: 'not-found'; id: null };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [section = 'people', id = null] = parts;
  if (!(SECTIONS as readonly string[]).includes(section) || parts.length > 2) {
    return { section: 'not-found', id: null };
  }
  return { section: section as Section, id: id === null ? null : decodeURIComponent(id) };
}

export function routeHref(section: Section, id?: string | null): string {
  return id ? `#/${section}/${encodeURIComponent(id)}` : `#/${section}`;
}

export function navigate(section: Section, id?: string | null): void {
  const href = routeHref(section, id);
  if (window.location.hash !== href) window.location.hash = href;
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
