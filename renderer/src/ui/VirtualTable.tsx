// A virtualised table of records: sortable column headers, one tab stop that arrow keys, Home,
// End and Page Up/Down move between rows, Enter/Space or a click to open a row, and only the
// rows in view (and a few either side) in the DOM, so 50,000 rows scroll like 50. The People and
// Organisations tables are this with their own cells; the class names keep each table's styles
// (`<prefix>-table`, `<prefix>-row`, `<prefix>-cell`, `<prefix>-sort`).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { Range } from '@tanstack/react-virtual';
import { Icon } from './icons';

const HEADER_HEIGHT = 38;

export type TableSort<K extends string> = { key: K; direction: 'asc' | 'desc' };

export type VirtualTableProps<R extends { id: string }, K extends string> = {
  /** Class-name prefix: 'people' gives people-table, people-row, people-cell, people-sort. */
  prefix: string;
  label: string;
  rows: readonly R[];
  rowHeight: number;
  columns: readonly K[];
  columnLabel: (key: K) => string;
  /** The row open in a panel: highlighted, and scrolled into view when it changes. */
  selectedId: string | null;
  sort: TableSort<K>;
  /** False while the rows are not all there yet: the headers show the sort but wait. */
  sortable?: boolean;
  onSort: (key: K) => void;
  onOpen: (id: R['id']) => void;
  /** The cells of one row (each a role="cell" element). */
  cells: (row: R) => ReactNode;
};

export function VirtualTable<R extends { id: string }, K extends string>({
  prefix,
  label,
  rows,
  rowHeight,
  columns,
  columnLabel,
  selectedId,
  sort,
  sortable = true,
  onSort,
  onOpen,
  cells,
}: VirtualTableProps<R, K>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowEls = useRef(new Map<number, HTMLDivElement>());
  const focusPending = useRef(false);
  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : rows.findIndex((r) => r.id === selectedId)),
    [rows, selectedId],
  );

  // The row that holds the table's single tab stop. It follows the opened record.
  const [active, setActive] = useState(Math.max(selectedIndex, 0));
  const [seenSelected, setSeenSelected] = useState(selectedId);
  if (seenSelected !== selectedId) {
    setSeenSelected(selectedId);
    if (selectedIndex >= 0) setActive(selectedIndex);
  }
  const activeIndex = rows.length === 0 ? -1 : Math.min(active, rows.length - 1);

  // The focusable row stays rendered even when scrolled away, so Tab can always reach the table.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex],
  );

  // TanStack Virtual returns a mutable instance; this component re-renders on its own scroll
  // updates, which is what the React Compiler warning is about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    rangeExtractor,
    getItemKey: (index) => rows[index]?.id ?? index,
  });

  // A record opened from elsewhere (a link, a reload) is scrolled into view.
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  useEffect(() => {
    if (!focusPending.current || activeIndex < 0) return;
    focusPending.current = false;
    rowEls.current.get(activeIndex)?.focus({ preventScroll: true });
  }, [activeIndex]);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    focusPending.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    // Same index (already at the edge): keep focus where it is.
    if (next === activeIndex) rowEls.current.get(next)?.focus({ preventScroll: true });
  };

  const pageSize = Math.max(
    1,
    Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEADER_HEIGHT) / rowHeight) - 1,
  );

  const onRowKeyDown = (e: KeyboardEvent<HTMLDivElement>, index: number, id: R['id']) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + pageSize,
      PageUp: index - pageSize,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[e.key];
    if (target !== undefined) {
      e.preventDefault();
      moveTo(target);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(id);
    }
  };

  return (
    <div
      ref={scrollRef}
      className={`${prefix}-table`}
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-busy={!sortable}
    >
      <div role="rowgroup" className={`${prefix}-table__head`}>
        <div role="row" aria-rowindex={1} className={`${prefix}-row ${prefix}-row--head`}>
          {columns.map((key) => {
            const sorted = sort.key === key;
            return (
              <div
                key={key}
                role="columnheader"
                className={`${prefix}-cell c-${key}`}
                aria-sort={
                  sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'
                }
              >
                <button
                  type="button"
                  className={sorted ? `${prefix}-sort ${prefix}-sort--active` : `${prefix}-sort`}
                  disabled={!sortable}
                  onClick={() => onSort(key)}
                >
                  <span>{columnLabel(key)}</span>
                  <Icon
                    name={sorted ? (sort.direction === 'asc' ? 'sortAsc' : 'sortDesc') : 'sortNone'}
                    size={14}
                  />
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div
        role="rowgroup"
        className={`${prefix}-table__body`}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const selected = item.index === selectedIndex;
          return (
            <div
              key={item.key}
              ref={(el) => {
                if (el) rowEls.current.set(item.index, el);
                else rowEls.current.delete(item.index);
              }}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={selected}
              tabIndex={item.index === activeIndex ? 0 : -1}
              className={selected ? `${prefix}-row ${prefix}-row--selected` : `${prefix}-row`}
              style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
              onClick={() => {
                setActive(item.index);
                onOpen(row.id);
              }}
              onKeyDown={(e) => onRowKeyDown(e, item.index, row.id)}
            >
              {cells(row)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
