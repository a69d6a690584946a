// readLive's progress: the People screen's "Loading people… n of N" counts the records read so
// far, page by page, tombstones included, ending at the table's count.
import { describe, expect, it } from 'vitest';
import { READ_PAGE, readLive } from '../../../renderer/src/data/hooks';
import { aPerson } from '../../helpers/builders';
import { freshStore } from './fixtures';

describe('readLive progress', () => {
  it('reports the records read after each page, up to the table count', async () => {
    const { db } = freshStore();
    const count = READ_PAGE * 2 + 5;
    await db.people.bulkPut(
      Array.from({ length: count }, (_, i) =>
        aPerson({ deletedAt: i % 50 === 0 ? '2026-11-01T00:00:00.000Z' : null }),
      ),
    );
    const seen: number[] = [];
    const live = await readLive(db.people, (n) => seen.push(n));
    expect(seen).toEqual([READ_PAGE, READ_PAGE * 2, count]);
    expect(seen.at(-1)).toBe(await db.people.count());
    expect(live).toHaveLength(count - Math.ceil(count / 50));
  });

  it('reports nothing read for an empty table', async () => {
    const { db } = freshStore();
    const seen: number[] = [];
    expect(await readLive(db.people, (n) => seen.push(n))).toEqual([]);
    expect(seen).toEqual([0]);
  });
});
