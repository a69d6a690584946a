// The Team screen (Settings → Team): who you are, share my changes, merge a colleague's file,
// merge history with "undo this merge".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeviceLabel, useStore } from '../../data/hooks';
import {
  buildExchangeFile,
  listMergeHistory,
  listShares,
  recordShare,
  undoMerge,
} from '../../data/repo/merge';
import type { MergeHistoryEntry } from '../../data/repo/merge';
import { DEFAULT_DEVICE_LABEL } from '../../data/store';
import { logExport, peopleCovered } from '../../data/repo/exportLog';
import { routeHref } from '../../app/router';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useToasts } from '../../ui/toasts';
import { MergeSection } from './MergeSection';
import { exchangeFileName } from './teamView';
import './team.css';

export function TeamPage() {
  const { t } = useTranslation();
  return (
    <div className="settings team">
      <p className="team__intro">{t('team.intro')}</p>
      <WhoSection />
      <ShareSection />
      <MergeSection />
      <HistorySection />
    </div>
  );
}

function WhoSection() {
  const { t } = useTranslation();
  const label = useDeviceLabel();
  if (label === null) return null;
  const current = label ?? DEFAULT_DEVICE_LABEL;
  return (
    <section className="card" aria-labelledby="team-who">
      <h2 id="team-who">{t('team.who.heading')}</h2>
      <p>{t('team.who.label', { label: current })}</p>
      {current === DEFAULT_DEVICE_LABEL && (
        <Notice tone="warning">
          {t('team.who.defaultWarning')}{' '}
          <a href={routeHref('settings', null)}>{t('team.who.change')}</a>
        </Notice>
      )}
    </section>
  );
}

function ShareSection() {
  const { t } = useTranslation();
  const store = useStore();
  const toasts = useToasts();
  const shares = useLiveQuery(() => listShares(store), [store], null);
  const [colleague, setColleague] = useState('');
  const [scope, setScope] = useState<'since' | 'all'>('since');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = colleague.trim();
  const last = shares?.[name] ?? null;

  const save = async () => {
    if (name === '') {
      setError('team.share.colleagueRequired');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { file, records } = await buildExchangeFile(store, scope === 'since' ? last : null);
      if (records === 0) {
        toasts.show(t('team.share.nothing'));
        return;
      }
      const result = await getPlatform().saveFile(
        exchangeFileName(file.exportedBy, name, file.exportedAt),
        JSON.stringify(file),
        [{ name: 'Plenary workspace', extensions: ['json'] }],
      );
      if (!result.saved) return;
      await logExport(store, {
        what: 'exchange-file',
        form: 'full',
        people: peopleCovered(file.data),
      });
      await recordShare(store, name, file.exportedAt);
      toasts.show(t('team.share.saved', { count: records }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="team-share">
      <h2 id="team-share">{t('team.share.heading')}</h2>
      <Field
        label={t('team.share.colleague')}
        hint={t('team.share.colleagueHint')}
        error={error ?? undefined}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            list="team-colleagues"
            value={colleague}
            onChange={(e) => setColleague(e.target.value)}
          />
        )}
      </Field>
      <datalist id="team-colleagues">
        {Object.keys(shares ?? {}).map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <fieldset className="team__choices">
        <legend className="visually-hidden">{t('team.share.heading')}</legend>
        <label>
          <input
            type="radio"
            name="team-scope"
            checked={scope === 'since'}
            onChange={() => setScope('since')}
          />
          {last
            ? t('team.share.since', { date: new Date(last).toLocaleString() })
            : t('team.share.sinceNever')}
        </label>
        <label>
          <input
            type="radio"
            name="team-scope"
            checked={scope === 'all'}
            onChange={() => setScope('all')}
          />
          {t('team.share.everything')}
        </label>
      </fieldset>
      <div className="settings__actions">
        <Button variant="primary" disabled={busy} onClick={() => void save()}>
          {t('team.share.save')}
        </Button>
      </div>
    </section>
  );
}

function HistorySection() {
  const { t } = useTranslation();
  const store = useStore();
  const toasts = useToasts();
  const history = useLiveQuery(() => listMergeHistory(store), [store], null);
  const [pending, setPending] = useState<MergeHistoryEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const undo = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await undoMerge(store, pending.id);
      setPending(null);
      toasts.show(t('team.history.restored'));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="team-history">
      <h2 id="team-history">{t('team.history.heading')}</h2>
      {error && <Notice tone="error">{error}</Notice>}
      {history && history.length === 0 && <p>{t('team.history.empty')}</p>}
      {history && history.length > 0 && (
        <table className="team__history">
          <thead>
            <tr>
              <th scope="col">{t('team.history.when')}</th>
              <th scope="col">{t('team.history.from')}</th>
              <th scope="col">{t('team.history.file')}</th>
              <th scope="col">{t('team.history.counts')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('team.history.undo')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {history.map((e) => (
              <tr key={e.id}>
                <td>{new Date(e.at).toLocaleString()}</td>
                <td>{e.from}</td>
                <td className="team__file">{e.fileName}</td>
                <td>{t('team.history.countsValue', e.counts)}</td>
                <td>
                  {e.undoneAt ? (
                    t('team.history.undone', { at: new Date(e.undoneAt).toLocaleString() })
                  ) : e.restorable ? (
                    <Button size="small" icon="undo" onClick={() => setPending(e)}>
                      {t('team.history.undo')}
                    </Button>
                  ) : (
                    t('team.history.notRestorable')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={t('team.history.confirmTitle')}
        confirmLabel={t('team.history.undo')}
        busy={busy}
        onConfirm={() => void undo()}
        onCancel={() => setPending(null)}
      >
        <p>{t('team.history.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
