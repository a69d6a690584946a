// The Network view's filters (the shared pickers and store of the People table) and its node-type
// switches and region scheme.
import { useTranslation } from 'react-i18next';
import type { Organisation, PlenaryEvent, RegionScheme } from '@shared/domain/model';
import type { Lens, NodeType } from '@shared/graph/elements';
import { lensNodeTypes } from '@shared/graph/elements';
import type { GraphFilters } from '@shared/graph/filters';
import { NO_FILTERS, countActiveFilters } from '@shared/graph/filters';
import { BUILT_IN_SCHEMES } from '@shared/reference/regions';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { FilterPicker } from '../filters/FilterPicker';

/** The built-in schemes that make sense as graph nodes ('country' would duplicate the countries). */
const GRAPH_SCHEMES = BUILT_IN_SCHEMES.filter((s) => s.key !== 'country');

type Props = {
  filters: GraphFilters;
  onChange: (filters: GraphFilters) => void;
  organisations: readonly Organisation[];
  events: readonly PlenaryEvent[];
  lens: Lens;
  hiddenTypes: readonly NodeType[];
  onHiddenTypesChange: (types: NodeType[]) => void;
  schemeKey: string;
  schemes: readonly RegionScheme[];
  onSchemeChange: (key: string) => void;
};

export function NetworkFilters(props: Props) {
  const { t } = useTranslation();
  const { filters, onChange } = props;
  const count = countActiveFilters(filters);

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
          <p className="network-muted">{t('filters.shared')}</p>
          <FilterPicker
            filters={filters}
            onChange={onChange}
            organisations={props.organisations}
            events={props.events}
          />
          {count > 0 && (
            <Button size="small" variant="ghost" onClick={() => onChange(NO_FILTERS)}>
              {t('network.filters.clear')}
            </Button>
          )}
        </div>
      </details>
    </>
  );
}
