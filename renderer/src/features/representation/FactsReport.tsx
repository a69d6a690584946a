// The "Conference facts" report for one event: a printable page of the tables a secretariat
// pastes into a meeting report, with a world map, exported as PDF, Markdown, CSV and SVG, and
// an optional small-cell suppression with its visible note.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConferenceFacts, FactsTable } from '@shared/analytics';
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  factsTables,
  factsToMarkdown,
  tableToCsv,
  womensShare,
} from '@shared/analytics';
import type { EventId, WorkspaceData } from '@shared/domain/model';
import { eventLevel } from '@shared/domain/model';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { WorldMap } from './WorldMap';
import { categoryText, percentText } from './labels';
import { factsFileName, tableDimension } from './factsModel';
import { useFacts } from './useFacts';

const MD = [{ name: 'Markdown', extensions: ['md'] }];
const CSV = [{ name: 'CSV', extensions: ['csv'] }];
const SVG = [{ name: 'SVG', extensions: ['svg'] }];

export function FactsReport({
  data,
  eventId,
  onEvent,
}: {
  data: WorkspaceData;
  eventId: EventId | null;
  onEvent: (id: EventId) => void;
}) {
  const { t } = useTranslation();
  const [suppress, setSuppress] = useState(false);
  const [threshold, setThreshold] = useState(String(DEFAULT_SUPPRESSION_THRESHOLD));
  const [error, setError] = useState<string | null>(null);
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
  const n = Number(threshold);
  const validThreshold = Number.isInteger(n) && n >= 2 && n <= 100;
  const options = useMemo(
    () => ({
      suppress: suppress && validThreshold,
      threshold: validThreshold ? n : DEFAULT_SUPPRESSION_THRESHOLD,
    }),
    [suppress, validThreshold, n],
  );
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
  const save = async (run: () => Promise<unknown>) => {
    setError(null);
    try {
      await run();
    } catch {
      setError(t('representation.facts.exportFailed'));
    }
  };
  if (facts === null) return <p className="muted">{t('representation.facts.noEvent')}</p>;
  const base = factsFileName(facts.event.name);

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
        <label className="checkbox">
          <input
            type="checkbox"
            checked={suppress}
            onChange={(e) => setSuppress(e.target.checked)}
          />
          {t('representation.facts.suppress')}
        </label>
        <Field
          label={t('representation.facts.threshold')}
          error={validThreshold ? undefined : 'representation.facts.badThreshold'}
        >
          {(c) => (
            <input
              {...c}
              className="input rep-num-input"
              inputMode="numeric"
              value={threshold}
              onChange={(e) => setThreshold(e.target.value)}
            />
          )}
        </Field>
        <div className="rep-facts__exports">
          <Button
            variant="primary"
            onClick={() => void save(() => getPlatform().printToPdf(`${base}.pdf`))}
          >
            {t('representation.facts.pdf')}
          </Button>
          <Button
            onClick={() =>
              void save(() =>
                getPlatform().saveFile(`${base}.md`, factsToMarkdown(facts, options), MD),
              )
            }
          >
            {t('representation.facts.markdown')}
          </Button>
          <Button
            disabled={counts.size === 0}
            onClick={() =>
              void save(async () => {
                if (mapSvg.current)
                  await getPlatform().saveFile(
                    `${base}-map.svg`,
                    new XMLSerializer().serializeToString(mapSvg.current),
                    SVG,
                  );
              })
            }
          >
            {t('representation.facts.mapSvg')}
          </Button>
        </div>
      </div>
      {error !== null && <Notice tone="error">{error}</Notice>}
      <article className="rep-facts__page" aria-labelledby="rep-facts-title">
        <h2 id="rep-facts-title">{t('representation.facts.title', { event: facts.event.name })}</h2>
        <p className="muted">
          {[facts.event.startDate, facts.event.city].filter(Boolean).join(' · ')}
        </p>
        {options.suppress && (
          <Notice tone="info">
            {t('representation.facts.suppressedNote', { threshold: options.threshold })}
          </Notice>
        )}
        <dl className="rep-facts__figures">
          <Figure
            label={t('representation.facts.participants')}
            value={
              options.suppress && facts.participants < options.threshold
                ? `<${options.threshold}`
                : String(facts.participants)
            }
          />
          <Figure label={t('representation.facts.countries')} value={String(facts.countries)} />
          <Figure
            label={t('representation.indices.womensShare.name')}
            value={percentText(womensShare(facts.gender))}
          />
          <Figure
            label={t('representation.facts.speakers')}
            value={String(facts.speakersGender.total)}
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
                  void save(() =>
                    getPlatform().saveFile(`${base}-${tb.name}.csv`, tableToCsv(tb), CSV),
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
          <DotTable
            table={tables.find((tb) => tb.name === 'nationalities')}
            onCsv={(tb) =>
              void save(() =>
                getPlatform().saveFile(`${base}-nationalities.csv`, tableToCsv(tb), CSV),
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
