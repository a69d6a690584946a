// The export log records every saved export exactly once: the File menu's "Export workspace"
// (and Settings, which share exportWorkspaceFile), with the people the file really covers.
import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile } from '@shared/export/workspace-file';
import { exportWorkspaceFile } from '../../../renderer/src/app/workspaceCommands';
import {
  listExports,
  peopleCovered,
  peopleInParticipations,
} from '../../../renderer/src/data/repo/exportLog';
import { createPerson, deletePerson } from '../../../renderer/src/data/repo/people';
import { readWorkspace } from '../../../renderer/src/data/repo/workspace';
import { addParticipants } from '../../../renderer/src/data/repo/participations';
import type { Platform, SaveResult } from '../../../renderer/src/platform';
import { aParticipation, aPerson, aWorkspace } from '../../helpers/builders';
import { freshStore, personDraft, seedSmallWorkspace } from './fixtures';

/** A platform whose save dialog either saves (keeping the contents) or is cancelled. */
function savingPlatform(answer: 'save' | 'cancel') {
  const saved: { name: string; contents: string | Uint8Array }[] = [];
  const platform = {
    saveFile: (name: string, contents: string | Uint8Array): Promise<SaveResult> => {
      if (answer === 'cancel') return Promise.resolve({ saved: false });
      saved.push({ name, contents });
      return Promise.resolve({ saved: true, fileName: name });
    },
  } as unknown as Platform;
  return { platform, saved };
}

describe('export log: the workspace file (File menu and Settings)', () => {
  it('logs one full export covering the live people, after the file is saved', async () => {
    const store = freshStore();
    const { person } = await seedSmallWorkspace(store);
    await createPerson(store, personDraft({ givenName: 'Third', email: 'third@example.org' }));
    await deletePerson(store, person.id);
    const { platform, saved } = savingPlatform('save');

    const result = await exportWorkspaceFile(store, platform, 'Consultation');

    expect(result.saved).toBe(true);
    expect(saved).toHaveLength(1);
    const parsed = parseWorkspaceFile(String(saved[0]!.contents));
    if (!parsed.ok) throw new Error('the saved file does not parse');
    const live = parsed.file.data.people.filter((p) => p.deletedAt === null);
    const log = await listExports(store);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      what: 'workspace-file',
      form: 'full',
      people: live.length,
      by: 'test-device',
      encrypted: false,
    });
    // Two live people: the deleted one is in the file as a tombstone, not as a person covered.
    expect(log[0]!.people).toBe(2);
  });

  it('logs nothing when the save dialog is cancelled', async () => {
    const store = freshStore();
    await seedSmallWorkspace(store);
    const { platform } = savingPlatform('cancel');
    expect((await exportWorkspaceFile(store, platform, 'Consultation')).saved).toBe(false);
    expect(await listExports(store)).toEqual([]);
  });

  it('logs nothing when writing the file fails, and the failure reaches the caller', async () => {
    const store = freshStore();
    await seedSmallWorkspace(store);
    const platform = {
      saveFile: () => Promise.reject(new Error('disk-full')),
    } as unknown as Platform;
    await expect(exportWorkspaceFile(store, platform, 'Consultation')).rejects.toThrow('disk-full');
    expect(await listExports(store)).toEqual([]);
  });

  it('each export is its own line', async () => {
    const store = freshStore();
    await seedSmallWorkspace(store);
    const { platform } = savingPlatform('save');
    await exportWorkspaceFile(store, platform, 'A');
    await exportWorkspaceFile(store, platform, 'A');
    expect(await listExports(store)).toHaveLength(2);
  });
});

describe('people covered by an export', () => {
  it('counts live people, within the current filter when there is one', () => {
    const a = aPerson();
    const b = aPerson();
    const gone = aPerson({ deletedAt: '2026-01-01T00:00:00.000Z' });
    const data = aWorkspace({ people: [a, b, gone] });
    expect(peopleCovered(data)).toBe(2);
    expect(peopleCovered(data, new Set([a.id, gone.id]))).toBe(1);
  });

  it('counts the distinct live people a participations sheet names', async () => {
    const a = aPerson();
    const b = aPerson();
    const gone = aPerson({ deletedAt: '2026-01-01T00:00:00.000Z' });
    const data = aWorkspace({
      people: [a, b, gone],
      participations: [
        aParticipation({ personId: a.id }),
        aParticipation({ personId: a.id }),
        aParticipation({ personId: gone.id }),
        aParticipation({ personId: b.id, deletedAt: '2026-01-01T00:00:00.000Z' }),
      ],
    });
    expect(peopleInParticipations(data)).toBe(1);
    // And through the data layer, the same count for what a real workspace holds.
    const store = freshStore();
    const { person, other, conference } = await seedSmallWorkspace(store);
    await addParticipants(store, conference.id, [person.id, other.id], 'participant', 'confirmed');
    expect(peopleInParticipations(await readWorkspace(store))).toBe(2);
  });
});
