// Saved network views: the lens, filters, style and positions under a name, in the workspace's
// savedViews table (so they travel with workspace files). Each change is one undoable write.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SavedView } from '@shared/domain/model';
import { useStore } from '../../data/hooks';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field } from '../../ui/Field';
import { useToasts } from '../../ui/toasts';
import type { SavedNetworkState } from './networkView';

function useNetworkViews(): SavedView[] | null {
  const { db } = useStore();
  return useLiveQuery(
    async () =>
      (await db.savedViews.where('view').equals('network').toArray())
        .filter((v) => v.deletedAt === null)
        .sort((a, b) => a.name.localeCompare(b.name)),
    [db],
    null,
  );
}

type Props = {
  current: () => SavedNetworkState;
  onOpen: (view: SavedView) => void;
};

export function SavedViews({ current, onOpen }: Props) {
  const { t } = useTranslation();
  const store = useStore();
  const toasts = useToasts();
  const views = useNetworkViews();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<SavedView | null>(null);

  const fail = (e: unknown) =>
    toasts.show(t('errors.saveFailed', { details: e instanceof Error ? e.message : String(e) }));

  const save = () => {
    const trimmed = name.trim();
    if (trimmed === '') {
      setError('network.saved.nameRequired');
      return;
    }
    setError(undefined);
    const state = current() as unknown as Record<string, unknown>;
    store
      .mutate('network.history.saveView', (w) =>
        w.create('savedViews', { name: trimmed, view: 'network', state }),
      )
      .then(() => {
        setName('');
        toasts.show(t('network.saved.saved', { name: trimmed }));
      }, fail);
  };

  const rename = () => {
    if (renaming === null || renaming.name.trim() === '') return;
    const { id, name: next } = renaming;
    store
      .mutate('network.history.renameView', (w) =>
        w.update('savedViews', id, { name: next.trim() }),
      )
      .then(() => setRenaming(null), fail);
  };

  const remove = (view: SavedView) => {
    setDeleting(null);
    store
      .mutate('network.history.deleteView', (w) => w.remove('savedViews', view.id))
      .then(() => toasts.show(t('network.saved.deleted', { name: view.name })), fail);
  };

  return (
    <details className="network-section">
      <summary>{t('network.saved.title')}</summary>
      <form
        className="network-save"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Field label={t('network.saved.name')} error={error}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={name}
              maxLength={200}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Button type="submit" size="small" variant="primary">
          {t('network.saved.save')}
        </Button>
      </form>
      {views !== null && views.length === 0 && (
        <p className="network-muted">{t('network.saved.none')}</p>
      )}
      <ul className="network-list network-saved">
        {(views ?? []).map((v) => (
          <li key={v.id}>
            {renaming?.id === v.id ? (
              <form
                className="network-save"
                onSubmit={(e) => {
                  e.preventDefault();
                  rename();
                }}
              >
                <Field label={t('network.saved.renameTo', { name: v.name })}>
                  {(control) => (
                    <input
                      {...control}
                      className="input"
                      value={renaming.name}
                      maxLength={200}
                      onChange={(e) => setRenaming({ id: v.id, name: e.target.value })}
                      onKeyDown={(e) => {
                        if (e.key === 'Escape') {
                          e.stopPropagation();
                          setRenaming(null);
                        }
                      }}
                    />
                  )}
                </Field>
                <Button
                  type="submit"
                  size="small"
                  variant="primary"
                  disabled={renaming.name.trim() === ''}
                >
                  {t('network.saved.rename')}
                </Button>
                <Button size="small" variant="ghost" onClick={() => setRenaming(null)}>
                  {t('network.saved.cancel')}
                </Button>
              </form>
            ) : (
              <div className="network-saved__row">
                <span className="network-saved__name">{v.name}</span>
                <Button
                  size="small"
                  onClick={() => onOpen(v)}
                  aria-label={`${t('network.saved.open')}: ${v.name}`}
                >
                  {t('network.saved.open')}
                </Button>
                <Button
                  size="small"
                  variant="ghost"
                  onClick={() => setRenaming({ id: v.id, name: v.name })}
                  aria-label={`${t('network.saved.rename')}: ${v.name}`}
                >
                  {t('network.saved.rename')}
                </Button>
                <Button
                  size="small"
                  variant="ghost"
                  icon="trash"
                  label={`${t('network.saved.delete')}: ${v.name}`}
                  onClick={() => setDeleting(v)}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title={t('network.saved.confirmDelete', { name: deleting?.name ?? '' })}
        confirmLabel={t('network.saved.delete')}
        onConfirm={() => deleting && remove(deleting)}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('network.saved.confirmDeleteBody')}</p>
      </ConfirmDialog>
    </details>
  );
}
