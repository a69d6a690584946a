// The grouped layout's titles: above their boxes, centred, as wide as the box allows (long names
// cut with an ellipsis), and only for boxes in sight.
import { describe, expect, it } from 'vitest';
import { fitText, placeTitles } from '../../../../renderer/src/features/network/groupTitles';

describe('placeTitles', () => {
  it('centres each title just above its box, at most the box’s width and a little overhang', () => {
    const [t] = placeTitles([{ label: 'UNFPA', x1: 100, y1: 200, x2: 180, y2: 260 }], 800, 600);
    expect(t).toEqual({ text: 'UNFPA', x: 140, y: 196, max: 104 });
  });

  it('leaves out boxes out of sight and groups without a name', () => {
    const titles = placeTitles(
      [
        { label: 'Left of the view', x1: -300, y1: 10, x2: -10, y2: 50 },
        { label: 'Below the view', x1: 10, y1: 700, x2: 90, y2: 750 },
        { label: '', x1: 10, y1: 10, x2: 90, y2: 50 },
        { label: 'Half in sight', x1: -50, y1: 10, x2: 50, y2: 50 },
      ],
      800,
      600,
    );
    expect(titles.map((t) => t.text)).toEqual(['Half in sight']);
  });

  it('gives a tiny box room for a few characters', () => {
    const [t] = placeTitles([{ label: 'ACDN', x1: 0, y1: 50, x2: 4, y2: 54 }], 800, 600);
    expect(t?.max).toBe(40);
  });
});

describe('fitText', () => {
  // 7 px per character.
  const ctx = { measureText: (s: string) => ({ width: s.length * 7 }) } as CanvasRenderingContext2D;
  it('keeps a title that fits and cuts a longer one with an ellipsis', () => {
    expect(fitText(ctx, 'Other organisations', 200)).toBe('Other organisations');
    const cut = fitText(ctx, 'Sakura Infrastructure Networks', 100);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length * 7).toBeLessThanOrEqual(100);
    expect('Sakura Infrastructure Networks'.startsWith(cut.slice(0, -1))).toBe(true);
  });
});
