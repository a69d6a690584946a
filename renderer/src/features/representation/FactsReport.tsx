// The "Conference facts" report for one event: a printable page of the tables a secretariat
// pastes into a meeting report, with a world map, exported as PDF, Markdown, CSV and SVG, and
// an optional small-cell suppression with its visible note.
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConferenceFacts, FactsTable, PublishOptions } from '@shared/analytics';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  factsTables,
  factsToMarkdown,
  publishedCount,
  suppressionNote,
  tableToCsv,
  womensShare,
} from '@shared/analytics';
import type { EventId, WorkspaceData } from '@shared/domain/model';
import { eventLevel } from '@shared/domain/model';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useLoggedSave } from '../../ui/useLoggedSave';
import { ChartExports } from './ChartExports';
import { SuppressionControls, SuppressionNote } from './SuppressionBar';
import { WorldMap } from './WorldMap';
import { categoryText, percentText } from './labels';
import { factsFileName, tableDimension } from './factsModel';
import { publishDistribution } from './publishModel';
import { useFacts } from './useFacts';

const MD = [{ name: 'Markdown', extensions: ['md'] }];
const CSV = [{ name: 'CSV', extensions: ['csv'] }];

/** A facts table as CSV, with the suppression note as its last line when suppressing. */
const csvOf = (tb: FactsTable, o: PublishOptions) =>
  tableToCsv(
    o.suppress
      ? {
          ...tb,
          rows: [...tb.rows, [suppressionNote(o.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD)]],
        }
      : tb,
  );

export function FactsReport({
  data,
  eventId,
  onEvent,
  publish: options,
}: {
  data: WorkspaceData;
  eventId: EventId | null;
  onEvent: (id: EventId) => void;
  /** Suppression, shared with the analysis view: one switch for everything published. */
  publish: PublishOptions;
}) {
  const { t } = useTranslation();
  const exports = useLoggedSave();
  const mapSvg = useRef<SVGSVGElement | null>(null);
  const setMapSvg = useCallback((svg: SVGSVGElement | null) => {
    mapSvg.current = svg;
  }, []);
  const events = useMemo(
    () =>
      data.events
        .filter((e) => e.deletedAt === null && eventLevel(e.kind) === 1)
        .sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? '')),
    [data.events],
  );
  const chosen =
    eventId !== null && events.some((e) => e.id === eventId)
      ? eventId
      : ((events.find((e) => e.kind === 'conference') ?? events[0])?.id ?? null);
  const facts = useFacts(data, chosen);
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const tables = useMemo(
    () => (facts === null ? [] : factsTables(facts, options)),
    [facts, options],
  );
  const counts = useMemo(
    () =>
      new Map(
        facts?.nationalities.flatMap((r) => r.countries.map((c) => [c.iso2, c.count] as const)) ??
          [],
      ),
    [facts],
  );

  // With suppression, shading would hint at small counts: the map shows presence only.
  const presence = useMemo(() => new Map([...counts.keys()].map((k) => [k, 1])), [counts]);
  /** Saves one export and, once saved, records it in the export log (aggregated figures). */
  const save = async (what: string, run: () => Promise<{ saved: boolean } | undefined>) => {
    if (facts === null) return;
    await exports.run(async () => (await run()) ?? { saved: false }, {
      what,
      form: 'aggregated',
      people: facts.participants,
    });
  };
  if (facts === null) return <p className="muted">{t('representation.facts.noEvent')}</p>;
  const base = factsFileName(facts.event.name);
  // With the participant count, women's share would give a hidden count of women back.
  const womenHidden = publishDistribution(facts.gender, options).rows.find(
    (r) => r.key === 'woman',
  );

  return (
    <div className="rep-facts">
      <div
        className="rep-facts__toolbar no-print"
        role="group"
        aria-label={t('representation.facts.options')}
      >
        <Field label={t('representation.facts.event')}>
          {(c) => (
            <select
              {...c}
              className="select"
              value={facts.event.id}
              onChange={(e) => onEvent(e.target.value as EventId)}
            >
              {events.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SuppressionControls />
        <div className="rep-facts__exports">
          <Button
            variant="primary"
            onClick={() => void save('facts-pdf', () => getPlatform().printToPdf(`${base}.pdf`))}
          >
            {t('representation.facts.pdf')}
          </Button>
          <Button
            onClick={() =>
              void save('facts-markdown', () =>
                getPlatform().saveFile(`${base}.md`, factsToMarkdown(facts, options), MD),
              )
            }
          >
            {t('representation.facts.markdown')}
          </Button>
        </div>
      </div>
      {exports.failed && <Notice tone="error">{t('representation.facts.exportFailed')}</Notice>}
      <article className="rep-facts__page" aria-labelledby="rep-facts-title">
        <h2 id="rep-facts-title">{t('representation.facts.title', { event: facts.event.name })}</h2>
        <p className="muted">
          {[facts.event.startDate, facts.event.city].filter(Boolean).join(' · ')}
        </p>
        {options.suppress && <SuppressionNote threshold={threshold} />}
        <dl className="rep-facts__figures">
          <Figure
            label={t('representation.facts.participants')}
            value={String(publishedCount(facts.participants, options))}
          />
          <Figure label={t('representation.facts.countries')} value={String(facts.countries)} />
          <Figure
            label={t('representation.indices.womensShare.name')}
            value={
              womenHidden?.share === null
                ? womenHidden.text
                : percentText(womensShare(facts.gender))
            }
          />
          <Figure
            label={t('representation.facts.speakers')}
            value={String(publishedCount(facts.speakersGender.total, options))}
          />
        </dl>
        <div className="rep-facts__grid">
          {tables
            .filter((tb) => tb.name !== 'nationalities')
            .map((tb) => (
              <ReportTable
                key={tb.name}
                table={tb}
                facts={facts}
                onCsv={() =>
                  void save(`facts-${tb.name}-csv`, () =>
                    getPlatform().saveFile(`${base}-${tb.name}.csv`, csvOf(tb, options), CSV),
                  )
                }
              />
            ))}
        </div>
        <section aria-labelledby="rep-facts-nat">
          <h3 id="rep-facts-nat">{t('representation.facts.tables.nationalities')}</h3>
          <p className="muted">
            {t(
              facts.regionsMissing.length === 0
                ? 'representation.facts.nationalitiesSummaryAll'
                : 'representation.facts.nationalitiesSummary',
              {
                count: facts.countries,
                missing: facts.regionsMissing.join(', ') || '–',
                unknown: facts.noNationality,
              },
            )}
          </p>
          <WorldMap
            counts={options.suppress ? presence : counts}
            summary={t('representation.facts.mapSummary', { count: facts.countries })}
            svgRef={setMapSvg}
          />
          {counts.size > 0 && (
            <ChartExports
              getSvg={() => mapSvg.current}
              fileName={`${base}-map`}
              title={t('representation.facts.map')}
              what="facts-map"
              people={facts.participants}
            />
          )}
          <DotTable
            table={tables.find((tb) => tb.name === 'nationalities')}
            onCsv={(tb) =>
              void save('facts-nationalities-csv', () =>
                getPlatform().saveFile(`${base}-nationalities.csv`, csvOf(tb, options), CSV),
              )
            }
          />
        </section>
        <FactsFlags facts={facts} />
      </article>
    </div>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function ReportTable({
  table,
  facts,
  onCsv,
}: {
  table: FactsTable;
  facts: ConferenceFacts;
  onCsv: () => void;
}) {
  const { t } = useTranslation();
  const dimension = tableDimension(table.name);
  void facts;
  return (
    <section className="rep-facts__table">
      <div className="rep-card__head">
        <h3>{t(`representation.facts.tables.${table.name}`)}</h3>
        <Button
          size="small"
          variant="ghost"
          className="no-print"
          onClick={onCsv}
          label={t('representation.facts.csvOf', {
            table: t(`representation.facts.tables.${table.name}`),
          })}
        >
          CSV
        </Button>
      </div>
      <table className="rep-table">
        <thead>
          <tr>
            <th scope="col">{t('representation.table.category')}</th>
            <th scope="col" className="num">
              {t('representation.table.people')}
            </th>
            <th scope="col" className="num">
              {t('representation.table.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => {
            const key = table.keys[i];
            const label =
              key === ''
                ? t('representation.table.total')
                : key === undefined
                  ? (row[0] ?? '')
                  : categoryText(t, dimension, key);
            return (
              <tr key={i} className={key === '' ? 'rep-table__total' : undefined}>
                <th scope="row">{label}</th>
                <td className="num">{row[1]}</td>
                <td className="num">{row[2]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function DotTable({
  table,
  onCsv,
}: {
  table: FactsTable | undefined;
  onCsv: (t: FactsTable) => void;
}) {
  const { t } = useTranslation();
  if (table === undefined) return null;
  return (
    <>
      <div className="rep-card__head no-print">
        <span />
        <Button
          size="small"
          variant="ghost"
          onClick={() => onCsv(table)}
          label={t('representation.facts.csvOf', {
            table: t('representation.facts.tables.nationalities'),
          })}
        >
          CSV
        </Button>
      </div>
      <table className="rep-table rep-dots">
        <thead>
          <tr>
            <th scope="col">{t('representation.facts.region')}</th>
            <th scope="col">{t('representation.facts.country')}</th>
            <th scope="col" className="num">
              {t('representation.table.people')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('representation.facts.dots')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => {
            const first = i === 0 || table.rows[i - 1]?.[0] !== row[0];
            const n = Number(row[2]);
            return (
              <tr key={i} className={first ? 'rep-dots__first' : undefined}>
                <th scope="row">
                  {first ? row[0] : <span className="visually-hidden">{row[0]}</span>}
                </th>
                <td>{row[1]}</td>
                <td className="num">{row[2]}</td>
                <td aria-hidden="true" className="rep-dots__dots">
                  {Number.isFinite(n) ? '●'.repeat(Math.min(n, 40)) : '·'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

function FactsFlags({ facts }: { facts: ConferenceFacts }) {
  const { t } = useTranslation();
  const flagged = facts.panels.filter((p) => p.flags.length > 0);
  return (
    <div className="rep-facts__grid">
      <section>
        <h3>{t('representation.panels.title')}</h3>
        {flagged.length === 0 ? (
          <p>{t('representation.panels.noneFlagged')}</p>
        ) : (
          <ul>
            {flagged.map((p) => (
              <li key={p.event.id}>
                {p.event.name}:{' '}
                {p.flags
                  .map((f) =>
                    t(`representation.panels.flags.${f}`, {
                      region: p.regions[0] ?? '',
                      group: p.stakeholderGroups[0]
                        ? t(`enums.stakeholderGroup.${p.stakeholderGroups[0]}`)
                        : '',
                    }),
                  )
                  .join('; ')}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3>{t('representation.targets.title')}</h3>
        {facts.targets.length === 0 ? (
          <p className="muted">{t('representation.facts.noTargets')}</p>
        ) : (
          <ul>
            {facts.targets.flatMap((e) =>
              e.rules.map((r, i) => (
                <li key={`${e.target.id}-${i}`}>
                  {e.target.name} — {categoryText(t, e.target.dimension, r.category)}:{' '}
                  {t(`representation.status.${r.status}`)}
                </li>
              )),
            )}
          </ul>
        )}
      </section>
    </div>
  );
}
