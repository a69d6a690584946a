// Counts and shares of the people in scope: a chart, the same numbers as a table with unknowns
// as their own row, the share of missing data, and each category's target status. With
// suppression on, table, chart and exports show "<5"/"x" instead of small counts.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnyDimension, Distribution, PublishOptions, RuleEvaluation } from '@shared/analytics';
import { CsvExport } from './ChartExports';
import { DistributionChart } from './DistributionChart';
import type { ChartBar } from './DistributionChart';
import { RuleStatusBadge } from './RuleStatusBadge';
import { categoryText, gapText, percentText } from './labels';
import { csvWithNote, exportName, publishDistribution, shareCell } from './publishModel';

export function DistributionSection({
  dist,
  dimension,
  rules,
  publish,
  dimensionName,
}: {
  dist: Distribution;
  dimension: AnyDimension;
  rules: readonly RuleEvaluation[];
  publish: PublishOptions;
  /** The dimension's name in the UI language, for file names and export labels. */
  dimensionName: string;
}) {
  const { t } = useTranslation();
  const published = useMemo(() => publishDistribution(dist, publish), [dist, publish]);
  const rows = published.rows;
  const bars = useMemo<ChartBar[]>(
    () =>
      rows.map((r) => ({
        label: categoryText(t, dimension, r.key),
        count: r.count,
        share: r.share ?? 0,
        unknown: r.key === null,
        text: r.share === null ? r.text : undefined,
      })),
    [rows, dimension, t],
  );
  const summary = t('representation.distribution.chartSummary', {
    total: published.total,
    list: rows
      .slice(0, 8)
      .map(
        (r) =>
          `${categoryText(t, dimension, r.key)} ${r.text}` +
          (r.share === null ? '' : ` (${percentText(r.share)})`),
      )
      .join(', '),
  });
  const unknownRow = rows.find((r) => r.key === null);
  const title = t('representation.distribution.title');
  const fileName = exportName(dimensionName, 'counts');
  const csv = () =>
    csvWithNote(
      [
        t('representation.table.category'),
        t('representation.table.people'),
        t('representation.table.share'),
      ],
      [
        ...rows.map((r) => [categoryText(t, dimension, r.key), r.text, shareCell(r.share)]),
        [t('representation.table.total'), published.total, '100.0 %'],
      ],
      publish,
    );
  const rulesByCategory = new Map<string, RuleEvaluation[]>();
  for (const r of rules)
    rulesByCategory.set(r.category, [...(rulesByCategory.get(r.category) ?? []), r]);
  const multi = dist.categories.reduce((a, c) => a + c.count, 0) + dist.unknown > dist.total;

  return (
    <section className="rep-card" aria-labelledby="rep-dist-title">
      <h2 id="rep-dist-title">{t('representation.distribution.title')}</h2>
      {dist.total === 0 ? (
        <p className="muted">{t('representation.distribution.empty')}</p>
      ) : (
        <>
          <p className="rep-missing">
            {unknownRow !== undefined && unknownRow.share === null
              ? t('representation.distribution.missingSuppressed', {
                  count: unknownRow.text,
                  total: published.total,
                })
              : t('representation.distribution.missing', {
                  percent: percentText(dist.unknown / dist.total),
                  count: dist.unknown,
                  total: dist.total,
                })}
            {multi && <> {t('representation.distribution.multi')}</>}
          </p>
          <div className="rep-dist">
            <DistributionChart
              bars={bars}
              summary={summary}
              fileName={fileName}
              title={title}
              people={dist.total}
            />
            <table className="rep-table">
              <caption className="visually-hidden">
                {t('representation.distribution.title')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('representation.table.category')}</th>
                  <th scope="col" className="num">
                    {t('representation.table.people')}
                  </th>
                  <th scope="col" className="num">
                    {t('representation.table.share')}
                  </th>
                  {rules.length > 0 && <th scope="col">{t('representation.table.target')}</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr
                    key={r.key ?? '\u0000unknown'}
                    className={r.key === null ? 'rep-table__unknown' : undefined}
                  >
                    <th scope="row">{categoryText(t, dimension, r.key)}</th>
                    <td className="num">{r.text}</td>
                    <td className="num">{shareCell(r.share)}</td>
                    {rules.length > 0 && (
                      <td>
                        {(r.key === null ? [] : (rulesByCategory.get(r.key) ?? [])).map((e, i) => (
                          <div key={i} className="rep-rule">
                            <RuleStatusBadge status={e.status} />
                            {/* With suppression on, a gap and the total would give a hidden count back. */}
                            {e.gap && r.share !== null && (
                              <span className="rep-gap">{gapText(t, dimension, e.gap)}</span>
                            )}
                          </div>
                        ))}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('representation.table.total')}</th>
                  <td className="num">{published.total}</td>
                  <td className="num">100 %</td>
                  {rules.length > 0 && <td />}
                </tr>
              </tfoot>
            </table>
            <CsvExport
              csv={csv}
              fileName={fileName}
              title={title}
              what="representation-counts"
              people={dist.total}
            />
          </div>
        </>
      )}
    </section>
  );
}
