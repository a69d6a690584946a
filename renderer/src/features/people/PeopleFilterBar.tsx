// The filter controls under the People toolbar (the shared filter pickers, so the Network view
// filters the same way), and the chips that summarise active filters.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Organisation, PlenaryEvent } from '@shared/domain/model';
import { countryName } from '@shared/reference/countries';
import { Button } from '../../ui/Button';
import { FilterPicker } from '../filters/FilterPicker';
import { filterChips, UNKNOWN_REGION } from './peopleFilters';
import type { FilterChip, PeopleFilters } from './peopleFilters';

type FilterBarProps = {
  filters: PeopleFilters;
  onChange: (filters: PeopleFilters) => void;
  organisations: readonly Organisation[];
  events: readonly PlenaryEvent[];
};

export function PeopleFilterBar({ filters, onChange, organisations, events }: FilterBarProps) {
  const { t } = useTranslation();
  return (
    <section id="people-filters" className="people-filters" aria-label={t('filters.title')}>
      <FilterPicker
        filters={filters}
        onChange={onChange}
        organisations={organisations}
        events={events}
      />
    </section>
  );
}

export function chipLabel(
  t: TFunction,
  chip: FilterChip,
  organisations: readonly Organisation[],
  events: readonly PlenaryEvent[],
): string {
  const v = chip.value;
  switch (chip.dimension) {
    case 'genders':
      return `${t('filters.gender')}: ${t(`enums.gender.${v}`)}`;
    case 'nationalities':
      return `${t('filters.nationality')}: ${countryName(v)}`;
    case 'regions':
      return `${t('filters.region')}: ${v === UNKNOWN_REGION ? t('filters.unknownRegion') : v}`;
    case 'stakeholderGroups':
      return `${t('filters.stakeholderGroup')}: ${t(`enums.stakeholderGroup.${v}`)}`;
    case 'organisations': {
      const o = organisations.find((x) => x.id === v);
      return `${t('filters.organisation')}: ${o ? o.acronym || o.name : t('filters.missing')}`;
    }
    case 'eventId':
      return `${t('filters.event')}: ${events.find((e) => e.id === v)?.name ?? t('filters.missing')}`;
    case 'roles':
      return `${t('filters.role')}: ${t(`enums.role.${v}`)}`;
    case 'statuses':
      return `${t('filters.status')}: ${t(`enums.status.${v}`)}`;
  }
}

type ChipsProps = {
  filters: PeopleFilters;
  onRemove: (chip: FilterChip) => void;
  onClear: () => void;
  organisations: readonly Organisation[];
  events: readonly PlenaryEvent[];
};

export function ActiveFilterChips({
  filters,
  onRemove,
  onClear,
  organisations,
  events,
}: ChipsProps) {
  const { t } = useTranslation();
  const chips = filterChips(filters);
  if (chips.length === 0) return null;
  return (
    <div className="people-active-filters">
      <ul className="chips people-active-filters__list" aria-label={t('people.filters.active')}>
        {chips.map((chip) => {
          const label = chipLabel(t, chip, organisations, events);
          return (
            <li key={`${chip.dimension}:${chip.value}`} className="chip">
              {label}
              <button
                type="button"
                aria-label={t('people.filters.removeFilter', { filter: label })}
                onClick={() => onRemove(chip)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <Button variant="ghost" size="small" onClick={onClear}>
        {t('common.actions.clearFilters')}
      </Button>
    </div>
  );
}
