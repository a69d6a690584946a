import { describe, expect, it } from 'vitest';
import type { CpuProfile } from '../../../bench/profile';
import { formatHotspots, hotspots } from '../../../bench/profile';

const frame = (functionName: string, url = 'https://app/assets/index.js', lineNumber = 9) => ({
  functionName,
  url,
  lineNumber,
});

describe('hotspots', () => {
  // Samples: root, sort ×3, build ×2, idle ×4; each sample lasts until the next one (1 ms).
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', '') },
      { id: 2, callFrame: frame('sortRows') },
      { id: 3, callFrame: frame('buildPersonRows', 'https://app/assets/index.js', 40) },
      { id: 4, callFrame: frame('(idle)', '') },
      { id: 5, callFrame: frame('sortRows') },
    ],
    samples: [1, 2, 2, 5, 3, 3, 4, 4, 4, 4],
    timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
  };

  it('adds up self time per function, heaviest first, leaving idle time out', () => {
    const list = hotspots(profile);
    expect(list.map((h) => [h.name, h.selfMs])).toEqual([
      ['sortRows', 3],
      ['buildPersonRows', 2],
      ['(root)', 1],
    ]);
    expect(list[1]?.where).toBe('index.js:41');
    expect(list[0]?.share).toBeCloseTo(0.5);
  });

  it('keeps only the top entries and formats one line each', () => {
    const text = formatHotspots(hotspots(profile, 2));
    expect(text.split('\n')).toHaveLength(2);
    expect(text).toContain('sortRows  index.js:10');
  });
});
