// "Session deleted · Undo": a toast whose Undo reverts the change that was just made — and only
// that one. If something else was done (or undone) since, the button does nothing rather than
// undo the wrong change; Ctrl+Z and the top bar still walk the history.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../data/hooks';
import { useToasts } from './toasts';

/** Call right after an awaited repository write: shows `message` with an Undo for that write. */
export function useUndoToast(): (message: string) => void {
  const { t } = useTranslation();
  const store = useStore();
  const toasts = useToasts();
  return useCallback(
    (message: string) => {
      const entry = store.history.peekUndo();
      toasts.show(
        message,
        entry && {
          label: t('common.actions.undo'),
          run: () => {
            if (store.history.peekUndo() === entry) void store.undo();
          },
        },
      );
    },
    [store, toasts, t],
  );
}
