// The Team screen (Settings → Team): who you are, share my changes (optionally encrypted with a
// passphrase), merge a colleague's file, merge history with "undo this merge".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../../data/hooks';
import {
  buildExchangeFile,
  listMergeHistory,
  listShares,
  recordShare,
  undoMerge,
} from '../../data/repo/merge';
import type { MergeHistoryEntry } from '../../data/repo/merge';
import { logExport, peopleCovered } from '../../data/repo/exportLog';
import { ENCRYPTED_FILTERS } from '../privacy/encryptedWorkspace';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PassphraseFields } from '../../ui/PassphraseFields';
import { checkNewPassphrase } from '../../ui/passphrase';
import { useToasts } from '../../ui/toasts';
import { sealExchangeFile } from './exchangeFile';
import { IdentityForm } from './IdentityForm';
import { MergeSection } from './MergeSection';
import { useIdentity } from './identity';
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
  const store = useStore();
  const toasts = useToasts();
  const identity = useIdentity();
  return (
    <section className="card" aria-labelledby="team-who">
      <h2 id="team-who">{t('team.who.heading')}</h2>
      <p className="team__hint">{t('team.who.intro')}</p>
      {identity && (
        <>
          <p>{t('team.who.stamp', { stamp: store.ctx.device() })}</p>
          <IdentityForm
            // A fresh form whenever the identity changes elsewhere (e.g. the first-run prompt).
            key={`${identity.name}|${identity.label}`}
            identity={identity}
            submitLabel={t('team.who.save')}
            onSaved={() => toasts.show(t('team.who.saved', { stamp: store.ctx.device() }))}
          />
        </>
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
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [protect, setProtect] = useState(false);
  const [secret, setSecret] = useState({ passphrase: '', confirm: '' });
  const [tried, setTried] = useState(false);
  const name = colleague.trim();
  const last = shares?.[name] ?? null;

  const save = async () => {
    const problem = protect ? checkNewPassphrase(secret.passphrase, secret.confirm) : null;
    setError(name === '' ? 'team.share.colleagueRequired' : null);
    setTried(true);
    if (name === '' || problem) return;
    setBusy(true);
    setFailed(false);
    try {
      const built = await buildExchangeFile(store, scope === 'since' ? last : null);
      const { file, records } = built;
      if (records === 0 && !built.erasures) {
        toasts.show(t('team.share.nothing'));
        return;
      }
      const sealed = await sealExchangeFile(
        file,
        exchangeFileName(file.exportedBy, name, file.exportedAt),
        protect ? secret.passphrase : null,
      );
      const result = await getPlatform().saveFile(
        sealed.name,
        sealed.content,
        protect ? ENCRYPTED_FILTERS : [{ name: 'Plenary exchange file', extensions: ['json'] }],
      );
      if (!result.saved) return;
      // An exchange file holds people: it goes in the export log like any other.
      await logExport(store, {
        what: 'exchange-file',
        form: 'full',
        people: peopleCovered(file.data),
        encrypted: protect,
      });
      await recordShare(store, name, file.exportedAt);
      toasts.show(t('team.share.saved', { count: records }));
      // The passphrase does not linger: the next file is protected only if asked again.
      setProtect(false);
      setSecret({ passphrase: '', confirm: '' });
      setTried(false);
    } catch {
      setFailed(true);
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
      <label className="team__protect">
        <input type="checkbox" checked={protect} onChange={(e) => setProtect(e.target.checked)} />
        {t('team.share.protect')}
      </label>
      {protect && (
        <div className="team__passphrase">
          <p className="team__hint">{t('team.share.protectHint')}</p>
          <PassphraseFields value={secret} onChange={setSecret} showErrors={tried} />
        </div>
      )}
      {failed && <Notice tone="error">{t('team.share.failed')}</Notice>}
      <div className="settings__actions">
        <Button variant="primary" disabled={busy} onClick={() => void save()}>
          {busy && protect ? t('team.share.encrypting') : t('team.share.save')}
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
    } catch {
      setError(t('team.history.undoFailed'));
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
              <th scope="col">{t('team.history.by')}</th>
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
                <td>{e.by}</td>
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
