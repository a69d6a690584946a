// The paged reads behind usePeople and friends (issue 8: no multi-second deserialising task
// when a large workspace opens) return exactly what one read of the table would: every live
// record, tombstones left out, across page boundaries.
import { describe, expect, it } from 'vitest';
import { READ_PAGE, readLive } from '../../../renderer/src/data/hooks';
import { aPerson } from '../../helpers/builders';
import { freshStore } from '../data/fixtures';

describe('readLive', () => {
  it('reads every live record across several pages, without tombstones', async () => {
    const { db } = freshStore();
    const count = READ_PAGE * 2 + 7;
    const people = Array.from({ length: count }, (_, i) =>
      aPerson({
        familyName: `Person ${i}`,
        deletedAt: i % 97 === 0 ? '2026-11-01T00:00:00.000Z' : null,
      }),
    );
    await db.people.bulkPut(people);
    const read = await readLive(db.people);
    const expected = people.filter((p) => p.deletedAt === null);
    expect(read).toHaveLength(expected.length);
    expect(new Set(read.map((p) => p.id))).toEqual(new Set(expected.map((p) => p.id)));
    expect(read.every((p) => p.deletedAt === null)).toBe(true);
  });

  it('reads an exact multiple of the page size, and an empty table', async () => {
    const { db } = freshStore();
    expect(await readLive(db.people)).toEqual([]);
    await db.people.bulkPut(Array.from({ length: READ_PAGE }, () => aPerson()));
    expect(await readLive(db.people)).toHaveLength(READ_PAGE);
  });
});
