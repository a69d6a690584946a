// Import through the real data layer (Dexie on fake-indexeddb): all rows land, or none.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyWorkspaceData } from '../../../../shared/domain/model';
import {
  buildImport,
  parseDelimited,
  prepareRows,
  proposeMapping,
} from '../../../../shared/import';
import { applyImport } from '../../../../renderer/src/features/transfer/applyImport';
import { freshStore } from '../../data/fixtures';

const nameArb = fc.constantFrom('Amina', 'José', 'Nguyễn', '王', 'Иван', "O'Neil", 'Zoé');
const rowArb = fc.record({
  given: nameArb,
  family: nameArb,
  org: fc.constantFrom('', 'UNDP', 'Acme', 'Fiocruz'),
  nat: fc.constantFrom('', 'Kenya', 'NA', 'Kenyan/German'),
});

function csvOf(rows: { given: string; family: string; org: string; nat: string }[]): string {
  return [
    'First name,Last name,Organisation,Nationality',
    ...rows.map((r) => [r.given, r.family, r.org, r.nat].join(',')),
  ].join('\n');
}

describe('applyImport', () => {
  it('writes every record of a valid import in one step, and nothing when one record is refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.boolean(),
        async (input, which, corrupt) => {
          const store = freshStore();
          const table = parseDelimited(csvOf(input));
          const rows = prepareRows(table, proposeMapping(table.headers), emptyWorkspaceData());
          const { ops, report } = buildImport(
            rows,
            { skip: new Set(), merges: new Map(), eventId: null },
            emptyWorkspaceData(),
          );
          if (corrupt) {
            // A record the data layer refuses, anywhere in the import.
            const victim = ops.people[which % ops.people.length]!;
            victim.draft = { ...victim.draft, email: 'not an e-mail' };
            await expect(applyImport(store, ops)).rejects.toThrow();
            expect(await store.db.people.count()).toBe(0);
            expect(await store.db.organisations.count()).toBe(0);
            expect(store.history.peekUndo()).toBeUndefined();
          } else {
            const applied = await applyImport(store, ops);
            expect(applied.people).toHaveLength(report.added);
            expect(await store.db.people.count()).toBe(input.length);
            expect(await store.db.organisations.count()).toBe(
              new Set(input.map((r) => r.org).filter(Boolean)).size,
            );
            // One import, one undo step, labelled for the history.
            expect(store.history.peekUndo()?.label).toBe('transfer.history.import');
            await store.undo();
            expect(await store.db.people.count()).toBe(0);
          }
          store.db.close();
        },
      ),
      { numRuns: 25 },
    );
  });
});
