// The legend: every colour named with its count, the node shapes, and the edge styles. Colour is
// never the only signal: each swatch has a label, and node types differ by shape.
import { useTranslation } from 'react-i18next';
import type { ColourBy, Palette } from './networkStyle';
import { NO_VALUE_COLOUR } from './networkStyle';

const SHAPES: { key: string; path: string }[] = [
  { key: 'person', path: 'M7 1a6 6 0 1 1 0 12A6 6 0 0 1 7 1z' },
  {
    key: 'organisation',
    path: 'M3 1h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V3a2 2 0 0 1 2-2z',
  },
  { key: 'event', path: 'M4 1h6l3.5 6-3.5 6H4L.5 7z' },
  { key: 'session', path: 'M7 .5 13.5 7 7 13.5.5 7z' },
  { key: 'country', path: 'M7 1 13 13H1z' },
  { key: 'region', path: 'M7 .5l1.9 4.1 4.5.5-3.4 3 1 4.4L7 10.2l-4 2.3 1-4.4-3.4-3 4.5-.5z' },
];

export function valueLabel(
  t: (k: string, o?: Record<string, unknown>) => string,
  by: ColourBy,
  value: string,
): string {
  switch (by) {
    case 'gender':
      return t(`enums.gender.${value}`);
    case 'status':
      return t(`enums.status.${value}`);
    case 'stakeholderGroup':
      return t(`enums.stakeholderGroup.${value}`);
    case 'community':
      return t('network.legend.community', { n: value });
    case 'region':
      return value;
  }
}

function LineSample({ dash, colour }: { dash: string; colour: string }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <line x1="0" y1="7" x2="14" y2="7" stroke={colour} strokeWidth="2" strokeDasharray={dash} />
    </svg>
  );
}

export function Legend({
  palette,
  types,
  statusEdges,
}: {
  palette: Palette;
  types: readonly string[];
  /** Whether participation links (styled by status) are drawn. */
  statusEdges: boolean;
}) {
  const { t } = useTranslation();
  const shapes = SHAPES.filter((s) => types.includes(s.key));
  return (
    <section
      className="network-legend"
      aria-labelledby="network-legend-title"
      data-testid="network-legend"
    >
      <h2 id="network-legend-title" className="network-legend__title">
        {t('network.legend.colours', { by: t(`network.colourBy.${palette.by}`) })}
      </h2>
      <ul className="network-legend__list">
        {palette.entries.slice(0, 14).map((e) => (
          <li key={e.value}>
            <span className="network-swatch" style={{ background: e.colour }} aria-hidden="true" />
            <span>{valueLabel(t, palette.by, e.value)}</span>
            <span className="network-muted">{e.count}</span>
          </li>
        ))}
        {palette.missing > 0 && (
          <li>
            <span
              className="network-swatch"
              style={{ background: NO_VALUE_COLOUR }}
              aria-hidden="true"
            />
            <span>{t('network.legend.noValue')}</span>
            <span className="network-muted">{palette.missing}</span>
          </li>
        )}
      </ul>
      <h2 className="network-legend__title">{t('network.legend.shapes')}</h2>
      <ul className="network-legend__list network-legend__list--shapes">
        {shapes.map((s) => (
          <li key={s.key}>
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
              <path d={s.path} fill="#5b6778" />
            </svg>
            <span>{t(`network.nodeTypeOne.${s.key}`)}</span>
          </li>
        ))}
      </ul>
      {statusEdges && (
        <>
          <h2 className="network-legend__title">{t('network.legend.edges')}</h2>
          <ul className="network-legend__list">
            <li>
              <LineSample dash="4 3" colour="#d55e00" />
              <span>{t('network.legend.declined')}</span>
            </li>
            <li>
              <LineSample dash="1 3" colour="#6b7685" />
              <span>{t('network.legend.tentative')}</span>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
