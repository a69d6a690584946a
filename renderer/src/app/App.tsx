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

type Boot = { state: 'opening' } | { state: 'ready'; store: DataStore } | { state: 'failed'; details: string };

export function App() {
  const { t } = useTranslation();
  const [boot, setBoot] = useState<Boot>({ state: 'opening' });

  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    const store = createStore();
    ensureWorkspace(store).then(
      () => !cancelled && setBoot({ state: 'ready', store }),
      (error: unknown) =>
        !cancelled &&
        setBoot({ state: 'failed', details: error instanceof Error ? error.message : String(error) }),
    );
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
      </ToastProvider>
    </StoreContext.Provider>
  );
}
