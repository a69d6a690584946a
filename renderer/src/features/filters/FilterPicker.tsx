// The filter pickers of the shared filter model, used by the People table and the Network view:
// one control per dimension, in one order, with the same labels on both screens. The caller
// wraps them in its own container.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, PlenaryEvent } from '@shared/domain/model';
import {
  GENDERS,
  PARTICIPATION_ROLES,
  PARTICIPATION_STATUSES,
  STAKEHOLDER_GROUPS,
} from '@shared/domain/model';
import { UNKNOWN_REGION } from '@shared/graph/filters';
import type { ListFilter, PersonFilters } from '@shared/graph/filters';
import { Combobox } from '../../ui/Combobox';
import type { Option } from '../../ui/combobox';
import { Field } from '../../ui/Field';
import { countryOptions, enumOptions } from '../../ui/options';
import { eventTree, M49_REGIONS } from '../people/peopleFilters';
import { organisationOptions } from '../people/personForm';

export type FilterPickerProps = {
  filters: PersonFilters;
  onChange: (filters: PersonFilters) => void;
  organisations: readonly Organisation[];
  events: readonly PlenaryEvent[];
};

export function FilterPicker({ filters, onChange, organisations, events }: FilterPickerProps) {
  const { t, i18n } = useTranslation();
  const orgOptions = useMemo(() => organisationOptions(organisations), [organisations]);
  const tree = useMemo(() => eventTree(events, i18n.language), [events, i18n.language]);
  const countries = useMemo(() => countryOptions(), []);
  const regionOptions = useMemo<Option[]>(
    () => [
      ...M49_REGIONS.map((r) => ({ value: r, label: r })),
      { value: UNKNOWN_REGION, label: t('filters.unknownRegion') },
    ],
    [t],
  );
  const inEvent = filters.eventId !== null;

  const multi = (dimension: ListFilter, label: string, options: readonly Option[]) => (
    <Field label={label}>
      {(control) => (
        <Combobox
          {...control}
          multiple
          options={options}
          value={filters[dimension]}
          placeholder={t('filters.any')}
          onChange={(value) => onChange({ ...filters, [dimension]: value })}
        />
      )}
    </Field>
  );

  return (
    <>
      {multi('genders', t('filters.gender'), enumOptions(t, 'gender', GENDERS))}
      {multi('nationalities', t('filters.nationality'), countries)}
      {multi('regions', t('filters.region'), regionOptions)}
      {multi(
        'stakeholderGroups',
        t('filters.stakeholderGroup'),
        enumOptions(t, 'stakeholderGroup', STAKEHOLDER_GROUPS),
      )}
      {multi('organisations', t('filters.organisation'), orgOptions)}
      <Field label={t('filters.event')} hint={t('filters.eventHint')}>
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
            <option value="">{t('filters.anyEvent')}</option>
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
        'roles',
        inEvent ? t('filters.roleInEvent') : t('filters.roleAny'),
        enumOptions(t, 'role', PARTICIPATION_ROLES),
      )}
      {multi(
        'statuses',
        inEvent ? t('filters.statusInEvent') : t('filters.statusAny'),
        enumOptions(t, 'status', PARTICIPATION_STATUSES),
      )}
    </>
  );
}
