// Undo/redo from the buttons, the menu and the keyboard (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y).
// Inside a text field the browser's own text undo applies instead.
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../data/hooks';
import { useToasts } from '../ui/toasts';

export function isTextEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    );
  }
  return false;
}

export function useUndoRedo() {
  const { t } = useTranslation();
  const store = useStore();
  const toasts = useToasts();

  const undo = useCallback(async () => {
    const entry = await store.undo();
    if (entry) toasts.show(t('shell.undone', { action: t(entry.label) }));
  }, [store, toasts, t]);

  const redo = useCallback(async () => {
    const entry = await store.redo();
    if (entry) toasts.show(t('shell.redone', { action: t(entry.label) }));
  }, [store, toasts, t]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextEditing(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void undo();
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
        e.preventDefault();
        void redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return { undo, redo };
}
