// Seats, limits, priority and the candidate pool of a plan.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, StakeholderGroup } from '@shared/domain/model';
import {
  PARTICIPATION_STATUSES,
  personDisplayName,
  STAKEHOLDER_GROUPS,
} from '@shared/domain/model';
import type { PoolFilter, PoolStatus, Priority } from '@shared/planner/workspace';
import { Button } from '../../ui/Button';
import { Combobox } from '../../ui/Combobox';
import { Field } from '../../ui/Field';

export type SetupDraft = {
  seats: string;
  maxPerOrganisation: string;
  maxPerCountry: string;
  priority: Priority;
  pool: PoolFilter;
  acceptance: boolean;
  /** Chosen by hand, on top of the event's confirmed (in) and declined (out) people. */
  fixedIn: readonly string[];
  excluded: readonly string[];
  /** Exceptions to the shared limits, from accepted relaxations: organisation id / ISO code → max. */
  organisationLimits: Readonly<Record<string, number>>;
  countryLimits: Readonly<Record<string, number>>;
};

const POOL_STATUSES: readonly PoolStatus[] = [
  'none',
  ...PARTICIPATION_STATUSES.filter((s) => s !== 'declined' && s !== 'no-show'),
];

export function SetupForm({
  draft,
  onChange,
  people,
  errors,
  limitName,
}: {
  draft: SetupDraft;
  onChange: (draft: SetupDraft) => void;
  people: readonly Person[];
  errors: Partial<Record<'seats' | 'maxPerOrganisation' | 'maxPerCountry', string>>;
  limitName: (kind: 'organisation' | 'country', key: string) => string;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<SetupDraft>) => onChange({ ...draft, ...patch });
  const setPool = (patch: Partial<PoolFilter>) => set({ pool: { ...draft.pool, ...patch } });
  const { tags, expertise, attributes, everyone } = useMemo(() => {
    const tg = new Set<string>();
    const ex = new Set<string>();
    const at = new Set<string>();
    for (const p of people) {
      p.tags.forEach((x) => tg.add(x));
      p.expertise.forEach((x) => ex.add(x));
      Object.keys(p.attributes).forEach((x) => at.add(x));
    }
    const opts = (s: Set<string>) => [...s].sort().map((value) => ({ value, label: value }));
    const everyone = people
      .map((p) => ({ value: p.id, label: personDisplayName(p), keywords: [p.email] }))
      .sort((a, b) => a.label.localeCompare(b.label));
    return { tags: opts(tg), expertise: opts(ex), attributes: [...at].sort(), everyone };
  }, [people]);
  const groupOptions = STAKEHOLDER_GROUPS.map((g) => ({
    value: g,
    label: t(`enums.stakeholderGroup.${g}`),
  }));
  const removeLabel = (label: string) => t('planner.setup.removeChip', { label });
  const priorityValue =
    draft.priority.kind === 'attribute' ? `attribute:${draft.priority.key}` : draft.priority.kind;
  const numberField = (
    key: 'seats' | 'maxPerOrganisation' | 'maxPerCountry',
    label: string,
    hint?: string,
  ) => (
    <Field label={label} error={errors[key]} {...(hint === undefined ? {} : { hint })}>
      {(control) => (
        <input
          {...control}
          className="input input--num"
          inputMode="numeric"
          value={draft[key]}
          onChange={(e) => set({ [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <>
      <section className="planner-card" aria-labelledby="setup-title">
        <h2 id="setup-title">{t('planner.setup.title')}</h2>
        <div className="planner-grid">
          {numberField('seats', t('planner.setup.seats'))}
          {numberField(
            'maxPerOrganisation',
            t('planner.setup.maxPerOrganisation'),
            t('planner.setup.noLimit'),
          )}
          {numberField(
            'maxPerCountry',
            t('planner.setup.maxPerCountry'),
            t('planner.setup.noLimit'),
          )}
          <Field label={t('planner.setup.priority')}>
            {(control) => (
              <select
                {...control}
                className="select"
                value={priorityValue}
                onChange={(e) => {
                  const v = e.target.value;
                  set({
                    priority: v.startsWith('attribute:')
                      ? { kind: 'attribute', key: v.slice('attribute:'.length) }
                      : v === 'expertise'
                        ? { kind: 'expertise', themes: [] }
                        : { kind: 'equal' },
                  });
                }}
              >
                <option value="equal">{t('planner.setup.priorityEqual')}</option>
                <option value="expertise">{t('planner.setup.priorityExpertise')}</option>
                {attributes.map((key) => (
                  <option key={key} value={`attribute:${key}`}>
                    {t('planner.setup.priorityAttribute', { key })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {draft.priority.kind === 'expertise' && (
            <Field
              label={t('planner.setup.themes')}
              hint={t('planner.setup.themesHint')}
              className="span-2"
            >
              {(control) => (
                <Combobox
                  {...control}
                  multiple
                  options={expertise}
                  value={draft.priority.kind === 'expertise' ? draft.priority.themes : []}
                  onChange={(themes) => set({ priority: { kind: 'expertise', themes } })}
                  removeLabel={removeLabel}
                />
              )}
            </Field>
          )}
        </div>
        <LimitExceptions draft={draft} onChange={onChange} limitName={limitName} />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.acceptance}
            onChange={(e) => set({ acceptance: e.target.checked })}
          />
          {t('planner.setup.acceptance')}
        </label>
        <p className="muted planner-hint">{t('planner.setup.acceptanceHint')}</p>
      </section>
      <section className="planner-card" aria-labelledby="pool-title">
        <h2 id="pool-title">{t('planner.pool.title')}</h2>
        <fieldset className="fieldset">
          <legend>{t('planner.pool.statuses')}</legend>
          <div className="planner-checks">
            {POOL_STATUSES.map((s) => (
              <label key={s} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.pool.statuses.includes(s)}
                  onChange={(e) =>
                    setPool({
                      statuses: e.target.checked
                        ? [...draft.pool.statuses, s]
                        : draft.pool.statuses.filter((x) => x !== s),
                    })
                  }
                />
                {s === 'none' ? t('planner.pool.statusNone') : t(`enums.status.${s}`)}
              </label>
            ))}
          </div>
          <p className="muted planner-hint">{t('planner.pool.anyHint')}</p>
        </fieldset>
        <div className="planner-grid">
          <Field label={t('planner.pool.stakeholderGroups')} hint={t('planner.pool.anyHint')}>
            {(control) => (
              <Combobox
                {...control}
                multiple
                options={groupOptions}
                value={draft.pool.stakeholderGroups}
                onChange={(v) => setPool({ stakeholderGroups: v as StakeholderGroup[] })}
                removeLabel={removeLabel}
              />
            )}
          </Field>
          <Field label={t('planner.pool.tags')} hint={t('planner.pool.anyHint')}>
            {(control) => (
              <Combobox
                {...control}
                multiple
                options={tags}
                value={draft.pool.tags}
                onChange={(v) => setPool({ tags: v })}
                removeLabel={removeLabel}
              />
            )}
          </Field>
          <Field label={t('planner.pool.fixedIn')} hint={t('planner.pool.fixedInHint')}>
            {(control) => (
              <Combobox
                {...control}
                multiple
                options={everyone}
                value={draft.fixedIn}
                onChange={(v) =>
                  set({ fixedIn: v, excluded: draft.excluded.filter((x) => !v.includes(x)) })
                }
                removeLabel={removeLabel}
              />
            )}
          </Field>
          <Field label={t('planner.pool.excluded')} hint={t('planner.pool.excludedHint')}>
            {(control) => (
              <Combobox
                {...control}
                multiple
                options={everyone}
                value={draft.excluded}
                onChange={(v) =>
                  set({ excluded: v, fixedIn: draft.fixedIn.filter((x) => !v.includes(x)) })
                }
                removeLabel={removeLabel}
              />
            )}
          </Field>
          <Field label={t('planner.pool.expertise')} hint={t('planner.pool.anyHint')}>
            {(control) => (
              <Combobox
                {...control}
                multiple
                options={expertise}
                value={draft.pool.expertise}
                onChange={(v) => setPool({ expertise: v })}
                removeLabel={removeLabel}
              />
            )}
          </Field>
        </div>
      </section>
    </>
  );
}

/** Per-organisation and per-country exceptions (accepted relaxations), each removable. */
function LimitExceptions({
  draft,
  onChange,
  limitName,
}: {
  draft: SetupDraft;
  onChange: (draft: SetupDraft) => void;
  limitName: (kind: 'organisation' | 'country', key: string) => string;
}) {
  const { t } = useTranslation();
  const entries = [
    ...Object.entries(draft.organisationLimits).map(([key, max]) => ({
      kind: 'organisation' as const,
      key,
      max,
    })),
    ...Object.entries(draft.countryLimits).map(([key, max]) => ({
      kind: 'country' as const,
      key,
      max,
    })),
  ];
  if (entries.length === 0) return null;
  const remove = (kind: 'organisation' | 'country', key: string) => {
    const field = kind === 'organisation' ? 'organisationLimits' : 'countryLimits';
    const next = { ...draft[field] };
    delete next[key];
    onChange({ ...draft, [field]: next });
  };
  return (
    <div className="planner-exceptions">
      <h3>{t('planner.setup.exceptions')}</h3>
      <ul>
        {entries.map((e) => {
          const name = limitName(e.kind, e.key);
          return (
            <li key={`${e.kind}|${e.key}`}>
              <span>{t('planner.setup.exception', { name, max: e.max })}</span>
              <Button
                variant="ghost"
                size="small"
                icon="close"
                label={t('planner.setup.removeException', { name })}
                onClick={() => remove(e.kind, e.key)}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
