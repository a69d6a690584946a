// The root: opens the store, makes sure a workspace exists (the demo on first launch), then
// renders the shell. A failure to open says so and offers a retry; it never shows fake data.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createStore } from '../data/store';
import type { DataStore } from '../data/store';
import { StoreContext } from '../data/hooks';
import { ensureWorkspace } from '../data/repo/workspace';
import { ToastProvider } from '../ui/toasts';
import { Notice } from '../ui/Notice';
import { Button } from '../ui/Button';
import { Shell } from './Shell';
import { getPlatform } from '../platform';
import { startBackups } from '../data/repo/backup';
import { RecoveryScreen, ReloadScreen } from '../features/settings/RecoveryScreen';
import { ExportReminderToast } from '../features/settings/ExportReminderToast';
import { backupBeforeMigration, openFailureKey } from '../features/settings/recovery';
import { CURRENT_SCHEMA_VERSION } from '../data/schema';
import { FirstRunPrompt } from '../features/team/FirstRunPrompt';

type Boot =
  | { state: 'opening' }
  | { state: 'ready'; store: DataStore }
  | { state: 'failed'; details: string; messageKey: string }
  | { state: 'reload'; reason: 'versionchange' | 'blocked' };

export function App() {
  const { t } = useTranslation();
  const [boot, setBoot] = useState<Boot>({ state: 'opening' });

  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    // Desktop: a database from an older version is backed up as it is before it is upgraded.
    const before = backupBeforeMigration(getPlatform(), CURRENT_SCHEMA_VERSION).catch(() => false);
    const open = () => {
      const store = createStore();
      // A newer version opened in another window: close instead of blocking its upgrade.
      store.db.on('versionchange', () => {
        store.db.close();
        setBoot({ state: 'reload', reason: 'versionchange' });
        return false;
      });
      // Our upgrade waits for an older window: say so rather than hang on "Loading".
      store.db.on('blocked', () => {
        if (!cancelled) setBoot({ state: 'reload', reason: 'blocked' });
      });
      ensureWorkspace(store).then(
        () => {
          if (cancelled) return;
          setBoot({ state: 'ready', store });
          startBackups(store, getPlatform());
          void navigator.storage?.persist?.().catch(() => undefined);
        },
        (error: unknown) =>
          void openFailureKey(error, CURRENT_SCHEMA_VERSION).then(
            (messageKey) =>
              !cancelled &&
              setBoot({
                state: 'failed',
                details: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
                messageKey,
              }),
          ),
      );
    };
    void before.then(() => !cancelled && open());
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const retry = () => {
    setBoot({ state: 'opening' });
    setAttempt((n) => n + 1);
  };

  if (boot.state === 'opening') {
    return (
      <div className="empty-state" role="status">
        <p>{t('shell.loading')}</p>
      </div>
    );
  }
  if (boot.state === 'reload') return <ReloadScreen reason={boot.reason} />;
  if (boot.state === 'failed' && boot.messageKey === 'privacy.recovery.upgradeFailed') {
    return <RecoveryScreen messageKey={boot.messageKey} details={boot.details} onRetry={retry} />;
  }
  if (boot.state === 'failed') {
    return (
      <main className="page" style={{ maxWidth: 640, margin: '48px auto' }}>
        <Notice tone="error">
          <p>
            <strong>{t('shell.openFailed')}</strong>
          </p>
          <p>{t('shell.openFailedHint', { details: boot.details })}</p>
        </Notice>
        <div>
          <Button variant="primary" onClick={retry}>
            {t('shell.retry')}
          </Button>
        </div>
      </main>
    );
  }
  return (
    <StoreContext.Provider value={boot.store}>
      <ToastProvider>
        <Shell />
        <FirstRunPrompt />
        <ExportReminderToast />
      </ToastProvider>
    </StoreContext.Provider>
  );
}
