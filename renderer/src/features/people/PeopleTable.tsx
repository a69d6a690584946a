// The people table, virtualised: only the rows in view (and a few either side) are in the DOM,
// so 10,000 people scroll as smoothly as 10. Rows take the focus in turn (arrow keys, Home, End,
// Page Up/Down); Enter or a click opens the person.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { Range } from '@tanstack/react-virtual';
import { Icon } from '../../ui/icons';
import type { PersonRow, SortKey, SortState } from './peopleTable';
import { SORT_KEYS } from './peopleTable';

const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 38;

export type PeopleTableProps = {
  rows: readonly PersonRow[];
  /** The person open in the panel: highlighted, and scrolled into view when it changes. */
  selectedId: string | null;
  sort: SortState;
  /** False while only the top of the list is loaded: the headers show the sort but wait. */
  sortable?: boolean;
  onSort: (key: SortKey) => void;
  onOpen: (id: string) => void;
};

export function PeopleTable({
  rows,
  selectedId,
  sort,
  sortable = true,
  onSort,
  onOpen,
}: PeopleTableProps) {
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowEls = useRef(new Map<number, HTMLDivElement>());
  const focusPending = useRef(false);
  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : rows.findIndex((r) => r.id === selectedId)),
    [rows, selectedId],
  );

  // The row that holds the table's single tab stop. It follows the opened person.
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
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    rangeExtractor,
    getItemKey: (index) => rows[index]?.id ?? index,
  });

  // A person opened from elsewhere (a link, a reload) is scrolled into view.
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
    Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEADER_HEIGHT) / ROW_HEIGHT) - 1,
  );

  const onRowKeyDown = (e: KeyboardEvent<HTMLDivElement>, index: number, id: string) => {
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

  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }),
    [i18n.language],
  );
  const empty = (
    <>
      <span aria-hidden="true" className="people-cell__empty">
        —
      </span>
      <span className="visually-hidden">{t('people.table.notRecorded')}</span>
    </>
  );
  const text = (value: string, title?: string) =>
    value === '' ? empty : <span title={title ?? value}>{value}</span>;

  return (
    <div
      ref={scrollRef}
      className="people-table"
      role="table"
      aria-label={t('people.table.label')}
      aria-rowcount={rows.length + 1}
      aria-busy={!sortable}
    >
      <div role="rowgroup" className="people-table__head">
        <div role="row" aria-rowindex={1} className="people-row people-row--head">
          {SORT_KEYS.map((key) => {
            const sorted = sort.key === key;
            return (
              <div
                key={key}
                role="columnheader"
                className={`people-cell c-${key}`}
                aria-sort={
                  sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'
                }
              >
                <button
                  type="button"
                  className={sorted ? 'people-sort people-sort--active' : 'people-sort'}
                  disabled={!sortable}
                  onClick={() => onSort(key)}
                >
                  <span>{t(`people.columns.${key}`)}</span>
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
        className="people-table__body"
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
              className={selected ? 'people-row people-row--selected' : 'people-row'}
              style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
              onClick={() => {
                setActive(item.index);
                onOpen(row.id);
              }}
              onKeyDown={(e) => onRowKeyDown(e, item.index, row.id)}
            >
              <div role="cell" className="people-cell c-name">
                <span className="people-avatar" aria-hidden="true">
                  {initials(row.person.givenName, row.person.familyName)}
                </span>
                <span className="people-cell__name" title={row.name}>
                  {row.name}
                </span>
              </div>
              <div role="cell" className="people-cell c-gender">
                {text(row.gender)}
              </div>
              <div role="cell" className="people-cell c-nationality">
                {text(row.nationality)}
              </div>
              <div role="cell" className="people-cell c-residence">
                {text(row.residence)}
              </div>
              <div role="cell" className="people-cell c-stakeholderGroup">
                {text(row.stakeholderGroup)}
              </div>
              <div role="cell" className="people-cell c-organisation">
                {text(row.organisation, row.organisationName)}
              </div>
              <div role="cell" className="people-cell c-participations">
                <span className={row.participations === 0 ? 'people-cell__zero' : undefined}>
                  {row.participations}
                </span>
              </div>
              <div role="cell" className="people-cell c-updated">
                <time dateTime={row.updatedAt}>{dateFormat.format(new Date(row.updatedAt))}</time>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

function initials(given: string, family: string): string {
  const first = (s: string) => Array.from(s.trim())[0] ?? '';
  return (first(given) + first(family)).toLocaleUpperCase();
}
