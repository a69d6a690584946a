// The Network view's filters (the same dimensions as the People table) and node-type switches.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, PlenaryEvent, RegionScheme } from '@shared/domain/model';
import {
  GENDERS,
  PARTICIPATION_ROLES,
  PARTICIPATION_STATUSES,
  STAKEHOLDER_GROUPS,
} from '@shared/domain/model';
import type { Lens, NodeType } from '@shared/graph/elements';
import { lensNodeTypes } from '@shared/graph/elements';
import type { GraphFilters } from '@shared/graph/filters';
import { NO_GRAPH_FILTERS, UNKNOWN_REGION, hasActiveFilters } from '@shared/graph/filters';
import { BUILT_IN_SCHEMES } from '@shared/reference/regions';
import { Button } from '../../ui/Button';
import { Combobox } from '../../ui/Combobox';
import type { Option } from '../../ui/combobox';
import { Field } from '../../ui/Field';
import { enumOptions } from '../../ui/options';
import { eventTree } from '../people/peopleFilters';
import { organisationOptions } from '../people/personForm';

/** The built-in schemes that make sense as graph nodes ('country' would duplicate the countries). */
const GRAPH_SCHEMES = BUILT_IN_SCHEMES.filter((s) => s.key !== 'country');

type ListKey = Exclude<keyof GraphFilters, 'eventId'>;

type Props = {
  filters: GraphFilters;
  onChange: (filters: GraphFilters) => void;
  organisations: readonly Organisation[];
  events: readonly PlenaryEvent[];
  regionCategories: readonly string[];
  lens: Lens;
  hiddenTypes: readonly NodeType[];
  onHiddenTypesChange: (types: NodeType[]) => void;
  schemeKey: string;
  schemes: readonly RegionScheme[];
  onSchemeChange: (key: string) => void;
};

export function NetworkFilters(props: Props) {
  const { t, i18n } = useTranslation();
  const { filters, onChange } = props;
  const orgOptions = useMemo(() => organisationOptions(props.organisations), [props.organisations]);
  const tree = useMemo(() => eventTree(props.events, i18n.language), [props.events, i18n.language]);
  const regionOptions = useMemo<Option[]>(
    () => [
      ...props.regionCategories.map((r) => ({ value: r, label: r })),
      { value: UNKNOWN_REGION, label: t('network.filters.unknownRegion') },
    ],
    [props.regionCategories, t],
  );
  const count =
    (filters.eventId === null ? 0 : 1) +
    filters.roles.length +
    filters.statuses.length +
    filters.genders.length +
    filters.regions.length +
    filters.stakeholderGroups.length +
    filters.organisations.length;

  const multi = (key: ListKey, label: string, options: readonly Option[]) => (
    <Field label={label}>
      {(control) => (
        <Combobox
          {...control}
          multiple
          options={options}
          value={filters[key]}
          placeholder={t('network.filters.any')}
          onChange={(value) => onChange({ ...filters, [key]: value })}
        />
      )}
    </Field>
  );

  return (
    <>
      <fieldset className="network-types">
        <legend>{t('network.show')}</legend>
        {lensNodeTypes(props.lens).map((type) => (
          <label key={type} className="network-check">
            <input
              type="checkbox"
              checked={!props.hiddenTypes.includes(type)}
              onChange={(e) =>
                props.onHiddenTypesChange(
                  e.target.checked
                    ? props.hiddenTypes.filter((x) => x !== type)
                    : [...props.hiddenTypes, type],
                )
              }
            />
            {t(`network.nodeType.${type}`)}
          </label>
        ))}
        <Field label={t('network.scheme')} className="network-scheme">
          {(control) => (
            <select
              {...control}
              className="select"
              value={props.schemeKey}
              onChange={(e) => props.onSchemeChange(e.target.value)}
            >
              {GRAPH_SCHEMES.map((s) => (
                <option key={s.key} value={s.key}>
                  {t(s.labelKey)}
                </option>
              ))}
              {props.schemes.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
      <details className="network-section" open={count > 0 ? true : undefined}>
        <summary>
          {count > 0 ? t('network.filters.active', { count }) : t('network.filters.title')}
        </summary>
        <div className="network-filters">
          <Field label={t('network.filters.event')}>
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
                <option value="">{t('network.filters.anyEvent')}</option>
                {tree.map((o) => (
                  <option key={o.id} value={o.id}>
                    {'\u00a0\u00a0\u00a0'.repeat(o.depth)}
                    {o.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {multi('roles', t('network.filters.role'), enumOptions(t, 'role', PARTICIPATION_ROLES))}
          {multi(
            'statuses',
            t('network.filters.status'),
            enumOptions(t, 'status', PARTICIPATION_STATUSES),
          )}
          {multi('genders', t('network.filters.gender'), enumOptions(t, 'gender', GENDERS))}
          {multi('regions', t('network.filters.region'), regionOptions)}
          {multi(
            'stakeholderGroups',
            t('network.filters.stakeholderGroup'),
            enumOptions(t, 'stakeholderGroup', STAKEHOLDER_GROUPS),
          )}
          {multi('organisations', t('network.filters.organisation'), orgOptions)}
          {hasActiveFilters(filters) && (
            <Button size="small" variant="ghost" onClick={() => onChange(NO_GRAPH_FILTERS)}>
              {t('network.filters.clear')}
            </Button>
          )}
        </div>
      </details>
    </>
  );
}
