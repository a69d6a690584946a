// Workspace-level commands reachable from the menu and from Settings.
import { toWorkspaceFile, workspaceFileName } from '@shared/workspace-file';
import type { DataStore } from '../data/store';
import { readWorkspace } from '../data/repo/workspace';
import { logExport, peopleCovered } from '../data/repo/exportLog';
import { backupService } from '../data/repo/backup';
import type { Platform, PrintResult, SaveResult } from '../platform';

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

/**
 * Prints the current view to a PDF file (File menu) and, once a file is saved, logs it like any
 * other export. A printed view may list people; which of them it showed the page cannot say, so
 * the line counts every live person in the workspace — an upper bound, never an undercount. (The
 * browser build's print dialog reports nothing back, so nothing is logged there.)
 */
export async function printViewToPdf(
  store: DataStore,
  platform: Pick<Platform, 'printToPdf'>,
  displayName: string,
): Promise<PrintResult> {
  const result = await platform.printToPdf(`${displayName}.pdf`);
  if (result.saved) {
    const people = await store.db.people.filter((p) => p.deletedAt === null).count();
    await logExport(store, { what: 'view-pdf', form: 'full', people });
  }
  return result;
}
