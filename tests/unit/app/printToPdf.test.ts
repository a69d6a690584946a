// The File menu's "Print to PDF" writes an export-log line like every other save path.
import { describe, expect, it } from 'vitest';
import { printViewToPdf } from '../../../renderer/src/app/workspaceCommands';
import { listExports } from '../../../renderer/src/data/repo/exportLog';
import { deletePerson } from '../../../renderer/src/data/repo/people';
import { freshStore, seedSmallWorkspace } from '../data/fixtures';

const printer = (saved: boolean) => {
  const names: string[] = [];
  return {
    names,
    printToPdf: (name: string) => {
      names.push(name);
      return Promise.resolve({ saved });
    },
  };
};

describe('printViewToPdf', () => {
  it('logs a saved PDF once, counting the live people of the workspace', async () => {
    const store = freshStore();
    const seeded = await seedSmallWorkspace(store);
    await deletePerson(store, seeded.other.id);
    const platform = printer(true);
    const result = await printViewToPdf(store, platform, 'Guidelines');
    expect(result.saved).toBe(true);
    expect(platform.names).toEqual(['Guidelines.pdf']);
    const log = await listExports(store);
    expect(log).toHaveLength(1);
    // Two people were seeded and one deleted: the tombstone is not counted.
    expect(log[0]).toMatchObject({ what: 'view-pdf', form: 'full', people: 1, encrypted: false });
  });

  it('logs nothing when no file was saved (cancelled, or the browser’s print dialog)', async () => {
    const store = freshStore();
    await seedSmallWorkspace(store);
    await printViewToPdf(store, printer(false), 'Guidelines');
    expect(await listExports(store)).toEqual([]);
  });
});
