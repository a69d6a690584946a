// A horizontal bar chart of a distribution (Observable Plot, SVG). The SVG is one image with a
// summary label; the same numbers are in the table beside it. Exportable as SVG and PNG.
import { useCallback } from 'react';
import * as Plot from '@observablehq/plot';
import { CHART_STYLE, PlotChart } from './PlotChart';

const MAX_LABEL = 44;
/** Long event names would be cut by the chart's margin: shorten them (the table has them whole). */
const shorten = (label: string) =>
  label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;

/**
 * `text` replaces the bar's "count · share" label: with suppression on, a hidden count is drawn
 * as no bar (share 0) labelled "<5" or "x", so the chart publishes no more than the table.
 */
export type ChartBar = {
  label: string;
  count: number;
  share: number;
  unknown?: boolean;
  text?: string;
};

export function DistributionChart({
  bars,
  summary,
  fileName,
  title,
  people = 0,
}: {
  bars: readonly ChartBar[];
  summary: string;
  /** With a file name (no extension), the chart gets SVG and PNG export buttons. */
  fileName?: string;
  title?: string;
  /** People the chart's figures cover, for the export log. */
  people?: number;
}) {
  const draw = useCallback(
    (hostWidth: number) => {
      const labelWidth = Math.min(
        300,
        12 + 6.5 * Math.max(4, ...bars.map((b) => Math.min(b.label.length, MAX_LABEL))),
      );
      return Plot.plot({
        width: Math.max(320, Math.min(hostWidth || 560, 720)),
        height: 28 + 26 * Math.max(1, bars.length),
        marginLeft: labelWidth,
        marginRight: 76,
        x: {
          label: null,
          tickFormat: (d: number) => `${Math.round(d * 100)} %`,
          grid: true,
          domain: [0, Math.max(0.05, ...bars.map((b) => b.share))],
        },
        y: { label: null, domain: bars.map((b) => b.label), tickSize: 0, tickFormat: shorten },
        style: CHART_STYLE,
        marks: [
          Plot.barX(bars, {
            x: 'share',
            y: 'label',
            fill: (b: ChartBar) => (b.unknown === true ? '#8a94a3' : '#1b5fae'),
          }),
          Plot.text(bars, {
            x: 'share',
            y: 'label',
            text: (b: ChartBar) => b.text ?? `${b.count} · ${Math.round(b.share * 100)} %`,
            dx: 6,
            textAnchor: 'start',
            fill: '#17202c',
          }),
          Plot.ruleX([0]),
        ],
      });
    },
    [bars],
  );
  return (
    <PlotChart
      draw={draw}
      summary={summary}
      exports={
        fileName === undefined
          ? undefined
          : { fileName, title: title ?? summary, what: 'representation-chart', people }
      }
    />
  );
}
