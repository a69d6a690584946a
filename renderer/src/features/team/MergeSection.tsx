// "Merge a colleague's file": open it (asking for the passphrase when it is encrypted), preview
// what changes (new, changed, deleted on each side, erased, conflicts with both values and
// who/when, the more recent preselected; possible duplicates), then apply everything in one
// transaction. A file that cannot be read or unlocked changes nothing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENCRYPTED_EXTENSION } from '@shared/crypto';
import type { ConflictChoice, MergeConflict, MergePlan, RecordRef } from '@shared/merge/merge';
import type { WorkspaceFile } from '@shared/workspace-file';
import { useStore } from '../../data/hooks';
import { applyMerge, listWriters, previewMerge } from '../../data/repo/merge';
import { readWorkspace } from '../../data/repo/workspace';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { PasswordField } from '../../ui/PassphraseFields';
import { Notice } from '../../ui/Notice';
import { useToasts } from '../../ui/toasts';
import { readExchangeBytes } from './exchangeFile';
import { conflictValue, fieldLabelKey, recordLabels } from './teamView';

type Opened = {
  fileName: string;
  file: WorkspaceFile;
  plan: MergePlan;
  labels: Map<string, string>;
  /** Writers' names by replica id (theirs and mine). */
  writers: Record<string, string>;
};

type Locked = { name: string; bytes: Uint8Array };

const FILTERS = [{ name: 'Plenary exchange file', extensions: ['json', ENCRYPTED_EXTENSION] }];

export function MergeSection() {
  const { t } = useTranslation();
  const store = useStore();
  const toasts = useToasts();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [locked, setLocked] = useState<Locked | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [passError, setPassError] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [dups, setDups] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** Previews the file, or says what is wrong with it; `null` passphrase: not asked yet. */
  const read = async (name: string, bytes: Uint8Array, passphrase: string | null) => {
    const outcome = await readExchangeBytes(bytes, passphrase);
    if (outcome.kind === 'locked') {
      setOpened(null);
      setPassphrase('');
      setPassError(null);
      setLocked({ name, bytes });
      return;
    }
    if (outcome.kind === 'crypto-error') {
      setPassError(outcome.messageKey);
      return;
    }
    setLocked(null);
    setPassphrase('');
    if (outcome.kind === 'bad-file') {
      const e = outcome.error;
      const reason = t(`team.merge.error.${e.kind}`, {
        count: e.kind === 'invalid-records' ? e.total : 0,
      });
      setError(t('team.merge.badFile', { reason }));
      setOpened(null);
      return;
    }
    const { file } = outcome;
    const plan = await previewMerge(store, file.data, file.team?.erased);
    const labels = recordLabels(file.data, await readWorkspace(store));
    const writers = { ...file.team?.writers, ...(await listWriters(store)) };
    setOpened({ fileName: name, file, plan, labels, writers });
    setChoices(
      Object.fromEntries(plan.preview.conflicts.map((c) => [c.key, c.preferred] as const)),
    );
    setDups(new Set());
  };

  const open = async () => {
    setError(null);
    setLocked(null);
    try {
      const picked = await getPlatform().openFile(FILTERS);
      if (picked) await read(picked.name, picked.bytes, null);
    } catch {
      setError(t('team.merge.openFailed'));
    }
  };

  const unlock = async () => {
    if (!locked) return;
    setBusy(true);
    setPassError(null);
    try {
      await read(locked.name, locked.bytes, passphrase);
    } catch {
      setError(t('team.merge.openFailed'));
    } finally {
      setBusy(false);
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
    } catch {
      setError(t('team.merge.applyFailed'));
    } finally {
      setBusy(false);
    }
  };

  const summary = opened?.plan.preview;
  const nothing =
    summary &&
    summary.added.length +
      summary.updated.length +
      summary.deleted.length +
      summary.erased.length ===
      0 &&
    summary.conflicts.length === 0 &&
    summary.duplicates.length === 0;
  const who = (id: string) => opened?.writers[id] ?? id;

  return (
    <section className="card" aria-labelledby="team-merge">
      <h2 id="team-merge">{t('team.merge.heading')}</h2>
      {error && <Notice tone="error">{error}</Notice>}
      {!opened && !locked && (
        <div className="settings__actions">
          <Button variant="primary" onClick={() => void open()}>
            {t('team.merge.open')}
          </Button>
        </div>
      )}
      {locked && (
        <form
          className="team__passphrase"
          onSubmit={(e) => {
            e.preventDefault();
            void unlock();
          }}
        >
          <p>
            {t('team.merge.locked')} <span className="team__file">{locked.name}</span>
          </p>
          <PasswordField
            current
            label={t('team.merge.passphrase')}
            error={passError ?? undefined}
            value={passphrase}
            onChange={setPassphrase}
          />
          <div className="settings__actions">
            <Button type="submit" variant="primary" disabled={busy}>
              {busy ? t('team.merge.unlocking') : t('team.merge.unlock')}
            </Button>
            <Button onClick={() => setLocked(null)} disabled={busy}>
              {t('team.merge.cancel')}
            </Button>
          </div>
        </form>
      )}
      {opened && summary && (
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
                  refs={summary.added}
                  labels={opened.labels}
                />
                <Summary
                  label={t('team.merge.updated')}
                  refs={summary.updated}
                  labels={opened.labels}
                />
                <Summary
                  label={t('team.merge.deleted')}
                  refs={summary.deleted}
                  labels={opened.labels}
                />
                <Summary
                  label={t('team.merge.deletedByMe')}
                  refs={summary.deletedByMe}
                  labels={opened.labels}
                />
                {summary.erased.length > 0 && (
                  <Summary
                    label={t('team.merge.erased')}
                    refs={summary.erased}
                    labels={opened.labels}
                  />
                )}
                <dt>{t('team.merge.conflicts')}</dt>
                <dd>{summary.conflicts.length}</dd>
              </dl>
              {summary.conflicts.length > 0 && (
                <>
                  <h3>{t('team.merge.conflictsHeading')}</h3>
                  <p className="team__hint">{t('team.merge.conflictsHint')}</p>
                  {summary.conflicts.map((c) => (
                    <ConflictChoiceView
                      key={c.key}
                      conflict={c}
                      label={opened.labels.get(`${c.table}/${c.id}`) ?? c.id}
                      who={who}
                      value={choices[c.key] ?? c.preferred}
                      onChange={(v) => setChoices((prev) => ({ ...prev, [c.key]: v }))}
                    />
                  ))}
                </>
              )}
              {summary.duplicates.length > 0 && (
                <fieldset className="team__duplicates">
                  <legend>{t('team.merge.duplicatesHeading')}</legend>
                  {summary.duplicates.map((d) => (
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
  who,
  value,
  onChange,
}: {
  conflict: MergeConflict;
  label: string;
  who: (replica: string) => string;
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
              by: who(side === 'mine' ? c.mineBy : c.theirsBy),
              at: new Date(side === 'mine' ? c.mineAt : c.theirsAt).toLocaleString(),
            })}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
