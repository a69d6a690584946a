// A share over time (Observable Plot, SVG): one dot per dated event, joined by a line; a hidden
// or undefined value leaves a gap. One image with a summary label; the table beside it has
// the same numbers. Exportable as SVG and PNG.
import { useCallback } from 'react';
import * as Plot from '@observablehq/plot';
import { CHART_STYLE, PlotChart } from './PlotChart';

export type TrendDot = { date: string; label: string; value: number | null; text: string };

export function TrendChart({
  dots,
  summary,
  fileName,
  title,
  people,
}: {
  dots: readonly TrendDot[];
  summary: string;
  fileName: string;
  title: string;
  /** People the figures cover, for the export log. */
  people: number;
}) {
  const draw = useCallback(
    (hostWidth: number) => {
      const data = dots.map((d) => ({ ...d, at: new Date(`${d.date}T00:00:00Z`) }));
      const known = data.filter((d) => d.value !== null);
      // Labels of events a few days apart would overprint: label a dot only when it is at
      // least a tenth of the time range after the last labelled one (the table has every value).
      const times = data.map((d) => d.at.getTime());
      const gap = (Math.max(...times) - Math.min(...times)) / 10;
      let last = -Infinity;
      const labelled = data.filter((d) => {
        if (d.at.getTime() - last < gap) return false;
        last = d.at.getTime();
        return true;
      });
      return Plot.plot({
        width: Math.max(320, Math.min(hostWidth || 640, 760)),
        height: 260,
        marginLeft: 48,
        marginRight: 40,
        marginTop: 24,
        x: { label: null, type: 'utc', inset: 24 },
        y: {
          label: null,
          domain: [0, 1],
          grid: true,
          tickFormat: (v: number) => `${Math.round(v * 100)} %`,
        },
        style: CHART_STYLE,
        marks: [
          Plot.ruleY([0]),
          Plot.line(data, { x: 'at', y: 'value', stroke: '#1b5fae', strokeWidth: 2 }),
          Plot.dot(known, { x: 'at', y: 'value', fill: '#1b5fae', r: 4 }),
          Plot.text(labelled, {
            x: 'at',
            y: (d: { value: number | null }) => d.value ?? 0,
            text: 'text',
            dy: -12,
            fill: '#17202c',
          }),
        ],
      });
    },
    [dots],
  );
  return (
    <PlotChart
      draw={draw}
      summary={summary}
      exports={{ fileName, title, what: 'representation-trend', people }}
    />
  );
}
