// The main window's remembered size and position: parsing the saved file and fitting it to the
// displays connected now. Pure: displays come in as data, so every case has a unit test.
import { z } from 'zod';

export type Rect = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};
export type WindowState = { readonly bounds: Rect; readonly maximized: boolean };
/** The part of Electron's `Display` that matters here. */
export type DisplayArea = { readonly workArea: Rect };

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

const windowStateSchema = z.object({
  version: z.literal(1),
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
});

/** Reads the saved file's text; anything unreadable (corrupt, old, hand-edited) is `null`. */
export function parseWindowState(text: string | null | undefined): WindowState | null {
  if (typeof text !== 'string') return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(json);
  if (!parsed.success) return null;
  return { bounds: parsed.data.bounds, maximized: parsed.data.maximized };
}

export function serializeWindowState(state: WindowState): string {
  const { x, y, width, height } = state.bounds;
  const round = Math.round;
  return JSON.stringify({
    version: 1,
    bounds: { x: round(x), y: round(y), width: round(width), height: round(height) },
    maximized: state.maximized,
  });
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function sizeWithin(width: number, height: number, area: Rect): { width: number; height: number } {
  // The minimum size gives way to a work area smaller than it (a small laptop screen).
  return {
    width: Math.min(Math.max(width, MIN_WINDOW_SIZE.width), area.width),
    height: Math.min(Math.max(height, MIN_WINDOW_SIZE.height), area.height),
  };
}

function centredIn(area: Rect, width: number, height: number): Rect {
  const size = sizeWithin(width, height, area);
  return {
    x: area.x + Math.floor((area.width - size.width) / 2),
    y: area.y + Math.floor((area.height - size.height) / 2),
    ...size,
  };
}

/**
 * Where to open the window: the saved bounds, moved and shrunk so that the whole window is on the
 * display it overlapped most. If it overlaps none (that monitor is gone), it is centred on the
 * primary display at its saved size; with nothing saved, at the default size.
 */
export function fitToDisplays(
  saved: WindowState | null,
  displays: readonly DisplayArea[],
  primary: DisplayArea,
): WindowState {
  if (!saved) {
    return {
      bounds: centredIn(primary.workArea, DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height),
      maximized: false,
    };
  }
  let best: DisplayArea | null = null;
  let bestArea = 0;
  for (const display of displays) {
    const area = overlapArea(saved.bounds, display.workArea);
    if (area > bestArea) {
      best = display;
      bestArea = area;
    }
  }
  if (!best) {
    return {
      bounds: centredIn(primary.workArea, saved.bounds.width, saved.bounds.height),
      maximized: saved.maximized,
    };
  }
  const area = best.workArea;
  const size = sizeWithin(saved.bounds.width, saved.bounds.height, area);
  return {
    bounds: {
      x: clamp(saved.bounds.x, area.x, area.x + area.width - size.width),
      y: clamp(saved.bounds.y, area.y, area.y + area.height - size.height),
      ...size,
    },
    maximized: saved.maximized,
  };
}
