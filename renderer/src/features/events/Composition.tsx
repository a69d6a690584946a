// Who is on a session, in plain numbers: gender and M49 region (by first nationality), for the
// speakers and for everyone taking part.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { categoriesOf, regionOf } from '@shared/reference/regions';
import type { CompositionLine, ParticipantRow } from './participants';
import { composition } from './participants';

const UNKNOWN = '\u0000unknown';

export function Composition({ rows }: { rows: readonly ParticipantRow[] }) {
  const { t } = useTranslation();
  const c = useMemo(
    () =>
      composition(
        rows,
        (iso2) => regionOf('m49-region', iso2),
        categoriesOf('m49-region'),
        UNKNOWN,
      ),
    [rows],
  );
  if (c.total === 0) return null;
  return (
    <section className="composition" aria-labelledby="composition-title">
      <div className="composition__head">
        <h3 id="composition-title">{t('events.composition.title')}</h3>
        <p className="muted">
          {t('events.composition.scope', { count: c.total, speakers: c.speakers })}
        </p>
      </div>
      <div className="composition__tables">
        <CompositionTable
          caption={t('events.composition.gender')}
          lines={c.gender}
          label={(g) => t(`enums.gender.${g}`)}
          total={c.total}
        />
        <CompositionTable
          caption={t('events.composition.region')}
          lines={c.region}
          label={(r) => (r === UNKNOWN ? t('events.composition.unknownRegion') : r)}
          total={c.total}
        />
      </div>
    </section>
  );
}

function CompositionTable({
  caption,
  lines,
  label,
  total,
}: {
  caption: string;
  lines: readonly CompositionLine[];
  label: (category: string) => string;
  total: number;
}) {
  const { t } = useTranslation();
  const share = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 100));
  return (
    <table className="composition__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">{caption}</span>
          </th>
          <th scope="col" className="num">
            {t('events.composition.speakers')}
          </th>
          <th scope="col" className="num">
            {t('events.composition.all')}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.category}>
            <th scope="row">{label(line.category)}</th>
            <td className="num">{line.speakers}</td>
            <td className="num">
              <span className="composition__bar" aria-hidden="true">
                <span style={{ width: `${share(line.all, total)}%` }} />
              </span>
              {line.all}
              <span className="composition__share">{share(line.all, total)} %</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
