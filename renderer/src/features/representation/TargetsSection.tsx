// Targets for the chosen scope and dimension: each rule met / close / missed with what it would
// take, and a form to create, edit or delete targets (stored in the workspace, undoable).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnyDimension, PublishOptions, TargetEvaluation } from '@shared/analytics';
import type {
  Dimension,
  EventId,
  ParticipationRole,
  ParticipationStatus,
  Target,
  TargetId,
} from '@shared/domain/model';
import { useStore } from '../../data/hooks';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useUndoToast } from '../../ui/useUndoToast';
import { toFormErrors } from '../../ui/errors';
import { RuleStatusBadge } from './RuleStatusBadge';
import { TargetForm } from './TargetForm';
import type { TargetFormValue } from './TargetForm';
import { categoryText, gapText, percentText } from './labels';
import { ruleDraftOf } from './representationModel';
import { publishTarget } from './publishCards';

type Editing = { id: TargetId | null; value: TargetFormValue } | null;

export function TargetsSection({
  evaluations,
  dimension,
  storable,
  eventIds,
  statuses,
  roles,
  categories,
  eventName,
  publish,
}: {
  evaluations: readonly TargetEvaluation[];
  dimension: AnyDimension;
  /** null: targets cannot be set for this dimension (role, status). */
  storable: Dimension | null;
  eventIds: readonly EventId[];
  statuses: readonly ParticipationStatus[];
  roles: readonly ParticipationRole[];
  categories: readonly string[];
  eventName: (id: EventId | null) => string;
  /** Small-cell suppression: a hidden count, its share and its gap are not shown here either. */
  publish: PublishOptions;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const undoToast = useUndoToast();
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async (id: TargetId | null, value: TargetFormValue) => {
    if (storable === null) return;
    setError(null);
    try {
      await store.mutate('representation.history.saveTarget', async (w) => {
        if (id === null) {
          await w.create('targets', {
            name: value.name.trim(),
            eventId: eventIds[0] ?? null,
            dimension: storable,
            population: { statuses: [...statuses], roles: [...roles] },
            rules: value.rules,
          });
        } else {
          await w.update('targets', id, { name: value.name.trim(), rules: value.rules });
        }
      });
      setEditing(null);
      undoToast(t('representation.targets.saved'));
    } catch (e) {
      const errors = toFormErrors(e);
      setError(t(errors.form ?? 'errors.saveFailed', { details: errors.detail ?? '' }));
    }
  };

  const remove = async (target: Target) => {
    await store.mutate('representation.history.deleteTarget', (w) =>
      w.remove('targets', target.id),
    );
    undoToast(t('representation.targets.deleted', { name: target.name }));
  };

  return (
    <section className="rep-card" aria-labelledby="rep-targets-title">
      <div className="rep-card__head">
        <h2 id="rep-targets-title">{t('representation.targets.title')}</h2>
        {storable !== null && editing === null && (
          <Button
            icon="plus"
            onClick={() =>
              setEditing({
                id: null,
                value: {
                  name: '',
                  rules: [],
                  drafts: [{ category: categories[0] ?? '', min: '', max: '', unit: 'share' }],
                },
              })
            }
          >
            {t('representation.targets.add')}
          </Button>
        )}
      </div>
      {storable === null && <p className="muted">{t('representation.targets.notForDimension')}</p>}
      {error !== null && <Notice tone="error">{error}</Notice>}
      {editing !== null && (
        <TargetForm
          initial={editing.value}
          dimension={dimension}
          categories={categories}
          scopeText={eventName(
            editing.id === null
              ? (eventIds[0] ?? null)
              : (evaluations.find((e) => e.target.id === editing.id)?.target.eventId ?? null),
          )}
          onCancel={() => setEditing(null)}
          onSave={(value) => save(editing.id, value)}
        />
      )}
      {evaluations.length === 0 && editing === null && storable !== null && (
        <p className="muted">{t('representation.targets.none')}</p>
      )}
      <ul className="rep-targets">
        {evaluations
          .map((e) => ({ e, p: publishTarget(e, publish) }))
          .map(({ e, p }) => (
            <li key={e.target.id} className="rep-target">
              <div className="rep-target__head">
                <h3>{e.target.name}</h3>
                <RuleStatusBadge status={e.status} />
                <Button
                  size="small"
                  variant="ghost"
                  onClick={() =>
                    setEditing({
                      id: e.target.id,
                      value: {
                        name: e.target.name,
                        rules: e.target.rules,
                        drafts: e.target.rules.map(ruleDraftOf),
                      },
                    })
                  }
                >
                  {t('common.actions.edit')}
                </Button>
                <Button
                  size="small"
                  variant="ghost"
                  icon="trash"
                  onClick={() => void remove(e.target)}
                >
                  {t('common.actions.delete')}
                </Button>
              </div>
              <p className="muted rep-target__scope">
                {p.total === String(e.distribution.total)
                  ? t('representation.targets.scope', {
                      event: eventName(e.target.eventId),
                      count: e.distribution.total,
                    })
                  : t('representation.targets.scopeSuppressed', {
                      event: eventName(e.target.eventId),
                      total: p.total,
                    })}
              </p>
              <ul className="rep-target__rules">
                {p.rules.map(({ evaluation: r, countText, share, showGap }, i) => (
                  <li key={i}>
                    <RuleStatusBadge status={r.status} />
                    <span>
                      {share === null
                        ? t('representation.targets.ruleLineSuppressed', {
                            category: categoryText(t, dimension, r.category),
                            bound: boundText(t, r.rule),
                            count: countText,
                          })
                        : t('representation.targets.ruleLine', {
                            category: categoryText(t, dimension, r.category),
                            bound: boundText(t, r.rule),
                            count: countText,
                            share: percentText(share, 1),
                          })}
                    </span>
                    {r.gap && showGap && (
                      <strong className="rep-gap">{gapText(t, dimension, r.gap)}</strong>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
      </ul>
    </section>
  );
}

function boundText(
  t: ReturnType<typeof useTranslation>['t'],
  rule: Target['rules'][number],
): string {
  const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;
  const parts: string[] = [];
  if (rule.minShare !== null)
    parts.push(t('representation.targets.atLeast', { value: pct(rule.minShare) }));
  if (rule.maxShare !== null)
    parts.push(t('representation.targets.atMost', { value: pct(rule.maxShare) }));
  if (rule.minCount !== null)
    parts.push(t('representation.targets.atLeast', { value: String(rule.minCount) }));
  if (rule.maxCount !== null)
    parts.push(t('representation.targets.atMost', { value: String(rule.maxCount) }));
  return parts.join(', ');
}
