// The filter controls under the People toolbar, and the chips that summarise active filters.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Organisation, PlenaryEvent } from '@shared/domain/model';
import { GENDERS, PARTICIPATION_STATUSES, STAKEHOLDER_GROUPS } from '@shared/domain/model';
import { countryName } from '@shared/reference/countries';
import { Button } from '../../ui/Button';
import { Combobox } from '../../ui/Combobox';
import type { Option } from '../../ui/combobox';
import { Field } from '../../ui/Field';
import { countryOptions, enumOptions } from '../../ui/options';
import { eventTree, filterChips, M49_REGIONS, UNKNOWN_REGION } from './peopleFilters';
import type { FilterChip, ListDimension, PeopleFilters } from './peopleFilters';
import { organisationOptions } from './personForm';

type FilterBarProps = {
  filters: PeopleFilters;
  onChange: (filters: PeopleFilters) => void;
  organisations: readonly Organisation[];
  events: readonly PlenaryEvent[];
};

export function PeopleFilterBar({ filters, onChange, organisations, events }: FilterBarProps) {
  const { t, i18n } = useTranslation();
  const orgOptions = useMemo(() => organisationOptions(organisations), [organisations]);
  const tree = useMemo(() => eventTree(events, i18n.language), [events, i18n.language]);
  const regionOptions = useMemo<Option[]>(
    () => [
      ...M49_REGIONS.map((r) => ({ value: r, label: r })),
      { value: UNKNOWN_REGION, label: t('people.filters.unknownRegion') },
    ],
    [t],
  );

  const multi = (dimension: ListDimension, label: string, options: readonly Option[]) => (
    <Field label={label}>
      {(control) => (
        <Combobox
          {...control}
          multiple
          options={options}
          value={filters[dimension]}
          placeholder={t('people.filters.any')}
          onChange={(value) => onChange({ ...filters, [dimension]: value })}
        />
      )}
    </Field>
  );

  return (
    <section id="people-filters" className="people-filters" aria-label={t('people.filters.title')}>
      {multi('genders', t('people.filters.gender'), enumOptions(t, 'gender', GENDERS))}
      {multi('nationalities', t('people.filters.nationality'), countryOptions())}
      {multi('regions', t('people.filters.region'), regionOptions)}
      {multi(
        'stakeholderGroups',
        t('people.filters.stakeholderGroup'),
        enumOptions(t, 'stakeholderGroup', STAKEHOLDER_GROUPS),
      )}
      {multi('organisations', t('people.filters.organisation'), orgOptions)}
      <Field label={t('people.filters.event')} hint={t('people.filters.eventHint')}>
        {(control) => (
          <select
            {...control}
            className="select"
            value={filters.eventId ?? ''}
            onChange={(e) =>
              onChange({
                ...filters,
                eventId: tree.find((o) => o.id === e.target.value)?.id ?? null,
              })
            }
          >
            <option value="">{t('people.filters.anyEvent')}</option>
            {tree.map((o) => (
              <option key={o.id} value={o.id}>
                {'\u00a0\u00a0\u00a0'.repeat(o.depth)}
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {multi(
        'statuses',
        filters.eventId === null
          ? t('people.filters.statusAny')
          : t('people.filters.statusInEvent'),
        enumOptions(t, 'status', PARTICIPATION_STATUSES),
      )}
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
      return `${t('people.filters.gender')}: ${t(`enums.gender.${v}`)}`;
    case 'nationalities':
      return `${t('people.filters.nationality')}: ${countryName(v)}`;
    case 'regions':
      return `${t('people.filters.region')}: ${v === UNKNOWN_REGION ? t('people.filters.unknownRegion') : v}`;
    case 'stakeholderGroups':
      return `${t('people.filters.stakeholderGroup')}: ${t(`enums.stakeholderGroup.${v}`)}`;
    case 'organisations': {
      const o = organisations.find((x) => x.id === v);
      return `${t('people.filters.organisation')}: ${o ? o.acronym || o.name : t('people.filters.missing')}`;
    }
    case 'eventId':
      return `${t('people.filters.event')}: ${events.find((e) => e.id === v)?.name ?? t('people.filters.missing')}`;
    case 'statuses':
      return `${t('people.filters.status')}: ${t(`enums.status.${v}`)}`;
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
