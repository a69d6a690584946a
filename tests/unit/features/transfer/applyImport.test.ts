// applyImport across its slices and the writer's chunks (real Dexie on fake-indexeddb): every
// person gets their organisation and their participation — the new ids are matched back to the
// right rows past each slice boundary — and the whole import is one undo step.
import { describe, expect, it } from 'vitest';
import { emptyWorkspaceData } from '../../../../shared/domain/model';
import {
  buildImport,
  parseDelimited,
  prepareRows,
  proposeMapping,
} from '../../../../shared/import';
import { applyImport } from '../../../../renderer/src/features/transfer/applyImport';
import { createEvent, emptyEventDraft } from '../../../../renderer/src/data/repo/events';
import { freshStore } from '../../data/fixtures';

// More than one slice (4 × 500 drafts) of people and of participations.
const ROWS = 2_600;

describe('applyImport at size', () => {
  it('links every person to their organisation and event past slice boundaries; one undo', async () => {
    const store = freshStore();
    const event = await createEvent(store, { ...emptyEventDraft(), name: 'Forum' });
    const csv = [
      'Name,Organisation',
      ...Array.from({ length: ROWS }, (_, i) => `Given${i} Family${i},Org${i % 7}`),
    ].join('\n');
    const table = parseDelimited(csv);
    const rows = prepareRows(table, proposeMapping(table.headers), emptyWorkspaceData());
    const { ops } = buildImport(
      rows,
      { skip: new Set(), merges: new Map(), eventId: event.id },
      emptyWorkspaceData(),
    );
    const applied = await applyImport(store, ops);
    expect(applied.people).toHaveLength(ROWS);
    const orgName = new Map<string, string>(
      (await store.db.organisations.toArray()).map((o) => [o.id, o.name]),
    );
    expect(orgName.size).toBe(7);
    const people = await store.db.people.toArray();
    const byId = new Map(people.map((p) => [p.id, p]));
    for (const p of people) {
      const i = Number(p.givenName.slice('Given'.length));
      expect(orgName.get(p.affiliations[0]?.organisationId ?? '')).toBe(`Org${i % 7}`);
    }
    const participations = await store.db.participations.toArray();
    expect(participations).toHaveLength(ROWS);
    expect(new Set(participations.map((x) => x.personId)).size).toBe(ROWS);
    expect(participations.every((x) => byId.has(x.personId) && x.eventId === event.id)).toBe(true);

    await store.undo();
    expect(await store.db.people.count()).toBe(0);
    expect(await store.db.participations.count()).toBe(0);
    expect(await store.db.organisations.count()).toBe(0);
    store.db.close();
  });
});
