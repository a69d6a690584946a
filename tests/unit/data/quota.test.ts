// A full disk or exceeded quota in the middle of a write: the transaction rolls back whole,
// and the error maps to a message the user can act on.
import { describe, expect, it } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { openDatabase } from '../../../renderer/src/data/db';
import { createStore } from '../../../renderer/src/data/store';
import { createPerson } from '../../../renderer/src/data/repo/people';
import { readWorkspace, replaceWorkspace } from '../../../renderer/src/data/repo/workspace';
import { writeFailureKey } from '../../../renderer/src/features/settings/recovery';
import { aPerson, aWorkspace } from '../../helpers/builders';
import { personDraft } from './fixtures';

/** Fails every mutation after the first `allowed` ones with the browser's QuotaExceededError. */
function quotaAfter(allowed: { n: number; armed: boolean }): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'simulated-quota',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            if (allowed.armed && allowed.n-- <= 0) {
              return Promise.reject(
                new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
              );
            }
            return table.mutate(req);
          },
        };
      },
    }),
  };
}

function storeWithQuota() {
  const budget = { n: 0, armed: false };
  const db = openDatabase(`plenary-quota-${Math.random().toString(36).slice(2)}`);
  db.use(quotaAfter(budget));
  const store = createStore(db, { now: () => '2026-11-28T12:00:00.000Z', device: () => 'test' });
  return { store, budget };
}

describe('quota exceeded during a write', () => {
  it('a multi-record write rolls back entirely and says the disk is full', async () => {
    const { store, budget } = storeWithQuota();
    await createPerson(store, personDraft({ givenName: 'Existing' }));
    const before = await readWorkspace(store);

    budget.n = 3;
    budget.armed = true;
    const error = await store
      .mutate('history.import', async (w) => {
        for (let i = 0; i < 6; i++)
          await w.create('people', personDraft({ givenName: `Imported ${i}` }));
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    budget.armed = false;

    expect(error).not.toBeNull();
    expect(writeFailureKey(error)).toBe('privacy.storage.quota');
    expect(await readWorkspace(store)).toEqual(before);
    expect(store.history.entries()).toHaveLength(1);
  });

  it('replacing the workspace keeps the old one when the quota runs out half-way', async () => {
    const { store, budget } = storeWithQuota();
    await createPerson(store, personDraft({ givenName: 'Keep me' }));
    const before = await readWorkspace(store);
    budget.n = 2;
    budget.armed = true;
    const incoming = aWorkspace({ people: Array.from({ length: 5 }, () => aPerson()) });
    const error = await replaceWorkspace(store, incoming, {
      name: 'New',
      origin: 'file',
      createdAt: '2026-11-28T12:00:00.000Z',
    }).then(
      () => null,
      (e: unknown) => e,
    );
    budget.armed = false;
    expect(writeFailureKey(error)).toBe('privacy.storage.quota');
    expect(await readWorkspace(store)).toEqual(before);
  });

  it('other errors are not reported as a full disk', () => {
    expect(writeFailureKey(new Error('validation'))).toBeNull();
  });
});
