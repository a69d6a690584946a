// Who is writing, for the screens: the store's identity, live (it changes in Settings and in the
// first-run prompt), and whether the first-run prompt should show.
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../../data/hooks';
import type { Identity } from '../../data/store';

/** The identity; undefined while loading. */
export function useIdentity(): Identity | undefined {
  const store = useStore();
  return useLiveQuery(
    async () => {
      await store.ready;
      // Read the rows so that the query re-runs when either changes.
      await store.db.table<{ key: string }, string>('meta').bulkGet(['device', 'team.identity']);
      return { ...store.identity() };
    },
    [store],
    undefined,
  );
}

/**
 * The first-run prompt shows once per installation. Automated browsers (the end-to-end tests,
 * screenshots) do not get it unless the address asks for it with `?first-run`, so that every
 * other test starts on the screen it opened.
 */
export function firstRunWanted(identity: Identity | undefined, location: Location): boolean {
  if (!identity || identity.confirmedAt !== null) return false;
  const automated = typeof navigator !== 'undefined' && navigator.webdriver === true;
  return !automated || new URLSearchParams(location.search).has('first-run');
}
