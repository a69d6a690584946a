import { describe, expect, it } from 'vitest';
import { networkStylesheet } from '../../../../renderer/src/features/network/cyStyle';

/** The style properties a selector sets, merged in stylesheet order. */
function styleOf(sheet: ReturnType<typeof networkStylesheet>, selector: string) {
  const merged: Record<string, unknown> = {};
  for (const rule of sheet) {
    if (rule.selector !== selector || !('style' in rule)) continue;
    Object.assign(merged, rule.style as Record<string, unknown>);
  }
  return merged;
}

describe('network stylesheet', () => {
  it('takes links out of the hover hit test and people’s names off a large graph only', () => {
    const large = networkStylesheet({ large: true, fastEdges: true });
    expect(styleOf(large, 'edge').events).toBe('no');
    expect(styleOf(large, 'edge')['curve-style']).toBe('haystack');
    expect(styleOf(large, 'node[type = "person"]').label).toBe('');
    const small = networkStylesheet();
    expect(styleOf(small, 'edge').events).toBeUndefined();
    expect(styleOf(small, 'node[type = "person"]').label).toBeUndefined();
  });

  it('leaves group titles to the titles overlay (one screen size at any zoom)', () => {
    // groupTitles.ts draws them; a Cytoscape label too would write each title twice.
    expect(styleOf(networkStylesheet(), ':parent').label).toBe('');
  });
});
