// Workspace-level commands reachable from the menu and from Settings.
import { toWorkspaceFile, workspaceFileName } from '@shared/workspace-file';
import type { DataStore } from '../data/store';
import { readWorkspace } from '../data/repo/workspace';
import type { Platform, SaveResult } from '../platform';

export async function exportWorkspaceFile(
  store: DataStore,
  platform: Platform,
  displayName: string,
): Promise<SaveResult> {
  const [data, infoRow] = await Promise.all([readWorkspace(store), store.db.meta.get('workspace')]);
  const createdAt = infoRow?.key === 'workspace' ? infoRow.value.createdAt : store.ctx.now();
  const now = store.ctx.now();
  const file = toWorkspaceFile(data, { name: displayName, createdAt }, now, store.ctx.device());
  return platform.saveFile(workspaceFileName(displayName, now), JSON.stringify(file, null, 1), [
    { name: 'Plenary workspace', extensions: ['json'] },
  ]);
}
