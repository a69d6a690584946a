// User-defined region schemes ("Europe / Middle East and Africa / Americas / Asia"): imported
// from and exported to `{"name": "...", "groups": {"Label": ["ISO2", ...]}}` files, stored in
// the workspace, and offered wherever nationality or residence is grouped.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionSchemeFileError } from '@shared/analytics';
import { parseRegionSchemeFile, regionSchemeToJson } from '@shared/analytics';
import type { RegionScheme } from '@shared/domain/model';
import { useStore } from '../../data/hooks';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useLoggedSave } from '../../ui/useLoggedSave';
import { useUndoToast } from '../../ui/useUndoToast';
import { exportName } from './publishModel';
import { useRepresentationView } from './representationViewStore';

const JSON_FILES = [{ name: 'JSON', extensions: ['json'] }];

export function RegionSchemesSection({ schemes }: { schemes: readonly RegionScheme[] }) {
  const { t } = useTranslation();
  const store = useStore();
  const undoToast = useUndoToast();
  const view = useRepresentationView();
  const [error, setError] = useState<string | null>(null);
  const exports = useLoggedSave();

  const message = (e: RegionSchemeFileError) =>
    e.kind === 'bad-codes'
      ? t('representation.schemes.errors.bad-codes', { group: e.group, codes: e.codes.join(', ') })
      : e.kind === 'twice'
        ? t('representation.schemes.errors.twice', {
            code: e.code,
            first: e.groups[0],
            second: e.groups[1],
          })
        : t(`representation.schemes.errors.${e.kind}`);

  const importFile = async () => {
    setError(null);
    try {
      const file = await getPlatform().openFile(JSON_FILES);
      if (file === null) return;
      const parsed = parseRegionSchemeFile(new TextDecoder().decode(file.bytes));
      if (!parsed.ok) {
        setError(
          t('representation.schemes.refused', { file: file.name, reason: message(parsed.error) }),
        );
        return;
      }
      const created = await store.mutate('representation.history.importScheme', (w) =>
        w.create('regionSchemes', parsed.value),
      );
      // Show the new grouping at once: it is why the user imported it.
      if (view.dimension === 'nationality' || view.dimension === 'residence')
        view.set({ scheme: created.id });
      undoToast(t('representation.schemes.imported', { name: created.name }));
    } catch {
      setError(t('representation.schemes.importFailed'));
    }
  };

  const exportScheme = async (scheme: RegionScheme) => {
    setError(null);
    await exports.run(
      () =>
        getPlatform().saveFile(
          `${exportName('scheme', scheme.name)}.json`,
          regionSchemeToJson(scheme),
          JSON_FILES,
        ),
      // A list of countries, about no one.
      { what: 'region-scheme', form: 'aggregated', people: 0 },
    );
  };

  const remove = async (scheme: RegionScheme) => {
    await store.mutate('representation.history.deleteScheme', (w) =>
      w.remove('regionSchemes', scheme.id),
    );
    if (view.scheme === scheme.id) view.set({ scheme: 'm49-region' });
    if (view.crossScheme === scheme.id) view.set({ crossScheme: 'm49-region' });
    undoToast(t('representation.schemes.deleted', { name: scheme.name }));
  };

  return (
    <section className="rep-card" aria-labelledby="rep-schemes-title">
      <div className="rep-card__head">
        <h2 id="rep-schemes-title">{t('representation.schemes.title')}</h2>
        <Button icon="plus" onClick={() => void importFile()}>
          {t('representation.schemes.import')}
        </Button>
      </div>
      <p className="muted">{t('representation.schemes.explanation')}</p>
      {error !== null && <Notice tone="error">{error}</Notice>}
      {exports.failed && <Notice tone="error">{t('representation.facts.exportFailed')}</Notice>}
      {schemes.length === 0 ? (
        <p className="muted">{t('representation.schemes.none')}</p>
      ) : (
        <ul className="rep-schemes">
          {schemes.map((s) => (
            <li key={s.id}>
              <div>
                <strong>{s.name}</strong>
                <span className="muted">
                  {' '}
                  {t('representation.schemes.groups', {
                    count: s.groups.length,
                    list: s.groups.map((g) => g.label).join(' / '),
                  })}
                </span>
              </div>
              <div className="rep-schemes__actions">
                <Button
                  size="small"
                  variant="ghost"
                  label={t('representation.schemes.exportOf', { name: s.name })}
                  onClick={() => void exportScheme(s)}
                >
                  {t('representation.schemes.export')}
                </Button>
                <Button
                  size="small"
                  variant="ghost"
                  icon="trash"
                  label={t('representation.schemes.deleteOf', { name: s.name })}
                  onClick={() => void remove(s)}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
