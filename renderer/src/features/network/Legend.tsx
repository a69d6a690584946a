// The legend: every colour named with its count, the node types the colouring leaves grey, the
// size, the node shapes and the link styles. Colour is never the only signal: each swatch has a
// label, and node types differ by shape.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { legendRows, linkStyles, undescribedTypes } from './legendModel';
import type { LegendType, LinkStyle } from './legendModel';
import type { ColourBy, Palette, SizeBy } from './networkStyle';
import type { SvgLegend } from './svgExport';
import { ENTITY_COLOURS, NO_VALUE_COLOUR, OTHER_COLOUR } from './networkStyle';
import { useNetworkView } from './networkViewStore';

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

/** The legend's colours and size as the SVG export draws them beside the graph. */
export function exportLegend(
  t: (k: string, o?: Record<string, unknown>) => string,
  palette: Palette,
  sizeBy: SizeBy,
): SvgLegend {
  const { listed, others } = legendRows(palette);
  const rows: SvgLegend['rows'] = listed.map((e, i) => ({
    colour: e.colour,
    label:
      palette.by === 'community'
        ? t('network.legend.community', { n: i + 1 })
        : valueLabel(t, palette.by, e.value),
    count: e.count,
  }));
  if (others !== null)
    rows.push({
      colour: OTHER_COLOUR,
      label: t('network.legendOthers', { count: others.values }),
      count: others.count,
    });
  if (palette.missing > 0)
    rows.push({
      colour: NO_VALUE_COLOUR,
      label: t('network.legend.noValue'),
      count: palette.missing,
    });
  return {
    title: t('network.legend.colours', { by: t(`network.colourBy.${palette.by}`) }),
    rows,
    note:
      sizeBy === 'none'
        ? t('network.legendPanel.sameSize')
        : t('network.legendPanel.size', { by: t(`network.sizeBy.${sizeBy}`) }),
  };
}

function LineSample({
  dash,
  colour,
  width = 2,
}: {
  dash?: string;
  colour: string;
  width?: number;
}) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <line
        x1="0"
        y1="7"
        x2="14"
        y2="7"
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dash}
      />
    </svg>
  );
}

/** How each link style is drawn (cyStyle.ts) and named. */
const LINKS: Record<LinkStyle, { dash?: string; colour: string; width?: number; key?: string }> = {
  // Named per lens (network.legendLinks: what a plain link means there).
  plain: { colour: '#b4bcc8' },
  structure: { colour: '#7a8696', width: 3, key: 'network.legendPanel.links.structure' },
  relationship: { colour: '#8a6fb0', key: 'network.legendPanel.links.relationship' },
  declined: { dash: '4 3', colour: '#d55e00', key: 'network.legend.declined' },
  tentative: { dash: '1 3', colour: '#6b7685', key: 'network.legend.tentative' },
};

/** Nodes a colouring does not describe keep their type's grey (networkStyle ENTITY_COLOURS). */
const TYPE_GREY: Record<LegendType, string> = {
  ...ENTITY_COLOURS,
  session: ENTITY_COLOURS.event,
};

/**
 * The legend, in its own column at the right of the graph (never over it; folding it gives the
 * graph room on the right without moving it): the colours with their counts,
 * the node types the colouring does not describe, the size, the shapes and the link styles. It
 * folds away to a button for more room.
 */
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
  const { lens, sizeBy } = useNetworkView();
  const [open, setOpen] = useState(true);
  const shapes = SHAPES.filter((s) => types.includes(s.key));
  const by = t(`network.colourBy.${palette.by}`);
  // Events and sessions share one grey: one line for both.
  const uncoloured = undescribedTypes(palette.by, types).filter(
    (type) => type !== 'session' || !types.includes('event'),
  );
  const links = linkStyles(lens, types, statusEdges);
  const { listed, others } = legendRows(palette);
  // Nothing drawn: the legend keeps its column (the graph's width must not change under a fit)
  // and shows only its title; the stage says why (EmptyGraph).
  const empty = types.length === 0;
  if (!open) {
    return (
      <section className="network-legend network-legend--closed" data-testid="network-legend">
        <Button size="small" aria-expanded={false} onClick={() => setOpen(true)}>
          {t('network.legendPanel.show')}
        </Button>
      </section>
    );
  }
  return (
    <section
      className="network-legend"
      aria-labelledby="network-legend-title"
      data-testid="network-legend"
    >
      <div className="network-legend__head">
        <h2 id="network-legend-title" className="network-legend__title">
          {t('network.legend.colours', { by })}
        </h2>
        <Button
          size="small"
          variant="ghost"
          icon="close"
          label={t('network.legendPanel.hide')}
          aria-expanded={true}
          onClick={() => setOpen(false)}
        />
      </div>
      <ul className="network-legend__list">
        {listed.map((e, i) => (
          <li key={e.value}>
            <span className="network-swatch" style={{ background: e.colour }} aria-hidden="true" />
            <span>
              {palette.by === 'community'
                ? t('network.legend.community', { n: i + 1 })
                : valueLabel(t, palette.by, e.value)}
            </span>
            <span className="network-muted">{e.count}</span>
          </li>
        ))}
        {others !== null && (
          <li>
            <span
              className="network-swatch"
              style={{ background: OTHER_COLOUR }}
              aria-hidden="true"
            />
            <span>{t('network.legendOthers', { count: others.values })}</span>
            <span className="network-muted">{others.count}</span>
          </li>
        )}
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
      {uncoloured.length > 0 && (
        <>
          <h3 className="network-legend__title">{t('network.legendPanel.otherTypes', { by })}</h3>
          <ul className="network-legend__list">
            {uncoloured.map((type) => (
              <li key={type}>
                <span
                  className="network-swatch"
                  style={{ background: TYPE_GREY[type] }}
                  aria-hidden="true"
                />
                <span>{t(`network.nodeType.${type === 'session' ? 'event' : type}`)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {!empty && (
        <>
          <p className="network-legend__size">
            {sizeBy === 'none'
              ? t('network.legendPanel.sameSize')
              : t('network.legendPanel.size', { by: t(`network.sizeBy.${sizeBy}`) })}
          </p>
          <h3 className="network-legend__title">{t('network.legend.shapes')}</h3>
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
        </>
      )}
      {links.length > 0 && (
        <>
          <h3 className="network-legend__title">{t('network.legend.edges')}</h3>
          <ul className="network-legend__list">
            {links.map((style) => {
              const l = LINKS[style];
              return (
                <li key={style}>
                  <LineSample dash={l.dash} colour={l.colour} width={l.width} />
                  <span>{l.key === undefined ? t(`network.legendLinks.${lens}`) : t(l.key)}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
