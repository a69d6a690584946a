// "Merge a colleague's file": open it, preview what changes (new, changed, deleted on each side,
// conflicts with both values and who/when, the more recent preselected; possible duplicates),
// then apply everything in one transaction.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseWorkspaceFile } from '@shared/export/workspace-file';
import type { ConflictChoice, MergeConflict, MergePlan, RecordRef } from '@shared/merge/merge';
import type { WorkspaceFile } from '@shared/workspace-file';
import { useStore } from '../../data/hooks';
import { applyMerge, previewMerge } from '../../data/repo/merge';
import { readWorkspace } from '../../data/repo/workspace';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useToasts } from '../../ui/toasts';
import { conflictValue, fieldLabelKey, recordLabels } from './teamView';

type Opened = {
  fileName: string;
  file: WorkspaceFile;
  plan: MergePlan;
  labels: Map<string, string>;
};

export function MergeSection() {
  const { t } = useTranslation();
  const store = useStore();
  const toasts = useToasts();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [dups, setDups] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const open = async () => {
    setError(null);
    try {
      const picked = await getPlatform().openFile([
        { name: 'Plenary workspace', extensions: ['json'] },
      ]);
      if (!picked) return;
      const parsed = parseWorkspaceFile(new TextDecoder('utf-8').decode(picked.bytes));
      if (!parsed.ok) {
        const e = parsed.error;
        const reason = t(`team.merge.error.${e.kind}`, {
          count: e.kind === 'invalid-records' ? e.total : 0,
        });
        setError(t('team.merge.badFile', { reason }));
        setOpened(null);
        return;
      }
      const plan = await previewMerge(store, parsed.file.data);
      const labels = recordLabels(parsed.file.data, await readWorkspace(store));
      setOpened({ fileName: picked.name, file: parsed.file, plan, labels });
      setChoices(
        Object.fromEntries(plan.preview.conflicts.map((c) => [c.key, c.preferred] as const)),
      );
      setDups(new Set());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const apply = async () => {
    if (!opened) return;
    setBusy(true);
    setError(null);
    try {
      const entry = await applyMerge(
        store,
        opened.file,
        { choices, mergeDuplicates: [...dups] },
        opened.fileName,
      );
      setOpened(null);
      toasts.show(t('team.merge.applied', entry.counts));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const preview = opened?.plan.preview;
  const nothing =
    preview &&
    preview.added.length + preview.updated.length + preview.deleted.length === 0 &&
    preview.conflicts.length === 0 &&
    preview.duplicates.length === 0;

  return (
    <section className="card" aria-labelledby="team-merge">
      <h2 id="team-merge">{t('team.merge.heading')}</h2>
      {error && <Notice tone="error">{error}</Notice>}
      {!opened && (
        <div className="settings__actions">
          <Button variant="primary" onClick={() => void open()}>
            {t('team.merge.open')}
          </Button>
        </div>
      )}
      {opened && preview && (
        <div className="team__preview">
          <p>
            {t('team.merge.from', {
              by: opened.file.exportedBy,
              at: new Date(opened.file.exportedAt).toLocaleString(),
              file: opened.fileName,
            })}
          </p>
          {nothing ? (
            <Notice tone="success">{t('team.merge.nothing')}</Notice>
          ) : (
            <>
              <h3>{t('team.merge.summary')}</h3>
              <dl className="team__summary">
                <Summary
                  label={t('team.merge.added')}
                  refs={preview.added}
                  labels={opened.labels}
                />
                <Summary
                  label={t('team.merge.updated')}
                  refs={preview.updated}
                  labels={opened.labels}
                />
                <Summary
                  label={t('team.merge.deleted')}
                  refs={preview.deleted}
                  labels={opened.labels}
                />
                <Summary
                  label={t('team.merge.deletedByMe')}
                  refs={preview.deletedByMe}
                  labels={opened.labels}
                />
                <dt>{t('team.merge.conflicts')}</dt>
                <dd>{preview.conflicts.length}</dd>
              </dl>
              {preview.conflicts.length > 0 && (
                <>
                  <h3>{t('team.merge.conflictsHeading')}</h3>
                  <p className="team__hint">{t('team.merge.conflictsHint')}</p>
                  {preview.conflicts.map((c) => (
                    <ConflictChoiceView
                      key={c.key}
                      conflict={c}
                      label={opened.labels.get(`${c.table}/${c.id}`) ?? c.id}
                      value={choices[c.key] ?? c.preferred}
                      onChange={(v) => setChoices((prev) => ({ ...prev, [c.key]: v }))}
                    />
                  ))}
                </>
              )}
              {preview.duplicates.length > 0 && (
                <fieldset className="team__duplicates">
                  <legend>{t('team.merge.duplicatesHeading')}</legend>
                  {preview.duplicates.map((d) => (
                    <label key={d.key}>
                      <input
                        type="checkbox"
                        checked={dups.has(d.key)}
                        onChange={(e) =>
                          setDups((prev) => {
                            const next = new Set(prev);
                            if (e.target.checked) next.add(d.key);
                            else next.delete(d.key);
                            return next;
                          })
                        }
                      />
                      {t('team.merge.duplicate', {
                        mine: opened.labels.get(`people/${d.mineId}`) ?? d.mineId,
                        theirs: opened.labels.get(`people/${d.theirsId}`) ?? d.theirsId,
                      })}{' '}
                      <span className="team__hint">
                        ({d.reasons.map((r) => t(`team.merge.reason.${r}`)).join(', ')})
                      </span>
                    </label>
                  ))}
                </fieldset>
              )}
            </>
          )}
          <div className="settings__actions">
            {/* Even with nothing visible to merge, applying records which writes this workspace
                has now seen, so later files from the same colleague merge without conflicts. */}
            <Button variant="primary" disabled={busy} onClick={() => void apply()}>
              {t('team.merge.apply')}
            </Button>
            <Button onClick={() => setOpened(null)} disabled={busy}>
              {t('team.merge.cancel')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

function Summary({
  label,
  refs,
  labels,
}: {
  label: string;
  refs: RecordRef[];
  labels: Map<string, string>;
}) {
  const names = refs.slice(0, 20).map((r) => labels.get(`${r.table}/${r.id}`) ?? r.id);
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {refs.length}
        {names.length > 0 && (
          <span className="team__names">
            {' — '}
            {names.join(', ')}
            {refs.length > names.length ? ', …' : ''}
          </span>
        )}
      </dd>
    </>
  );
}

function ConflictChoiceView({
  conflict: c,
  label,
  value,
  onChange,
}: {
  conflict: MergeConflict;
  label: string;
  value: ConflictChoice;
  onChange: (v: ConflictChoice) => void;
}) {
  const { t } = useTranslation();
  const text = (side: ConflictChoice) => {
    const v = conflictValue(c, side);
    if (v.kind === 'empty') return t('team.merge.empty');
    if (v.kind === 'deleted') return t('team.merge.deletedValue');
    if (v.kind === 'kept') return t('team.merge.keptValue');
    return v.text;
  };
  const field =
    c.type === 'delete-edit'
      ? t('team.merge.deleteEdit')
      : t(fieldLabelKey(c.table, c.field), { defaultValue: c.field });
  return (
    <fieldset className="team__conflict">
      <legend>
        {label} — {field}
      </legend>
      {(['mine', 'theirs'] as const).map((side) => (
        <label key={side} className="team__option">
          <input
            type="radio"
            name={`conflict-${c.key}`}
            checked={value === side}
            onChange={() => onChange(side)}
          />
          <span className="team__side">{t(`team.merge.${side}`)}</span>
          <span className="team__value">{text(side)}</span>
          <span className="team__hint">
            {t('team.merge.byAt', {
              by: side === 'mine' ? c.mineBy : c.theirsBy,
              at: new Date(side === 'mine' ? c.mineAt : c.theirsAt).toLocaleString(),
            })}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
