// Events side by side and over time: one row per event in date order, with the chosen share —
// women's share, regional coverage, or a category of the current dimension — as a line chart
// and as a table beside it. Unknowns are counted and stated; undated events stay in the table.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnyDimension, PublishOptions, TrendMetric } from '@shared/analytics';
import { WOMENS_SHARE, publishTrend, trend } from '@shared/analytics';
import type {
  EventId,
  ParticipationRole,
  ParticipationStatus,
  WorkspaceData,
} from '@shared/domain/model';
import { BUILT_IN_SCHEMES, isBuiltInSchemeKey } from '@shared/reference/regions';
import { routeHref } from '../../app/router';
import { Field } from '../../ui/Field';
import { CsvExport } from './ChartExports';
import { TrendChart } from './TrendChart';
import { categoryText, percentText } from './labels';
import { csvWithNote, exportName, shareCell } from './publishModel';
import type { TrendKind } from './representationViewStore';
import { useRepresentationView } from './representationViewStore';

export function TrendSection({
  data,
  dimension,
  dimensionName,
  categories,
  scheme,
  eventIds,
  statuses,
  roles,
  publish,
}: {
  data: WorkspaceData;
  dimension: AnyDimension;
  dimensionName: string;
  /** The current dimension's categories, for "share of a category". */
  categories: readonly string[];
  scheme: string;
  /** Two or more events in scope: the trend follows those; otherwise every event. */
  eventIds: readonly EventId[];
  statuses: readonly ParticipationStatus[];
  roles: readonly ParticipationRole[];
  publish: PublishOptions;
}) {
  const { t } = useTranslation();
  const view = useRepresentationView();
  // Coverage needs a grouping with few categories; the country list is not one.
  const regionScheme =
    scheme === 'country' ||
    (!isBuiltInSchemeKey(scheme) && !data.regionSchemes.some((s) => s.id === scheme))
      ? 'm49-region'
      : scheme;
  const builtIn = BUILT_IN_SCHEMES.find((b) => b.key === regionScheme);
  const schemeLabel =
    builtIn !== undefined
      ? t(builtIn.labelKey)
      : (data.regionSchemes.find((r) => r.id === regionScheme)?.name ?? regionScheme);
  const category = categories.includes(view.trendCategory)
    ? view.trendCategory
    : (categories[0] ?? '');
  const metric = useMemo<TrendMetric>(() => {
    if (view.trendKind === 'coverage')
      return { kind: 'coverage', dimension: { kind: 'nationality', scheme: regionScheme } };
    if (view.trendKind === 'category') return { kind: 'share', dimension, category };
    return WOMENS_SHARE;
  }, [view.trendKind, regionScheme, dimension, category]);
  const points = useMemo(
    () =>
      trend(data, metric, {
        statuses: statuses.length === 0 ? null : statuses,
        roles: roles.length === 0 ? null : roles,
        eventIds: eventIds.length >= 2 ? eventIds : null,
      }),
    [data, metric, statuses, roles, eventIds],
  );
  const published = useMemo(() => publishTrend(points, metric, publish), [points, metric, publish]);
  const metricName =
    view.trendKind === 'coverage'
      ? t('representation.trend.coverageOf', { count: points[0]?.of ?? 0 })
      : view.trendKind === 'category'
        ? t('representation.trend.shareOf', { category: categoryText(t, dimension, category) })
        : t('representation.indices.womensShare.name');
  const countHeader =
    view.trendKind === 'coverage'
      ? t('representation.trend.regionsCovered')
      : view.trendKind === 'category'
        ? categoryText(t, dimension, category)
        : t('enums.gender.woman');
  const dots = points.flatMap((p, i) =>
    p.date === null
      ? []
      : [
          {
            date: p.date,
            label: p.event.name,
            value: published[i]?.value ?? null,
            text:
              published[i]?.value == null
                ? (published[i]?.count ?? '')
                : percentText(published[i]?.value ?? null),
          },
        ],
  );
  // Participations of people in several events count once per event: an upper bound for the log.
  const covered = points.reduce((a, p) => a + p.total, 0);
  const undated = points.filter((p) => p.date === null).map((p) => p.event.name);
  const summary = t('representation.trend.chartSummary', {
    metric: metricName,
    list: dots.map((d) => `${d.label} (${d.date}) ${d.text}`).join(', '),
  });
  const fileName = exportName(
    'trend',
    view.trendKind === 'category' ? dimensionName : '',
    metricName,
  );
  const header = [
    t('representation.compare.event'),
    t('representation.compare.date'),
    t('representation.table.people'),
    t('representation.trend.unknown'),
    countHeader,
    view.trendKind === 'coverage'
      ? t('representation.trend.coverageShort')
      : t('representation.table.share'),
    ...(view.trendKind === 'coverage' ? [t('representation.compare.missing')] : []),
  ];
  const rows = points.map((p, i) => [
    p.event.name,
    p.date ?? '',
    published[i]?.total ?? '',
    published[i]?.unknown ?? '',
    published[i]?.count ?? '',
    shareCell(published[i]?.value ?? null),
    ...(view.trendKind === 'coverage' ? [p.missing.join(', ')] : []),
  ]);

  return (
    <section className="rep-card rep-card--wide" aria-labelledby="rep-trend-title">
      <h2 id="rep-trend-title">{t('representation.trend.title')}</h2>
      <p className="muted">{t('representation.trend.explanation')}</p>
      <div className="rep-inline-controls">
        <Field label={t('representation.trend.metric')}>
          {(c) => (
            <select
              {...c}
              className="select"
              value={view.trendKind}
              onChange={(e) => view.set({ trendKind: e.target.value as TrendKind })}
            >
              <option value="womens-share">{t('representation.indices.womensShare.name')}</option>
              <option value="coverage">
                {t('representation.trend.coverage', { scheme: schemeLabel })}
              </option>
              <option value="category">{t('representation.trend.category')}</option>
            </select>
          )}
        </Field>
        {view.trendKind === 'category' && (
          <Field label={t('representation.trend.categoryOf', { dimension: dimensionName })}>
            {(c) => (
              <select
                {...c}
                className="select"
                value={category}
                onChange={(e) => view.set({ trendCategory: e.target.value })}
              >
                {categories.map((k) => (
                  <option key={k} value={k}>
                    {categoryText(t, dimension, k)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <div className="rep-trend">
        {dots.length > 0 ? (
          <TrendChart
            dots={dots}
            summary={summary}
            fileName={fileName}
            title={t('representation.trend.title')}
            people={covered}
          />
        ) : (
          <p className="muted">{t('representation.trend.noDates')}</p>
        )}
        <div>
          <div className="rep-scroll">
            <table className="rep-table">
              <caption className="visually-hidden">{t('representation.trend.title')}</caption>
              <thead>
                <tr>
                  {header.map((h, i) => (
                    <th key={i} scope="col" className={i >= 2 && i <= 5 ? 'num' : undefined}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {points.map((p, i) => (
                  <tr key={p.event.id}>
                    <th scope="row">
                      <a href={routeHref('representation', p.event.id)}>{p.event.name}</a>
                    </th>
                    {rows[i]?.slice(1).map((cell, j) => (
                      <td key={j} className={j >= 1 && j <= 4 ? 'num' : undefined}>
                        {cell || '–'}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {undated.length > 0 && (
            <p className="muted">
              {t('representation.trend.undated', { list: undated.join(', ') })}
            </p>
          )}
          <CsvExport
            csv={() => csvWithNote(header, rows, publish)}
            fileName={fileName}
            title={t('representation.trend.title')}
            what="representation-trend"
            people={covered}
          />
        </div>
      </div>
    </section>
  );
}
