// A world map of nationalities (Observable Plot, SVG from bundled geometry; no tiles).
import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';
import type { CountryFeature } from './worldMap';
import { countryFeatures } from './worldMap';
import { asAccessibleImage } from './plotImage';

export function WorldMap({
  counts,
  summary,
  svgRef,
}: {
  counts: ReadonlyMap<string, number>;
  summary: string;
  /** Receives the rendered SVG, for export. */
  svgRef?: (svg: SVGSVGElement | null) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = ref.current;
    if (host === null) return;
    const features = countryFeatures();
    const value = (f: CountryFeature) =>
      f.properties.iso2 === null ? 0 : (counts.get(f.properties.iso2) ?? 0);
    const max = Math.max(1, ...counts.values());
    const chart = Plot.plot({
      width: 880,
      projection: 'equal-earth',
      style: { background: 'transparent' },
      color: { type: 'sqrt', domain: [0, max], range: ['#cfe0f5', '#0b3d78'] },
      marks: [
        Plot.geo(features, { fill: '#eef0f3', stroke: '#ffffff', strokeWidth: 0.5 }),
        Plot.geo(
          features.filter((f) => value(f) > 0),
          { fill: value, stroke: '#ffffff', strokeWidth: 0.5 },
        ),
        Plot.sphere({ stroke: '#aab3bf' }),
      ],
    });
    asAccessibleImage(chart, summary);
    host.replaceChildren(chart);
    svgRef?.(chart instanceof SVGSVGElement ? chart : chart.querySelector('svg'));
    return () => {
      chart.remove();
      svgRef?.(null);
    };
  }, [counts, summary, svgRef]);
  return <div className="rep-map" ref={ref} />;
}
