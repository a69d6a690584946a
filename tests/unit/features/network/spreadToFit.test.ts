// Draft layouts of large graphs ignore node sizes; spreadToFit gives the nodes room without
// changing the layout's shape.
import { describe, expect, it } from 'vitest';
import { spreadToFit } from '../../../../renderer/src/features/network/layoutModel';

describe('spreadToFit', () => {
  const cramped = {
    a: { x: 0, y: 0 },
    b: { x: 10, y: 0 },
    c: { x: 0, y: 10 },
    d: { x: 10, y: 10 },
  };

  it('scales a cramped layout about its centre until each node has about room × its square', () => {
    const spread = spreadToFit(cramped, () => 20, 3);
    // Needed 4 × 3 × 400 = 4,800 against an area of 100: factor √48 about the centre (5, 5).
    const f = Math.sqrt(48);
    expect(spread.a!.x).toBeCloseTo(5 - 5 * f, 1);
    expect(spread.d!.y).toBeCloseTo(5 + 5 * f, 1);
    const width = spread.b!.x - spread.a!.x;
    const height = spread.c!.y - spread.a!.y;
    expect((width * height) / 4800).toBeCloseTo(1, 2);
    // Shape kept: still a square, same order.
    expect(width).toBeCloseTo(height, 5);
  });

  it('never shrinks a layout that already has room, and leaves tiny ones alone', () => {
    expect(spreadToFit(cramped, () => 1, 3)).toBe(cramped);
    const one = { a: { x: 3, y: 4 } };
    expect(spreadToFit(one, () => 50)).toBe(one);
  });
});
