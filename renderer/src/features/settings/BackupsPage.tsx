// Settings → Backups: the automatic backups main keeps outside the database, and restoring one.
// In the browser build there are none: the page says so and asks for workspace-file exports.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { backupService } from '../../data/repo/backup';
import type { BackupService, BackupStatus } from '../../data/repo/backup';
import { getPlatform } from '../../platform';
import type { BackupInfo } from '../../platform';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { useToasts } from '../../ui/toasts';
import { formatBytes } from './storageInfo';
import { writeFailureKey } from './recovery';

const noop = () => () => undefined;

export function useBackupStatus(): BackupStatus | null {
  const service = backupService();
  return useSyncExternalStore(
    service ? (listener: () => void) => service.subscribe(listener) : noop,
    () => service?.getStatus() ?? null,
  );
}

export function BackupsPage() {
  const { t } = useTranslation();
  const service = backupService();
  const status = useBackupStatus();
  const backups = getPlatform().backups;
  if (!backups || !service) {
    return (
      <div className="settings">
        <section className="card" aria-labelledby="backups-heading">
          <h2 id="backups-heading">{t('privacy.backups.heading')}</h2>
          <Notice tone="warning">{t('privacy.backups.browser')}</Notice>
          {status?.reminder && <p>{t('privacy.backups.reminder')}</p>}
          <p className="muted">{t('privacy.backups.browserHint')}</p>
        </section>
      </div>
    );
  }
  return <BackupList service={service} status={status} />;
}

function BackupList({ service, status }: { service: BackupService; status: BackupStatus | null }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [loadError, setLoadError] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const platform = getPlatform();

  const refresh = useCallback(() => {
    platform.backups?.list().then(
      (l) => {
        setList(l);
        setLoadError(false);
      },
      () => setLoadError(true),
    );
  }, [platform]);
  useEffect(refresh, [refresh, status?.last?.id]);

  const restore = async () => {
    if (!restoring) return;
    setBusy(true);
    setRestoreError(null);
    const result = await service.restore(restoring.id).catch((error: unknown) => ({
      ok: false as const,
      messageKey: writeFailureKey(error) ?? 'privacy.backups.errors.restoreFailed',
    }));
    setBusy(false);
    if (!result.ok) {
      setRestoreError(result.messageKey);
      return;
    }
    setRestoring(null);
    toasts.show(t('privacy.backups.restored'));
    refresh();
  };

  return (
    <div className="settings">
      <section className="card" aria-labelledby="backups-heading">
        <h2 id="backups-heading">{t('privacy.backups.heading')}</h2>
        <p className="muted">{t('privacy.backups.hint')}</p>
        {status?.error && <Notice tone="error">{t(status.error)}</Notice>}
        <div className="settings__actions">
          <Button
            onClick={() =>
              void service.request('manual').then((info) => {
                if (info) toasts.show(t('privacy.backups.written'));
              })
            }
          >
            {t('privacy.backups.backUpNow')}
          </Button>
        </div>
        {loadError ? (
          <Notice tone="error">{t('privacy.backups.errors.list')}</Notice>
        ) : list === null ? (
          <p role="status">{t('common.loading')}</p>
        ) : list.length === 0 ? (
          <p>{t('privacy.backups.empty')}</p>
        ) : (
          <table className="privacy__table">
            <caption className="visually-hidden">{t('privacy.backups.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('privacy.backups.when')}</th>
                <th scope="col">{t('privacy.backups.why')}</th>
                <th scope="col">{t('privacy.backups.contents')}</th>
                <th scope="col">{t('privacy.backups.size')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('privacy.backups.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((b) => (
                <tr key={b.id}>
                  <td>{new Date(b.createdAt).toLocaleString()}</td>
                  <td>{t(`privacy.backups.reasons.${b.reason}`)}</td>
                  <td>
                    {b.counts
                      ? t('privacy.backups.counts', {
                          people: b.counts.people,
                          organisations: b.counts.organisations,
                          events: b.counts.events,
                          participations: b.counts.participations,
                        })
                      : t('privacy.backups.countsUnknown')}
                  </td>
                  <td>{formatBytes(b.sizeBytes)}</td>
                  <td>
                    <Button size="small" onClick={() => setRestoring(b)}>
                      {t('privacy.backups.restore')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <ConfirmDialog
        open={restoring !== null}
        title={t('privacy.backups.restoreTitle', {
          date: restoring ? new Date(restoring.createdAt).toLocaleString() : '',
        })}
        confirmLabel={t('privacy.backups.restoreConfirm')}
        busy={busy}
        onConfirm={() => void restore()}
        onCancel={() => {
          setRestoring(null);
          setRestoreError(null);
        }}
      >
        <p>{t('privacy.backups.restoreBody')}</p>
        {restoreError && <Notice tone="error">{t(restoreError)}</Notice>}
      </ConfirmDialog>
    </div>
  );
}
