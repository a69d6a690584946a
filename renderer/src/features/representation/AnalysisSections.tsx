// The funnel by group, the cross-tabulation, panel checks and indices of the Representation screen.
import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import type { AnyDimension, CrossTab, Funnel, PanelCheck, PublishOptions } from '@shared/analytics';
import { FUNNEL_STAGES, publishCrossTab, publishFunnel } from '@shared/analytics';
import { routeHref } from '../../app/router';
import { Icon } from '../../ui/icons';
import { CsvExport } from './ChartExports';
import { categoryText, numberText, percentText } from './labels';
import { csvWithNote, exportName, shareCell } from './publishModel';
import type { PublishedRatio } from './publishCards';

export function FunnelSection({
  funnel,
  dimension,
  publish,
  dimensionName,
}: {
  funnel: Funnel;
  dimension: AnyDimension;
  publish: PublishOptions;
  dimensionName: string;
}) {
  const { t } = useTranslation();
  const published = useMemo(() => publishFunnel(funnel, publish), [funnel, publish]);
  const rows = [...published.rows, published.total];
  const keys = [...funnel.rows.map((r) => r.key), null];
  const label = (i: number) =>
    i === rows.length - 1
      ? t('representation.table.total')
      : categoryText(t, dimension, keys[i] ?? null);
  const header = [
    t('representation.table.category'),
    ...FUNNEL_STAGES.map((s) => t(`representation.funnel.stages.${s}`)),
    t('representation.funnel.acceptance'),
    t('representation.funnel.decline'),
    t('representation.funnel.attendance'),
  ];
  const csv = () =>
    csvWithNote(
      header,
      rows.map((r, i) => [
        label(i),
        ...r.counts,
        shareCell(r.acceptanceRate),
        shareCell(r.declineRate),
        shareCell(r.attendanceRate),
      ]),
      publish,
    );
  return (
    <section className="rep-card rep-card--wide" aria-labelledby="rep-funnel-title">
      <h2 id="rep-funnel-title">{t('representation.funnel.title')}</h2>
      <p className="muted">{t('representation.funnel.explanation')}</p>
      <div className="rep-scroll">
        <table className="rep-table">
          <thead>
            <tr>
              <th scope="col">{t('representation.table.category')}</th>
              {FUNNEL_STAGES.map((s) => (
                <th key={s} scope="col" className="num">
                  {t(`representation.funnel.stages.${s}`)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('representation.funnel.acceptance')}
              </th>
              <th scope="col" className="num">
                {t('representation.funnel.decline')}
              </th>
              <th scope="col" className="num">
                {t('representation.funnel.attendance')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const isTotal = i === rows.length - 1;
              return (
                <tr
                  key={isTotal ? '\u0000total' : (keys[i] ?? '\u0000unknown')}
                  className={isTotal ? 'rep-table__total' : undefined}
                >
                  <th scope="row">{label(i)}</th>
                  {FUNNEL_STAGES.map((s, j) => (
                    <td key={s} className="num">
                      {r.counts[j]}
                    </td>
                  ))}
                  <td className="num">{percentText(r.acceptanceRate)}</td>
                  <td className="num">{percentText(r.declineRate)}</td>
                  <td className="num">{percentText(r.attendanceRate)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <CsvExport
        csv={csv}
        fileName={exportName(dimensionName, 'funnel')}
        what="representation-funnel"
        people={funnel.total.counts.candidate}
        title={t('representation.funnel.title')}
      />
    </section>
  );
}

export function CrossTabTable({
  tab,
  rowDimension,
  colDimension,
  publish,
  fileName,
}: {
  tab: CrossTab;
  rowDimension: AnyDimension;
  colDimension: AnyDimension;
  publish: PublishOptions;
  fileName: string;
}) {
  const { t } = useTranslation();
  const p = useMemo(() => publishCrossTab(tab, publish), [tab, publish]);
  const csv = () =>
    csvWithNote(
      [
        '',
        ...tab.cols.map((c) => categoryText(t, colDimension, c.key)),
        t('representation.table.total'),
      ],
      [
        ...tab.rows.map((r, i) => [
          categoryText(t, rowDimension, r.key),
          ...(p.cells[i] ?? []),
          p.rowTotals[i] ?? '',
        ]),
        [t('representation.table.total'), ...p.colTotals, p.total],
      ],
      publish,
    );
  return (
    <>
      <div className="rep-scroll">
        <table className="rep-table rep-table--cross">
          <thead>
            <tr>
              <td />
              {tab.cols.map((c) => (
                <th key={c.key ?? '\u0000unknown'} scope="col" className="num">
                  {categoryText(t, colDimension, c.key)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('representation.table.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {tab.rows.map((r, i) => (
              <tr key={r.key ?? '\u0000unknown'}>
                <th scope="row">{categoryText(t, rowDimension, r.key)}</th>
                {tab.cols.map((c, j) => (
                  <td key={c.key ?? '\u0000unknown'} className="num">
                    {p.cells[i]?.[j] ?? ''}
                  </td>
                ))}
                <td className="num">{p.rowTotals[i]}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('representation.table.total')}</th>
              {p.colTotals.map((n, j) => (
                <td key={j} className="num">
                  {n}
                </td>
              ))}
              <td className="num">{p.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <CsvExport
        csv={csv}
        fileName={fileName}
        title={t('representation.cross.title')}
        what="representation-crosstab"
        people={tab.total}
      />
    </>
  );
}

export function PanelChecksSection({ checks }: { checks: readonly PanelCheck[] }) {
  const { t } = useTranslation();
  const flagged = checks.filter((c) => c.flags.length > 0);
  return (
    <section className="rep-card" aria-labelledby="rep-panels-title">
      <h2 id="rep-panels-title">{t('representation.panels.title')}</h2>
      <p className="muted">{t('representation.panels.explanation', { count: checks.length })}</p>
      {flagged.length === 0 ? (
        <p className="rep-status rep-status--met">
          <Icon name="check" size={14} />
          {t('representation.panels.noneFlagged')}
        </p>
      ) : (
        <ul className="rep-panels">
          {flagged.map((c) => (
            <li key={c.event.id}>
              <a href={routeHref('events', c.event.id)}>{c.event.name}</a>
              <span className="muted">
                {' '}
                {t('representation.panels.speakers', {
                  count: c.speakers.length,
                  women: c.women,
                  men: c.men,
                })}
              </span>
              <ul className="rep-flags">
                {c.flags.map((f) => (
                  <li key={f} className="rep-status rep-status--missed">
                    <Icon name="warning" size={14} />
                    {t(`representation.panels.flags.${f}`, {
                      region: c.regions[0] ?? '',
                      group: c.stakeholderGroups[0]
                        ? t(`enums.stakeholderGroup.${c.stakeholderGroups[0]}`)
                        : '',
                    })}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** An index as shown: its formatted value, or hidden (suppression on, it would reveal a count). */
export type IndexValue = { key: string; value: string; hidden: boolean };

export function IndicesSection({
  indices,
  ratios,
  benchmarkLabel,
  dimension,
}: {
  indices: readonly IndexValue[];
  ratios: readonly PublishedRatio[];
  benchmarkLabel: string;
  dimension: AnyDimension;
}) {
  const { t } = useTranslation();
  const anyHidden = indices.some((i) => i.hidden) || ratios.some((r) => r.hidden);
  return (
    <section className="rep-card" aria-labelledby="rep-indices-title">
      <h2 id="rep-indices-title">{t('representation.indices.title')}</h2>
      {anyHidden && <p className="muted">{t('representation.indices.suppressedNote')}</p>}
      <dl className="rep-indices">
        {indices.map((i) => (
          <div key={i.key}>
            <dt>{t(`representation.indices.${i.key}.name`)}</dt>
            <dd>
              <strong>{i.hidden ? t('representation.indices.hidden') : i.value}</strong>
              <span className="muted">{t(`representation.indices.${i.key}.explanation`)}</span>
            </dd>
          </div>
        ))}
      </dl>
      {ratios.length > 0 && (
        <>
          <h3>{t('representation.indices.representationRatio.name')}</h3>
          <p className="muted">
            {t('representation.indices.representationRatio.explanation')} {benchmarkLabel}
          </p>
          <div className="rep-scroll">
            <table className="rep-table">
              <thead>
                <tr>
                  <th scope="col">{t('representation.table.category')}</th>
                  <th scope="col" className="num">
                    {t('representation.table.share')}
                  </th>
                  <th scope="col" className="num">
                    {t('representation.indices.benchmarkShare')}
                  </th>
                  <th scope="col" className="num">
                    {t('representation.indices.ratio')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {ratios.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{categoryText(t, dimension, r.key)}</th>
                    <td className="num">
                      {r.hidden ? t('representation.indices.hidden') : percentText(r.share, 1)}
                    </td>
                    <td className="num">{percentText(r.benchmarkShare, 1)}</td>
                    <td className="num">
                      {r.hidden ? t('representation.indices.hidden') : numberText(r.ratio)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
