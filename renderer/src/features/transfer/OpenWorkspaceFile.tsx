// "Open workspace file…": parse and validate the file first, show what it holds, and replace the
// workspace only after the user confirms (with a backup of the current state first, on desktop).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseWorkspaceFile } from '@shared/export/workspace-file';
import type { WorkspaceFile } from '@shared/workspace-file';
import { replaceWorkspace } from '../../data/repo/workspace';
import { requestBackup } from '../../data/repo/backup';
import { useStore } from '../../data/hooks';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useToasts } from '../../ui/toasts';

export function OpenWorkspaceFile() {
  const { t } = useTranslation();
  const store = useStore();
  const toasts = useToasts();
  const [pending, setPending] = useState<WorkspaceFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async () => {
    setError(null);
    const opened = await getPlatform().openFile([
      { name: 'Plenary workspace', extensions: ['json'] },
    ]);
    if (!opened) return;
    const parsed = parseWorkspaceFile(new TextDecoder().decode(opened.bytes));
    if (!parsed.ok) {
      const e = parsed.error;
      setError(
        e.kind === 'newer-version'
          ? t('transfer.workspaceFileError.newer-version', { version: e.version })
          : e.kind === 'invalid-records'
            ? t('transfer.workspaceFileError.invalid-records', { count: e.total })
            : t(`transfer.workspaceFileError.${e.kind}`),
      );
      return;
    }
    setPending(parsed.file);
  };

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await requestBackup('before-restore');
      await replaceWorkspace(store, pending.data, {
        name: pending.workspace.name,
        origin: 'file',
        createdAt: pending.workspace.createdAt,
      });
      toasts.show(t('transfer.open.done', { name: pending.workspace.name }));
      setPending(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const live = <T extends { deletedAt: string | null }>(rows: T[]) =>
    rows.filter((r) => r.deletedAt === null).length;
  return (
    <div className="transfer-open">
      <p className="transfer-muted">{t('transfer.open.hint')}</p>
      <Button onClick={() => void pick()}>{t('transfer.open.button')}</Button>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={t('transfer.open.confirmTitle')}
        confirmLabel={t('transfer.open.confirm')}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      >
        {pending && (
          <p>
            {t('transfer.open.confirmBody', {
              name: pending.workspace.name,
              people: live(pending.data.people),
              organisations: live(pending.data.organisations),
              events: live(pending.data.events),
            })}
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
