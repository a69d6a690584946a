// A session's composition as two bars (gender, region) for the node panel: each part with its
// share and the colour the graph gives it, so "who is in the room" reads at a glance. Pure, unit
// tested; NodePanel.tsx draws it.
import type { GraphNode } from '@shared/graph/elements';
import { blankNode } from '@shared/graph/elements';
import type { Composition } from './networkView';
import { buildPalette, NO_VALUE_COLOUR } from './networkStyle';

export type CompositionPart = { value: string; count: number; share: number; colour: string };

/** Whole-number percentages that add up to 100 (largest remainders), so the parts read true. */
export function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((s, c) => s + c, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (100 * c) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((s, f) => s + f, 0);
  const byRemainder = exact
    .map((e, i) => ({ i, r: e - Math.floor(e) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}

/** A person node with one attribute set: how the palette colours that value. */
function probe(id: string, patch: Partial<GraphNode>): GraphNode {
  return { ...blankNode(id, 'person', '', id), ...patch };
}

/**
 * The gender and region bars of a composition. Genders take the graph's own gender colours;
 * regions the palette's colours in the scheme's order (`regionOrder`); an unknown region is grey.
 */
export function compositionBars(
  comp: Composition,
  regionOrder: readonly string[],
): { genders: CompositionPart[]; regions: CompositionPart[] } {
  const genderNodes = comp.genders.map((g) => probe(`g:${g.value}`, { gender: g.value }));
  const genderPalette = buildPalette({ nodes: genderNodes, edges: [] }, 'gender', null);
  const genderShares = shares(comp.genders.map((g) => g.count));
  const known = comp.regions.filter((r) => r.value !== 'unknown');
  const regionPalette = buildPalette(
    { nodes: known.map((r) => probe(`r:${r.value}`, { region: r.value })), edges: [] },
    'region',
    null,
    regionOrder,
  );
  const regionColour = new Map(regionPalette.entries.map((e) => [e.value, e.colour]));
  const regionShares = shares(comp.regions.map((r) => r.count));
  return {
    genders: comp.genders.map((g, i) => ({
      value: g.value,
      count: g.count,
      share: genderShares[i] ?? 0,
      colour: genderPalette.colourOf(genderNodes[i]!),
    })),
    regions: comp.regions.map((r, i) => ({
      value: r.value,
      count: r.count,
      share: regionShares[i] ?? 0,
      colour: regionColour.get(r.value) ?? NO_VALUE_COLOUR,
    })),
  };
}
