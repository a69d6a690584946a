// Workspace-level commands reachable from the menu and from Settings.
import { toWorkspaceFile, workspaceFileName } from '@shared/workspace-file';
import type { DataStore } from '../data/store';
import { readWorkspace } from '../data/repo/workspace';
import { logExport, peopleCovered } from '../data/repo/exportLog';
import { backupService } from '../data/repo/backup';
import type { Platform, SaveResult } from '../platform';

/**
 * Saves the whole workspace as a workspace file (File menu, Settings) and, once the file is
 * saved, records it in the export log and clears the browser build's export reminder: every
 * caller gets both without remembering them.
 */
export async function exportWorkspaceFile(
  store: DataStore,
  platform: Platform,
  displayName: string,
): Promise<SaveResult> {
  const [data, infoRow] = await Promise.all([readWorkspace(store), store.db.meta.get('workspace')]);
  const createdAt = infoRow?.key === 'workspace' ? infoRow.value.createdAt : store.ctx.now();
  const now = store.ctx.now();
  const file = toWorkspaceFile(data, { name: displayName, createdAt }, now, store.ctx.device());
  const result = await platform.saveFile(
    workspaceFileName(displayName, now),
    JSON.stringify(file, null, 1),
    [{ name: 'Plenary workspace', extensions: ['json'] }],
  );
  if (result.saved) {
    backupService()?.dismissReminder();
    await logExport(store, { what: 'workspace-file', form: 'full', people: peopleCovered(data) });
  }
  return result;
}
