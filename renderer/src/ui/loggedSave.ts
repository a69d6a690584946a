// Every file that leaves the machine is saved, then logged — once, and only if it was saved —
// and a failure anywhere is shown to the user. This is that sequence, free of React.
import type { SaveResult } from '../platform/types';

/** 'cancelled': the user closed the save dialog; nothing was written and nothing is logged. */
export type SaveOutcome = 'saved' | 'cancelled' | 'failed';

/**
 * Runs `save`; when it reports a saved file, runs `log` (the export-log line). A throw from either
 * is 'failed' — a file whose export could not be logged is reported too, so the user can retry.
 */
export async function saveAndLog(
  save: () => Promise<SaveResult>,
  log: (result: SaveResult) => Promise<unknown>,
): Promise<SaveOutcome> {
  try {
    const result = await save();
    if (!result.saved) return 'cancelled';
    await log(result);
    return 'saved';
  } catch {
    return 'failed';
  }
}
