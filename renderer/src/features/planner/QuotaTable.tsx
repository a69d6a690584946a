// The quotas table: one row per dimension/category with at least / at most, in people or in %
// of the seats. Every control is labelled for screen readers.
import { useTranslation } from 'react-i18next';
import type { Dimension, RegionScheme, WorkspaceData } from '@shared/domain/model';
import { dimensionKey } from '@shared/planner/workspace';
import { Button } from '../../ui/Button';
import type { QuotaRow, RowError } from './plannerView';
import { categoriesFor, categoryLabel, dimensionLabel, newRowKey } from './plannerView';

export function QuotaTable({
  rows,
  onChange,
  onReset,
  dimensions,
  data,
  schemes,
  errors,
}: {
  rows: readonly QuotaRow[];
  onChange: (rows: QuotaRow[]) => void;
  onReset: () => void;
  dimensions: readonly Dimension[];
  data: Pick<WorkspaceData, 'people'>;
  schemes: readonly RegionScheme[];
  errors: readonly RowError[];
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<QuotaRow>) =>
    onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const errorOf = (i: number, field: 'min' | 'max') =>
    errors.find((e) => e.row === i && e.field === field)?.key;
  return (
    <section className="planner-card" aria-labelledby="quotas-title">
      <div className="planner-card__head">
        <h2 id="quotas-title">{t('planner.quotas.title')}</h2>
        <Button size="small" variant="ghost" onClick={onReset}>
          {t('planner.quotas.fromTargets')}
        </Button>
      </div>
      <p className="muted">{t('planner.quotas.hint')}</p>
      {rows.length === 0 ? (
        <p>{t('planner.quotas.none')}</p>
      ) : (
        <table className="planner-table">
          <thead>
            <tr>
              <th scope="col">{t('planner.quotas.dimension')}</th>
              <th scope="col">{t('planner.quotas.category')}</th>
              <th scope="col">{t('planner.quotas.min')}</th>
              <th scope="col">{t('planner.quotas.max')}</th>
              <th scope="col">{t('planner.quotas.unit')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const dim = dimensions.find((d) => dimensionKey(d) === row.dimension);
              const cats = dim === undefined ? [] : categoriesFor(dim, data, schemes);
              const n = i + 1;
              const minError = errorOf(i, 'min');
              const maxError = errorOf(i, 'max');
              return (
                <tr key={row.key}>
                  <td>
                    <select
                      className="select"
                      aria-label={`${t('planner.quotas.dimension')} ${n}`}
                      value={row.dimension}
                      onChange={(e) => set(i, { dimension: e.target.value, category: '' })}
                    >
                      {dimensions.map((d) => (
                        <option key={dimensionKey(d)} value={dimensionKey(d)}>
                          {dimensionLabel(t, dimensionKey(d))}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      className="select"
                      aria-label={`${t('planner.quotas.category')} ${n}`}
                      value={row.category}
                      onChange={(e) => set(i, { category: e.target.value })}
                    >
                      <option value="">—</option>
                      {[...new Set([...cats, ...(row.category === '' ? [] : [row.category])])].map(
                        (c) => (
                          <option key={c} value={c}>
                            {categoryLabel(t, row.dimension, c)}
                          </option>
                        ),
                      )}
                    </select>
                  </td>
                  <td>
                    <input
                      className="input input--num"
                      inputMode="decimal"
                      aria-label={`${t('planner.quotas.min')} ${n}`}
                      aria-invalid={minError !== undefined}
                      title={minError === undefined ? undefined : t(minError)}
                      value={row.min}
                      onChange={(e) => set(i, { min: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      className="input input--num"
                      inputMode="decimal"
                      aria-label={`${t('planner.quotas.max')} ${n}`}
                      aria-invalid={maxError !== undefined}
                      title={maxError === undefined ? undefined : t(maxError)}
                      value={row.max}
                      onChange={(e) => set(i, { max: e.target.value })}
                    />
                  </td>
                  <td>
                    <select
                      className="select"
                      aria-label={`${t('planner.quotas.unit')} ${n}`}
                      value={row.unit}
                      onChange={(e) =>
                        set(i, { unit: e.target.value === 'share' ? 'share' : 'count' })
                      }
                    >
                      <option value="count">{t('planner.quotas.count')}</option>
                      <option value="share">{t('planner.quotas.share')}</option>
                    </select>
                  </td>
                  <td>
                    <Button
                      size="small"
                      variant="ghost"
                      icon="trash"
                      label={t('planner.quotas.remove', { n })}
                      onClick={() => onChange(rows.filter((_, k) => k !== i))}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {errors.length > 0 && (
        <ul className="planner-errors" role="alert">
          {[...new Set(errors.map((e) => e.key))].map((k) => (
            <li key={k}>{t(k)}</li>
          ))}
        </ul>
      )}
      <Button
        size="small"
        icon="plus"
        onClick={() =>
          onChange([
            ...rows,
            {
              key: newRowKey(),
              dimension: 'gender',
              category: '',
              unit: 'count',
              min: '',
              max: '',
            },
          ])
        }
      >
        {t('planner.quotas.add')}
      </Button>
    </section>
  );
}
