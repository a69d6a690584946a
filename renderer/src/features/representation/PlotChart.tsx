// The plumbing every Observable Plot chart of this screen shares: draw into a host sized to the
// page, make the SVG safe for the app's CSP and one accessible image, redraw when the data
// change, and offer SVG/PNG export of exactly what is drawn.
import { useCallback, useEffect, useRef } from 'react';
import { ChartExports } from './ChartExports';
import { asAccessibleImage } from './plotImage';

/** The charts' common Plot style: the page's font and text colour, no background of its own. */
export const CHART_STYLE = {
  fontSize: '12px',
  fontFamily: 'inherit',
  color: '#17202c',
  background: 'transparent',
};

export type PlotChartExport = {
  /** Without extension. */
  fileName: string;
  /** The chart's name, for the buttons' descriptions. */
  title: string;
  /** The export log's kebab-case name. */
  what: string;
  /** People the figures cover, for the export log. */
  people: number;
};

/**
 * `draw` builds the chart for the host's current width (0 before layout); keep it stable with
 * useCallback over the chart's data, since a new `draw` redraws the chart.
 */
export function PlotChart({
  draw,
  summary,
  exports,
}: {
  draw: (hostWidth: number) => SVGSVGElement | HTMLElement;
  /** What the chart shows, in words: the image's accessible name. */
  summary: string;
  exports?: PlotChartExport;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const getSvg = useCallback(() => ref.current?.querySelector('svg') ?? null, []);
  useEffect(() => {
    const host = ref.current;
    if (host === null) return;
    const chart = draw(host.clientWidth);
    asAccessibleImage(chart, summary);
    host.replaceChildren(chart);
    return () => chart.remove();
  }, [draw, summary]);
  return (
    <div className="rep-chart-block">
      <div className="rep-chart" ref={ref} />
      {exports !== undefined && <ChartExports getSvg={getSvg} {...exports} />}
    </div>
  );
}
