import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  fitToDisplays,
  MIN_WINDOW_SIZE,
  parseWindowState,
  serializeWindowState,
  type DisplayArea,
  type WindowState,
} from '../../../electron/main/window-state';

// A 1920×1080 primary with a taskbar, and a 2560×1440 monitor to its left.
const primary: DisplayArea = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const left: DisplayArea = { workArea: { x: -2560, y: 0, width: 2560, height: 1400 } };
const laptop: DisplayArea = { workArea: { x: 0, y: 25, width: 1280, height: 695 } };

const state = (
  x: number,
  y: number,
  width: number,
  height: number,
  maximized = false,
): WindowState => ({
  bounds: { x, y, width, height },
  maximized,
});

const isInside = ({ bounds }: WindowState, { workArea }: DisplayArea) =>
  bounds.x >= workArea.x &&
  bounds.y >= workArea.y &&
  bounds.x + bounds.width <= workArea.x + workArea.width &&
  bounds.y + bounds.height <= workArea.y + workArea.height;

describe('parseWindowState', () => {
  it('reads back what it saved', () => {
    const saved = state(-2000, 100, 1400, 900, true);
    expect(parseWindowState(serializeWindowState(saved))).toEqual(saved);
  });

  it('rounds fractional bounds (HiDPI scaling) when saving', () => {
    expect(parseWindowState(serializeWindowState(state(10.4, 20.6, 1000.5, 700.2)))).toEqual(
      state(10, 21, 1001, 700),
    );
  });

  it.each([
    ['a missing file', undefined],
    ['an empty file', ''],
    ['a truncated file', '{"version":1,"bounds":{"x":0,'],
    ['not JSON', 'garbage\u0000'],
    ['JSON null', 'null'],
    ['an array', '[1,2,3]'],
    [
      'an unknown version',
      '{"version":2,"bounds":{"x":0,"y":0,"width":900,"height":700},"maximized":false}',
    ],
    ['a missing field', '{"version":1,"bounds":{"x":0,"y":0,"width":900},"maximized":false}'],
    [
      'a zero width',
      '{"version":1,"bounds":{"x":0,"y":0,"width":0,"height":700},"maximized":false}',
    ],
    [
      'a string coordinate',
      '{"version":1,"bounds":{"x":"0","y":0,"width":900,"height":700},"maximized":false}',
    ],
    [
      'an absurd coordinate',
      '{"version":1,"bounds":{"x":1e300,"y":0,"width":900,"height":700},"maximized":false}',
    ],
  ])('treats %s as nothing saved', (_case, text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('fitToDisplays', () => {
  it('opens at the default size, centred on the primary display, when nothing is saved', () => {
    const fitted = fitToDisplays(null, [primary, left], primary);
    expect(fitted).toEqual({
      bounds: {
        x: (1920 - DEFAULT_WINDOW_SIZE.width) / 2,
        y: (1040 - DEFAULT_WINDOW_SIZE.height) / 2,
        ...DEFAULT_WINDOW_SIZE,
      },
      maximized: false,
    });
  });

  it('keeps bounds that fit on a connected display', () => {
    expect(fitToDisplays(state(100, 50, 1200, 800), [primary], primary)).toEqual(
      state(100, 50, 1200, 800),
    );
    expect(fitToDisplays(state(-2400, 100, 1600, 1000), [primary, left], primary)).toEqual(
      state(-2400, 100, 1600, 1000),
    );
  });

  it('pulls a window hanging off the edge fully onto the display it mostly covers', () => {
    const fitted = fitToDisplays(state(1500, 800, 1000, 700), [primary], primary);
    expect(fitted).toEqual(state(920, 340, 1000, 700));
    expect(isInside(fitted, primary)).toBe(true);
  });

  it('re-centres on the primary display when the saved monitor is gone', () => {
    const onLeftMonitor = state(-2400, 100, 1600, 1000, true);
    const fitted = fitToDisplays(onLeftMonitor, [primary], primary);
    expect(isInside(fitted, primary)).toBe(true);
    expect(fitted.bounds).toEqual({ x: 160, y: 20, width: 1600, height: 1000 });
    expect(fitted.maximized).toBe(true);
  });

  it('shrinks a window larger than the work area (a big monitor swapped for a laptop)', () => {
    const fitted = fitToDisplays(state(0, 0, 2400, 1350), [laptop], laptop);
    expect(fitted).toEqual(state(0, 25, 1280, 695));
    expect(isInside(fitted, laptop)).toBe(true);
  });

  it('grows a window below the minimum size, unless the screen is smaller still', () => {
    expect(fitToDisplays(state(10, 10, 300, 200), [primary], primary).bounds).toMatchObject(
      MIN_WINDOW_SIZE,
    );
    const tiny: DisplayArea = { workArea: { x: 0, y: 0, width: 640, height: 480 } };
    expect(fitToDisplays(state(0, 0, 300, 200), [tiny], tiny).bounds).toEqual({
      x: 0,
      y: 0,
      width: 640,
      height: 480,
    });
  });

  it('picks the display the window overlaps most when it straddles two', () => {
    const straddling = state(-300, 100, 1000, 700);
    const fitted = fitToDisplays(straddling, [primary, left], primary);
    expect(isInside(fitted, primary)).toBe(true);
    expect(fitted.bounds.x).toBe(0);
  });
});
