// What the Network legend explains besides the colours: which link styles are on screen, which
// node types the colouring does not describe (they keep their own greys), and communities
// numbered by size. Pure, unit tested; Legend.tsx draws it.
import type { Lens } from '@shared/graph/elements';
import type { ColourBy, Palette } from './networkStyle';
import { OTHER_COLOUR } from './networkStyle';

/** A node type as the legend names it: events split into events and sessions by shape. */
export type LegendType = 'person' | 'organisation' | 'event' | 'session' | 'country' | 'region';

/** The line styles the legend explains, in the order it lists them. */
export type LinkStyle = 'plain' | 'structure' | 'relationship' | 'declined' | 'tentative';

/** Which node types each colouring describes; the others keep a fixed grey per type. */
const DESCRIBES: Record<ColourBy, readonly LegendType[] | 'all'> = {
  gender: ['person'],
  status: ['person'],
  stakeholderGroup: ['person', 'organisation'],
  region: 'all',
  community: 'all',
};

/** The drawn node types the colouring does not describe, in legend order. */
export function undescribedTypes(by: ColourBy, types: readonly string[]): LegendType[] {
  const described = DESCRIBES[by];
  if (described === 'all') return [];
  const order: LegendType[] = ['person', 'organisation', 'event', 'session', 'country', 'region'];
  return order.filter((t) => types.includes(t) && !described.includes(t));
}

/**
 * The line styles that can be on screen for the lens and the node types drawn: a plain line for
 * participation, affiliation and nationality; a thick one for session-in-event and
 * country-in-region; purple for relationships between people and organisations; dashed and
 * dotted for the participation statuses (only when participation links are drawn).
 */
export function linkStyles(
  lens: Lens,
  types: readonly string[],
  statusEdges: boolean,
): LinkStyle[] {
  const has = (t: LegendType) => types.includes(t);
  const styles: LinkStyle[] = [];
  const plain =
    statusEdges ||
    (has('person') && (has('organisation') || has('country'))) ||
    (lens === 'all' && has('person') && (has('event') || has('session')));
  if (plain) styles.push('plain');
  if ((has('event') && has('session')) || (has('country') && has('region')))
    styles.push('structure');
  if ((lens === 'affiliation' || lens === 'all') && (has('person') || has('organisation')))
    styles.push('relationship');
  if (statusEdges) styles.push('declined', 'tentative');
  return styles;
}

/**
 * Communities numbered 1, 2, 3… from the largest, as the legend lists them: Louvain's own ids
 * follow the order it met the nodes in, so "Community 7" could be the biggest.
 */
export function communityNumbers(community: Readonly<Record<string, number>>): Map<string, number> {
  const sizes = new Map<number, number>();
  for (const c of Object.values(community)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const ranked = [...sizes.keys()].sort(
    (a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || a - b,
  );
  return new Map(ranked.map((c, i) => [String(c), i + 1]));
}

/** Colour entries the legend lists by name; the rest are counted in one line. */
export const LEGEND_ENTRIES = 12;

type Entry = Palette['entries'][number];

/**
 * The colour lines of the legend: each value with a colour of its own (at most LEGEND_ENTRIES),
 * then one line for the rest — the values past the palette share a light grey — with how many
 * values and nodes it stands for.
 */
export function legendRows(palette: Pick<Palette, 'entries'>): {
  listed: Entry[];
  others: { values: number; count: number } | null;
} {
  const own = palette.entries.filter((e) => e.colour !== OTHER_COLOUR);
  const listed = own.slice(0, LEGEND_ENTRIES);
  const rest = palette.entries.filter((e) => !listed.includes(e));
  return {
    listed,
    others:
      rest.length === 0
        ? null
        : { values: rest.length, count: rest.reduce((sum, e) => sum + e.count, 0) },
  };
}
