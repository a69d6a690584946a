// Search, the Filters toggle with its count, the result count, and the filters themselves.
import { useTranslation } from 'react-i18next';
import type { Organisation, PlenaryEvent } from '@shared/domain/model';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/icons';
import { ActiveFilterChips, PeopleFilterBar } from './PeopleFilterBar';
import { countActiveFilters, withoutChip } from './peopleFilters';
import { usePeopleView } from './peopleViewStore';

type PeopleToolbarProps = {
  shown: number;
  total: number;
  /** Whether search or filters hide anyone. */
  filtered: boolean;
  organisations: readonly Organisation[];
  events: readonly PlenaryEvent[];
};

export function PeopleToolbar({
  shown,
  total,
  filtered,
  organisations,
  events,
}: PeopleToolbarProps) {
  const { t, i18n } = useTranslation();
  const view = usePeopleView();
  const number = (n: number) => n.toLocaleString(i18n.language);
  const active = countActiveFilters(view.filters);

  return (
    <div className="people-toolbar">
      <div className="people-toolbar__row" role="search">
        <div className="people-search">
          <label htmlFor="people-search" className="visually-hidden">
            {t('people.search.label')}
          </label>
          <Icon name="search" />
          <input
            id="people-search"
            type="search"
            className="input people-search__input"
            placeholder={t('people.search.placeholder')}
            value={view.query}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => view.setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && view.query !== '') {
                e.preventDefault();
                view.setQuery('');
              }
            }}
          />
        </div>
        <Button
          icon="filter"
          aria-expanded={view.filtersOpen}
          aria-controls="people-filters"
          className={
            active > 0
              ? 'people-filter-toggle people-filter-toggle--active'
              : 'people-filter-toggle'
          }
          onClick={() => view.setFiltersOpen(!view.filtersOpen)}
        >
          {t('people.filters.button')}
          {active > 0 && (
            <span className="people-filter-toggle__count">
              <span aria-hidden="true">{active}</span>
              <span className="visually-hidden">
                {t('people.filters.activeCount', { count: active })}
              </span>
            </span>
          )}
        </Button>
        {active > 0 && view.filtersOpen && (
          <Button variant="ghost" onClick={view.clearFilters}>
            {t('common.actions.clearFilters')}
          </Button>
        )}
        <p className="people-count" role="status" aria-live="polite">
          {filtered
            ? t('people.count.filtered', {
                shown: number(shown),
                total: number(total),
                count: total,
              })
            : t('people.count.all', { total: number(total), count: total })}
        </p>
      </div>
      {view.filtersOpen ? (
        <PeopleFilterBar
          filters={view.filters}
          onChange={view.setFilters}
          organisations={organisations}
          events={events}
        />
      ) : (
        <ActiveFilterChips
          filters={view.filters}
          onRemove={(chip) => view.setFilters(withoutChip(view.filters, chip))}
          onClear={view.clearFilters}
          organisations={organisations}
          events={events}
        />
      )}
    </div>
  );
}
