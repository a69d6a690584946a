// Browser build: when the workspace has changed significantly since the last workspace-file
// export (an import, a merge, many edits), say so wherever the user is, with the export one
// click away. The same reminder stays on Settings and Backups until a file is exported.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore, useWorkspaceInfo } from '../../data/hooks';
import { exportWorkspaceFile } from '../../app/workspaceCommands';
import { getPlatform } from '../../platform';
import { useToasts } from '../../ui/toasts';
import { useBackupStatus } from './BackupsPage';

export function ExportReminderToast() {
  const { t } = useTranslation();
  const store = useStore();
  const info = useWorkspaceInfo();
  const toasts = useToasts();
  const status = useBackupStatus();
  const reminder = status !== null && !status.available && status.reminder;
  const shown = useRef(false);
  const name = info ? (info.origin === 'demo' ? t('shell.demoName') : info.name) : '';

  useEffect(() => {
    // Once per raised reminder: it is raised again only after an export cleared it.
    if (!reminder) {
      shown.current = false;
      return;
    }
    if (shown.current) return;
    shown.current = true;
    toasts.show(t('privacy.backups.reminder'), {
      label: t('privacy.backups.exportNow'),
      run: () =>
        void exportWorkspaceFile(store, getPlatform(), name).then(
          (r) => r.saved && toasts.show(t('shell.exported')),
          (e: unknown) =>
            toasts.show(
              t('errors.saveFailed', { details: e instanceof Error ? e.message : String(e) }),
            ),
        ),
    });
  }, [reminder, toasts, t, store, name]);
  return null;
}
