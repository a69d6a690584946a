// Save a file, write its export-log line, remember whether it failed: the one way a screen saves
// an export. The sequence itself is `saveAndLog` (loggedSave.ts, unit-tested).
import { useCallback, useState } from 'react';
import { useStore } from '../data/hooks';
import { logExport } from '../data/repo/exportLog';
import type { ExportLogInput } from '../data/repo/exportLog';
import type { SaveResult } from '../platform/types';
import { saveAndLog } from './loggedSave';
import type { SaveOutcome } from './loggedSave';

export type LoggedSave = {
  /** Saves with `save` and, if a file was written, logs `entry`. Clears `failed` first. */
  run: (save: () => Promise<SaveResult>, entry: ExportLogInput) => Promise<SaveOutcome>;
  /** The last save threw (or its log line could not be written): show an error notice. */
  failed: boolean;
};

export function useLoggedSave(): LoggedSave {
  const store = useStore();
  const [failed, setFailed] = useState(false);
  const run = useCallback(
    async (save: () => Promise<SaveResult>, entry: ExportLogInput) => {
      setFailed(false);
      const outcome = await saveAndLog(save, () => logExport(store, entry));
      setFailed(outcome === 'failed');
      return outcome;
    },
    [store],
  );
  return { run, failed };
}
