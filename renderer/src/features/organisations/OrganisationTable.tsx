// The organisations table: the shared virtualised table (ui/VirtualTable.tsx) with the
// organisation columns (workspaces can hold thousands). Rows take the focus in turn (arrow keys,
// Home, End, Page Up/Down); Enter or a click opens the organisation.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationId } from '@shared/domain/model';
import { countryName } from '@shared/reference/countries';
import { VirtualTable } from '../../ui/VirtualTable';
import type { OrganisationRow, OrganisationSort, OrganisationSortKey } from './organisationList';

const ROW_HEIGHT = 44;
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
    <VirtualTable
      prefix="org"
      label={t('organisations.table.label')}
      rows={rows}
      rowHeight={ROW_HEIGHT}
      columns={ORGANISATION_COLUMNS}
      columnLabel={(key) => t(`organisations.columns.${key}`)}
      selectedId={selectedId}
      sort={sort}
      onSort={onSort}
      onOpen={onOpen}
      cells={(row) => (
        <>
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
        </>
      )}
    />
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
