// The Representation screen's choices: scope (events), population (preset, statuses, roles),
// dimension and region scheme.
import { useTranslation } from 'react-i18next';
import type {
  EventId,
  ParticipationRole,
  ParticipationStatus,
  RegionScheme,
} from '@shared/domain/model';
import { PARTICIPATION_ROLES, PARTICIPATION_STATUSES } from '@shared/domain/model';
import { BUILT_IN_SCHEMES } from '@shared/reference/regions';
import { Combobox } from '../../ui/Combobox';
import { Field } from '../../ui/Field';
import { enumOptions } from '../../ui/options';
import type { EventOption } from './representationModel';
import {
  BASE_DIMENSIONS,
  PRESETS,
  PRESET_KEYS,
  needsScheme,
  presetOf,
} from './representationModel';
import { useRepresentationView } from './representationViewStore';

export function DimensionSelect({
  label,
  value,
  onChange,
  attributes,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  attributes: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    <Field label={label}>
      {(c) => (
        <select {...c} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
          {BASE_DIMENSIONS.map((d) => (
            <option key={d} value={d}>
              {t(`representation.dimensions.${d}`)}
            </option>
          ))}
          {attributes.map((a) => (
            <option key={a} value={`attribute:${a}`}>
              {t('representation.dimensions.attribute', { key: a })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function SchemeSelect({
  label,
  value,
  onChange,
  customSchemes,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  customSchemes: readonly RegionScheme[];
}) {
  const { t } = useTranslation();
  return (
    <Field label={label}>
      {(c) => (
        <select {...c} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
          {BUILT_IN_SCHEMES.map((s) => (
            <option key={s.key} value={s.key}>
              {t(s.labelKey)}
            </option>
          ))}
          {customSchemes.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Controls({
  events,
  attributes,
  customSchemes,
}: {
  events: readonly EventOption[];
  attributes: readonly string[];
  customSchemes: readonly RegionScheme[];
}) {
  const { t } = useTranslation();
  const view = useRepresentationView();
  const preset = presetOf(view.statuses, view.roles);
  // Chips show the plain name; the list says what each is (process, event, session) and when.
  const eventChoices = events.map((e) => ({
    value: e.id,
    label: e.name,
    meta: [t(`enums.eventLevel.${Math.min(e.depth, 2)}`), e.startDate ?? '']
      .filter(Boolean)
      .join(' · '),
  }));
  return (
    <section className="rep-controls" aria-label={t('representation.controls.label')}>
      <Field
        label={t('representation.controls.scope')}
        hint={t('representation.controls.scopeHint')}
        className="rep-controls__scope"
      >
        {(c) => (
          <Combobox
            {...c}
            multiple
            options={eventChoices}
            value={view.eventIds}
            placeholder={t('representation.controls.wholeWorkspace')}
            onChange={(v) => view.set({ eventIds: v as EventId[] })}
          />
        )}
      </Field>
      <Field label={t('representation.controls.population')}>
        {(c) => (
          <select
            {...c}
            className="select"
            value={preset ?? 'custom'}
            onChange={(e) => {
              const key = e.target.value as keyof typeof PRESETS;
              const p = PRESETS[key];
              if (p !== undefined) view.set({ statuses: [...p.statuses], roles: [...p.roles] });
            }}
          >
            {PRESET_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(`representation.presets.${k}`)}
              </option>
            ))}
            {preset === null && (
              <option value="custom">{t('representation.presets.custom')}</option>
            )}
          </select>
        )}
      </Field>
      <Field label={t('representation.controls.statuses')}>
        {(c) => (
          <Combobox
            {...c}
            multiple
            options={enumOptions(t, 'status', PARTICIPATION_STATUSES)}
            value={view.statuses}
            placeholder={t('representation.controls.any')}
            onChange={(v) => view.set({ statuses: v as ParticipationStatus[] })}
          />
        )}
      </Field>
      <Field label={t('representation.controls.roles')}>
        {(c) => (
          <Combobox
            {...c}
            multiple
            options={enumOptions(t, 'role', PARTICIPATION_ROLES)}
            value={view.roles}
            placeholder={t('representation.controls.any')}
            onChange={(v) => view.set({ roles: v as ParticipationRole[] })}
          />
        )}
      </Field>
      <DimensionSelect
        label={t('representation.controls.dimension')}
        value={view.dimension}
        onChange={(dimension) => view.set({ dimension })}
        attributes={attributes}
      />
      {needsScheme(view.dimension) && (
        <SchemeSelect
          label={t('representation.controls.scheme')}
          value={view.scheme}
          onChange={(scheme) => view.set({ scheme })}
          customSchemes={customSchemes}
        />
      )}
    </section>
  );
}
