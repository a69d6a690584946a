// The people table: the shared virtualised table (ui/VirtualTable.tsx) with the People columns.
// Rows take the focus in turn (arrow keys, Home, End, Page Up/Down); Enter or a click opens the
// person.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { VirtualTable } from '../../ui/VirtualTable';
import type { PersonRow, SortKey, SortState } from './peopleTable';
import { SORT_KEYS } from './peopleTable';

const ROW_HEIGHT = 40;

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
    <VirtualTable
      prefix="people"
      label={t('people.table.label')}
      rows={rows}
      rowHeight={ROW_HEIGHT}
      columns={SORT_KEYS}
      columnLabel={(key) => t(`people.columns.${key}`)}
      selectedId={selectedId}
      sort={sort}
      sortable={sortable}
      onSort={onSort}
      onOpen={onOpen}
      cells={(row) => (
        <>
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
        </>
      )}
    />
  );
}

function initials(given: string, family: string): string {
  const first = (s: string) => Array.from(s.trim())[0] ?? '';
  return (first(given) + first(family)).toLocaleUpperCase();
}
