// Save → export-log line → failure state: the sequence every export button runs.
import { describe, expect, it } from 'vitest';
import { saveAndLog } from '../../../renderer/src/ui/loggedSave';
import { listExports, logExport } from '../../../renderer/src/data/repo/exportLog';
import { freshStore } from '../data/fixtures';

const entry = { what: 'distribution-csv', form: 'aggregated', people: 12 } as const;

describe('saveAndLog', () => {
  it('logs one line after a saved file', async () => {
    const store = freshStore();
    const outcome = await saveAndLog(
      () => Promise.resolve({ saved: true, fileName: 'x.csv' }),
      () => logExport(store, entry),
    );
    expect(outcome).toBe('saved');
    const log = await listExports(store);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ what: 'distribution-csv', form: 'aggregated', people: 12 });
  });

  it('logs nothing when the user cancels the save dialog', async () => {
    const store = freshStore();
    const outcome = await saveAndLog(
      () => Promise.resolve({ saved: false }),
      () => logExport(store, entry),
    );
    expect(outcome).toBe('cancelled');
    expect(await listExports(store)).toHaveLength(0);
  });

  it('reports a failed save and logs nothing', async () => {
    const store = freshStore();
    const outcome = await saveAndLog(
      () => Promise.reject(new Error('disk full')),
      () => logExport(store, entry),
    );
    expect(outcome).toBe('failed');
    expect(await listExports(store)).toHaveLength(0);
  });

  it('reports a failure when the log line cannot be written', async () => {
    const store = freshStore();
    const outcome = await saveAndLog(
      () => Promise.resolve({ saved: true }),
      // An id the log refuses: the file went out but the log is not complete, so say so.
      () => logExport(store, { ...entry, what: 'Not Kebab' }),
    );
    expect(outcome).toBe('failed');
    expect(await listExports(store)).toHaveLength(0);
  });

  it('hands the save result to the logger', async () => {
    const seen: string[] = [];
    await saveAndLog(
      () => Promise.resolve({ saved: true, fileName: 'rooms.xlsx' }),
      (result) => {
        seen.push(result.fileName ?? '');
        return Promise.resolve();
      },
    );
    expect(seen).toEqual(['rooms.xlsx']);
  });
});
