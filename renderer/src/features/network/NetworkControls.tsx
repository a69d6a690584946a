// The toolbar above the graph: lens, search, layout (the grouped layout once per grouping, so the
// toolbar keeps to one line), colour and size.
import { useTranslation } from 'react-i18next';
import { LENSES } from '@shared/graph/elements';
import { Combobox } from '../../ui/Combobox';
import type { Option } from '../../ui/combobox';
import { Field } from '../../ui/Field';
import { LAYOUT_CHOICES, layoutChoiceOf, readLayoutChoice } from './layoutModel';
import type { LayoutChoice } from './layoutModel';
import { COLOUR_BYS, SIZE_BYS } from './networkStyle';
import { useNetworkView } from './networkViewStore';

/** "Grouped by region" and its siblings are layouts of their own in the one Layout list. */
function layoutChoiceLabel(t: (key: string) => string, choice: LayoutChoice): string {
  return choice.startsWith('grouped:')
    ? t(`network.layoutChoice.grouped.${choice.slice('grouped:'.length)}`)
    : t(`network.layout.${choice}`);
}

type Props = {
  searchOptions: readonly Option[];
  selectedId: string | null;
  onSearch: (id: string | null) => void;
};

export function NetworkControls({ searchOptions, selectedId, onSearch }: Props) {
  const { t } = useTranslation();
  const view = useNetworkView();

  const select = <T extends string>(
    label: string,
    value: T,
    values: readonly T[],
    ns: string,
    onChange: (v: T) => void,
  ) => (
    <Field label={label} className="network-field">
      {(control) => (
        <select
          {...control}
          className="select"
          value={value}
          onChange={(e) => {
            const next = values.find((v) => v === e.target.value);
            if (next !== undefined) onChange(next);
          }}
        >
          {values.map((v) => (
            <option key={v} value={v}>
              {t(`${ns}.${v}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <div className="network-toolbar" role="toolbar" aria-label={t('network.toolbar')}>
      <fieldset className="network-lens">
        <legend className="field__label">{t('network.lens.label')}</legend>
        <div className="network-segmented">
          {LENSES.map((lens) => (
            <label
              key={lens}
              title={t(`network.lensHint.${lens}`)}
              className={view.lens === lens ? 'is-active' : undefined}
            >
              <input
                type="radio"
                name="network-lens"
                value={lens}
                checked={view.lens === lens}
                onChange={() => view.set({ lens, hiddenTypes: [] })}
              />
              {t(`network.lens.${lens}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        label={t('network.search.label')}
        hint={t('network.search.hint')}
        className="network-field network-search"
      >
        {(control) => (
          <Combobox
            {...control}
            options={searchOptions}
            value={selectedId !== null ? [selectedId] : []}
            placeholder={t('network.search.placeholder')}
            onChange={(v) => onSearch(v[0] ?? null)}
          />
        )}
      </Field>
      <Field label={t('network.layout.label')} className="network-field">
        {(control) => (
          <select
            {...control}
            className="select"
            value={layoutChoiceOf(view.layout, view.groupBy)}
            onChange={(e) => {
              const next = readLayoutChoice(e.target.value);
              if (next !== null) view.set(next);
            }}
          >
            {LAYOUT_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {layoutChoiceLabel(t, choice)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {select(
        t('network.colourBy.label'),
        view.colourBy,
        COLOUR_BYS,
        'network.colourBy',
        (colourBy) => view.set({ colourBy }),
      )}
      {select(t('network.sizeBy.label'), view.sizeBy, SIZE_BYS, 'network.sizeByOption', (sizeBy) =>
        view.set({ sizeBy }),
      )}
    </div>
  );
}
