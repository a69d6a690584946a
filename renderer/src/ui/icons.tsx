// Inline SVG icons (bundled, no icon font, no network). Decorative: hidden from screen readers.
import type { ReactElement } from 'react';

const paths = {
  people:
    'M16 11a4 4 0 1 0-4-4 4 4 0 0 0 4 4Zm-8 1a3 3 0 1 0-3-3 3 3 0 0 0 3 3Zm8 1c-2.7 0-8 1.3-8 4v2h16v-2c0-2.7-5.3-4-8-4Zm-8 .5c-.3 0-.7 0-1.1.1C4.6 13.9 1 15 1 17v2h5v-2c0-1.3.7-2.5 2-3.5Z',
  organisations: 'M3 21V7l6-4 6 4v2h6v12H3Zm2-2h3v-3H5Zm0-5h3v-3H5Zm5 5h3v-3h-3Zm0-5h3v-3h-3Zm5 5h4v-3h-4Zm0-5h4v-3h-4Z',
  events:
    'M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2Zm-2 8h14v10H5Zm2 2v2h2v-2Zm4 0v2h2v-2Zm4 0v2h2v-2Z',
  network:
    'M12 2a3 3 0 0 0-1 5.8V10H7a2 2 0 0 0-2 2v2.2a3 3 0 1 0 2 0V12h10v2.2a3 3 0 1 0 2 0V12a2 2 0 0 0-2-2h-4V7.8A3 3 0 0 0 12 2Z',
  representation: 'M4 20V10h4v10Zm6 0V4h4v16Zm6 0v-7h4v7Z',
  planner:
    'M9 3h6v2h3a2 2 0 0 1 2 2v13a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2h3Zm1.6 13.4 6.1-6.1-1.4-1.4-4.7 4.7-2.3-2.3-1.4 1.4Z',
  settings:
    'M19.4 13a7.5 7.5 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.4 7.4 0 0 0-1.7-1L15 3h-4l-.4 2.9a7.4 7.4 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.5 7.5 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.4 7.4 0 0 0 1.7 1L11 21h4l.4-2.9a7.4 7.4 0 0 0 1.7-1l2.5 1 2-3.5ZM13 15.5a3.5 3.5 0 1 1 3.5-3.5 3.5 3.5 0 0 1-3.5 3.5Z',
  undo: 'M12.5 8c-2.6 0-5 1-6.9 2.6L2 7v9h9l-3.6-3.6A8 8 0 0 1 20.1 16l2.3-.8A10.5 10.5 0 0 0 12.5 8Z',
  redo: 'M11.5 8c2.6 0 5 1 6.9 2.6L22 7v9h-9l3.6-3.6A8 8 0 0 0 3.9 16l-2.3-.8A10.5 10.5 0 0 1 11.5 8Z',
  plus: 'M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6Z',
  close: 'm6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6 10.6 12 5 6.4Z',
  search:
    'M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10Z',
  trash: 'M9 3h6l1 2h4v2H4V5h4Zm-3 6h12l-1 12H7Zm4 2v8h1v-8Zm3 0v8h1v-8Z',
  error:
    'M12 2a10 10 0 1 0 10 10A10 10 0 0 0 12 2Zm1 15h-2v-2h2Zm0-4h-2V7h2Z',
  warning: 'M1 21 12 2l11 19Zm12-3v-2h-2v2Zm0-4V9h-2v5Z',
  check: 'm9 16.2-4.2-4.2-1.4 1.4L9 19 21 7l-1.4-1.4Z',
  info: 'M12 2a10 10 0 1 0 10 10A10 10 0 0 0 12 2Zm1 15h-2v-6h2Zm0-8h-2V7h2Z',
  sortAsc: 'm12 6 6 8H6Z',
  sortDesc: 'm12 18-6-8h12Z',
  sortNone: 'm12 4 5 6H7Zm0 16-5-6h10Z',
  chevronRight: 'm9 6 6 6-6 6-1.4-1.4 4.6-4.6-4.6-4.6Z',
  filter: 'M3 5h18l-7 8v6l-4 2v-8Z',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 16 }: { name: IconName; size?: number }): ReactElement {
  return (
    <svg
      viewBox="0 0 24 24"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
      fill="currentColor"
    >
      <path d={paths[name]} />
    </svg>
  );
}
