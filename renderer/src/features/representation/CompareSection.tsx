// Events side by side, by date: people present, women's share, and regions covered or missing.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareEvents } from '@shared/analytics';
import type { WorkspaceData } from '@shared/domain/model';
import { isBuiltInSchemeKey } from '@shared/reference/regions';
import { routeHref } from '../../app/router';
import { DistributionChart } from './DistributionChart';
import { percentText } from './labels';

export function CompareSection({ data, scheme }: { data: WorkspaceData; scheme: string }) {
  const { t } = useTranslation();
  // Coverage needs a grouping with few categories; the country list is not one.
  const regionScheme =
    scheme === 'country' ||
    (!isBuiltInSchemeKey(scheme) && !data.regionSchemes.some((s) => s.id === scheme))
      ? 'm49-region'
      : scheme;
  const rows = useMemo(
    () => compareEvents(data, { statuses: ['confirmed', 'attended'], scheme: regionScheme }),
    [data, regionScheme],
  );
  const bars = useMemo(
    () => rows.map((r) => ({ label: r.event.name, count: r.people, share: r.womensShare ?? 0 })),
    [rows],
  );
  return (
    <section className="rep-card rep-card--wide" aria-labelledby="rep-compare-title">
      <h2 id="rep-compare-title">{t('representation.compare.title')}</h2>
      <p className="muted">{t('representation.compare.explanation')}</p>
      <DistributionChart
        bars={bars}
        summary={t('representation.compare.chartSummary', {
          list: rows.map((r) => `${r.event.name} ${percentText(r.womensShare)}`).join(', '),
        })}
      />
      <div className="rep-scroll">
        <table className="rep-table">
          <thead>
            <tr>
              <th scope="col">{t('representation.compare.event')}</th>
              <th scope="col">{t('representation.compare.date')}</th>
              <th scope="col" className="num">
                {t('representation.table.people')}
              </th>
              <th scope="col" className="num">
                {t('representation.indices.womensShare.name')}
              </th>
              <th scope="col">{t('representation.compare.covered')}</th>
              <th scope="col">{t('representation.compare.missing')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.event.id}>
                <th scope="row">
                  <a href={routeHref('representation', r.event.id)}>{r.event.name}</a>
                </th>
                <td>{r.event.startDate ?? '–'}</td>
                <td className="num">{r.people}</td>
                <td className="num">{percentText(r.womensShare)}</td>
                <td>{r.regionsCovered.length}</td>
                <td>{r.regionsMissing.join(', ') || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
