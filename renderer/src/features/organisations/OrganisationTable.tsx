// The organisations table, virtualised (workspaces can hold thousands). Rows take the focus in
// turn (arrow keys, Home, End, Page Up/Down); Enter or a click opens the organisation.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { Range } from '@tanstack/react-virtual';
import type { OrganisationId } from '@shared/domain/model';
import { countryName } from '@shared/reference/countries';
import { Icon } from '../../ui/icons';
import type { OrganisationRow, OrganisationSort, OrganisationSortKey } from './organisationList';

const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 38;
export const ORGANISATION_COLUMNS: readonly OrganisationSortKey[] = [
  'name',
  'acronym',
  'type',
  'country',
  'parent',
  'people',
];

export type OrganisationTableProps = {
  rows: readonly OrganisationRow[];
  selectedId: OrganisationId | null;
  sort: OrganisationSort;
  onSort: (key: OrganisationSortKey) => void;
  onOpen: (id: OrganisationId) => void;
};

export function OrganisationTable({
  rows,
  selectedId,
  sort,
  onSort,
  onOpen,
}: OrganisationTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowEls = useRef(new Map<number, HTMLDivElement>());
  const focusPending = useRef(false);
  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : rows.findIndex((r) => r.id === selectedId)),
    [rows, selectedId],
  );

  // The row holding the table's single tab stop; it follows the opened organisation.
  const [active, setActive] = useState(Math.max(selectedIndex, 0));
  const [seenSelected, setSeenSelected] = useState(selectedId);
  if (seenSelected !== selectedId) {
    setSeenSelected(selectedId);
    if (selectedIndex >= 0) setActive(selectedIndex);
  }
  const activeIndex = rows.length === 0 ? -1 : Math.min(active, rows.length - 1);

  // Keep the focusable row rendered when it scrolls away, so Tab can always reach the table.
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

  // TanStack Virtual hands back a mutable instance; this component re-renders on its scroll updates.
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
    if (next === activeIndex) rowEls.current.get(next)?.focus({ preventScroll: true });
  };

  const pageSize = Math.max(
    1,
    Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEADER_HEIGHT) / ROW_HEIGHT) - 1,
  );

  const onRowKeyDown = (e: KeyboardEvent<HTMLDivElement>, index: number, id: OrganisationId) => {
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

  const empty: ReactNode = (
    <>
      <span aria-hidden="true" className="org-cell__empty">
        —
      </span>
      <span className="visually-hidden">{t('organisations.table.none')}</span>
    </>
  );
  const text = (value: string, title?: string) =>
    value === '' ? (
      empty
    ) : (
      <span className="org-cell__text" title={title ?? value}>
        {value}
      </span>
    );

  return (
    <div
      ref={scrollRef}
      className="org-table"
      role="table"
      aria-label={t('organisations.table.label')}
      aria-rowcount={rows.length + 1}
    >
      <div role="rowgroup" className="org-table__head">
        <div role="row" aria-rowindex={1} className="org-row org-row--head">
          {ORGANISATION_COLUMNS.map((key) => {
            const sorted = sort.key === key;
            return (
              <div
                key={key}
                role="columnheader"
                className={`org-cell c-${key}`}
                aria-sort={
                  sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'
                }
              >
                <button
                  type="button"
                  className={sorted ? 'org-sort org-sort--active' : 'org-sort'}
                  onClick={() => onSort(key)}
                >
                  <span>{t(`organisations.columns.${key}`)}</span>
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
        className="org-table__body"
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
              className={selected ? 'org-row org-row--selected' : 'org-row'}
              style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
              onClick={() => {
                setActive(item.index);
                onOpen(row.id);
              }}
              onKeyDown={(e) => onRowKeyDown(e, item.index, row.id)}
            >
              <div role="cell" className="org-cell c-name">
                <span className="org-mark" aria-hidden="true">
                  {monogram(row.acronym, row.name)}
                </span>
                <span className="org-cell__name" title={row.name}>
                  {row.name}
                </span>
                {row.acronym && <span className="org-cell__acronym">{row.acronym}</span>}
              </div>
              <div role="cell" className="org-cell c-acronym">
                {text(row.acronym)}
              </div>
              <div role="cell" className="org-cell c-type">
                <span
                  className={`org-type org-type--${row.type}`}
                  title={t(`enums.stakeholderGroup.${row.type}`)}
                >
                  <span className="org-type__label">{t(`enums.stakeholderGroup.${row.type}`)}</span>
                </span>
              </div>
              <div role="cell" className="org-cell c-country">
                {text(row.countryName, row.country === null ? undefined : countryName(row.country))}
              </div>
              <div role="cell" className="org-cell c-parent">
                {text(row.parentName)}
              </div>
              <div role="cell" className="org-cell c-people">
                <span className={row.peopleCount === 0 ? 'org-cell__zero' : undefined}>
                  {row.peopleCount}
                </span>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du', 'des', 'et']);

/** Two or three letters for the row's mark: the acronym, else the initials of the main words. */
function monogram(acronym: string, name: string): string {
  const letters = (s: string) => Array.from(s.replace(/[^\p{L}\p{N}]/gu, ''));
  if (acronym.trim() !== '') return letters(acronym).slice(0, 3).join('').toLocaleUpperCase();
  const words = name.split(/\s+/).filter((w) => w !== '' && !MINOR_WORDS.has(w.toLowerCase()));
  return words
    .slice(0, 2)
    .map((w) => letters(w)[0] ?? '')
    .join('')
    .toLocaleUpperCase();
}
