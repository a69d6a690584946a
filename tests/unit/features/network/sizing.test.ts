import { describe, expect, it } from 'vitest';
import {
  FULL_GROWTH_UP_TO,
  growthOf,
  sizeFor,
} from '../../../../renderer/src/features/network/networkStyle';
import { graphOf } from '../../shared/graph/fixture';

/** `people` people at one event; the first also at a second event (the busiest person). */
function eventGraph(people: number) {
  const ids = Array.from({ length: people }, (_, i) => `p${i}`);
  const links: [string, string][] = ids.map((id) => [id, 'e1']);
  links.push(['p0', 'e2']);
  return graphOf([...ids, 'e1', 'e2'], links, (id) => ({
    type: id.startsWith('e') ? 'event' : 'person',
  }));
}

describe('sizing nodes by links in a large graph', () => {
  it('lets people grow fully up to the documented count, less above it', () => {
    expect(growthOf('person', FULL_GROWTH_UP_TO)).toBe(growthOf('person', 10));
    expect(growthOf('person', 5_000)).toBeLessThan(growthOf('person', FULL_GROWTH_UP_TO) / 3);
    // Other types keep their growth: a few hubs stay easy to find among many people.
    expect(growthOf('event', 5_000)).toBe(growthOf('event', 10));
  });

  it('keeps the busiest of 5,000 people far smaller than the busiest of 50', () => {
    const small = eventGraph(50);
    const large = eventGraph(5_000);
    const busiestSmall = sizeFor(small, 'degree', null)(small.nodes[0]!);
    const busiestLarge = sizeFor(large, 'degree', null)(large.nodes[0]!);
    const quietLarge = sizeFor(large, 'degree', null)(large.nodes[1]!);
    expect(busiestSmall).toBeGreaterThanOrEqual(35);
    expect(busiestLarge).toBeLessThanOrEqual(24);
    // Still ordered by links, so sizing keeps its meaning.
    expect(busiestLarge).toBeGreaterThan(quietLarge);
  });
});
