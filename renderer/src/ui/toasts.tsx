// Short confirmations ("Person deleted — Undo") in a polite live region.
import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Toast = { id: number; message: string; action?: { label: string; run: () => void } };
type ToastApi = { show(message: string, action?: Toast['action']): void };

const ToastContext = createContext<ToastApi>({ show: () => undefined });

export function useToasts(): ToastApi {
  return useContext(ToastContext);
}

const LIFETIME_MS = 6000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => {
    setToasts((all) => all.filter((x) => x.id !== id));
  }, []);
  const api = useMemo<ToastApi>(
    () => ({
      show(message, action) {
        const id = next.current++;
        setToasts((all) => [...all.slice(-2), { id, message, ...(action ? { action } : {}) }]);
        window.setTimeout(() => dismiss(id), LIFETIME_MS);
      },
    }),
    [dismiss],
  );
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className="toast">
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="btn"
                onClick={() => {
                  toast.action?.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button
              type="button"
              className="btn btn--icon"
              aria-label={t('common.actions.close')}
              onClick={() => dismiss(toast.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
