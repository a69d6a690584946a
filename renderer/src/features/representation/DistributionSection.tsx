// Counts and shares of the people in scope: a chart, the same numbers as a table with unknowns
// as their own row, the share of missing data, and each category's target status.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnyDimension, Distribution, RuleEvaluation } from '@shared/analytics';
import { DistributionChart } from './DistributionChart';
import type { ChartBar } from './DistributionChart';
import { RuleStatusBadge } from './RuleStatusBadge';
import { categoryText, gapText, percentText } from './labels';

export function DistributionSection({
  dist,
  dimension,
  rules,
}: {
  dist: Distribution;
  dimension: AnyDimension;
  rules: readonly RuleEvaluation[];
}) {
  const { t } = useTranslation();
  const rows = useMemo(() => {
    const known = dist.categories.map((c) => ({
      key: c.key,
      count: c.count,
      share: c.share,
    }));
    return dist.unknown > 0
      ? [
          ...known,
          {
            key: null,
            count: dist.unknown,
            share: dist.total === 0 ? 0 : dist.unknown / dist.total,
          },
        ]
      : known;
  }, [dist]);
  const bars = useMemo<ChartBar[]>(
    () =>
      rows.map((r) => ({
        label: categoryText(t, dimension, r.key),
        count: r.count,
        share: r.share,
        unknown: r.key === null,
      })),
    [rows, dimension, t],
  );
  const summary = t('representation.distribution.chartSummary', {
    total: dist.total,
    list: bars
      .slice(0, 8)
      .map((b) => `${b.label} ${b.count} (${percentText(b.share)})`)
      .join(', '),
  });
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
            {t('representation.distribution.missing', {
              percent: percentText(dist.unknown / dist.total),
              count: dist.unknown,
              total: dist.total,
            })}
            {multi && <> {t('representation.distribution.multi')}</>}
          </p>
          <div className="rep-dist">
            <DistributionChart bars={bars} summary={summary} />
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
                    <td className="num">{r.count}</td>
                    <td className="num">{percentText(r.share, 1)}</td>
                    {rules.length > 0 && (
                      <td>
                        {(r.key === null ? [] : (rulesByCategory.get(r.key) ?? [])).map((e, i) => (
                          <div key={i} className="rep-rule">
                            <RuleStatusBadge status={e.status} />
                            {e.gap && (
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
                  <td className="num">{dist.total}</td>
                  <td className="num">100 %</td>
                  {rules.length > 0 && <td />}
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
