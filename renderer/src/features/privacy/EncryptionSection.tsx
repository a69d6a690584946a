// Settings: export the workspace as an encrypted file, and open one (replacing the workspace).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore, useWorkspaceInfo } from '../../data/hooks';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { PassphraseFields, PasswordField } from '../../ui/PassphraseFields';
import { checkNewPassphrase } from '../../ui/passphrase';
import { useToasts } from '../../ui/toasts';
import { requestBackup } from '../../data/repo/backup';
import { writeFailureKey } from '../settings/recovery';
import {
  ENCRYPTED_FILTERS,
  exportEncryptedWorkspace,
  openEncryptedWorkspace,
} from './encryptedWorkspace';

export function EncryptionSection() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="settings-encryption">
      <h2 id="settings-encryption">{t('privacy.encryption.heading')}</h2>
      <p className="muted">{t('privacy.encryption.hint')}</p>
      <EncryptedExport />
      <EncryptedOpen />
    </section>
  );
}

function EncryptedExport() {
  const { t } = useTranslation();
  const store = useStore();
  const info = useWorkspaceInfo();
  const toasts = useToasts();
  const [value, setValue] = useState({ passphrase: '', confirm: '' });
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  return (
    <form
      className="encryption__form"
      aria-label={t('privacy.encryption.exportHeading')}
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
        if (checkNewPassphrase(value.passphrase, value.confirm)) return;
        setBusy(true);
        setError(null);
        const name = info?.origin === 'demo' ? t('shell.demoName') : (info?.name ?? '');
        exportEncryptedWorkspace(store, getPlatform(), name, value.passphrase)
          .then((r) => {
            if (!r.saved) return;
            toasts.show(t('privacy.encryption.exported'));
            setValue({ passphrase: '', confirm: '' });
            setSubmitted(false);
          })
          .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
          .finally(() => setBusy(false));
      }}
    >
      <h3>{t('privacy.encryption.exportHeading')}</h3>
      <div className="encryption__fields">
        <PassphraseFields value={value} onChange={setValue} showErrors={submitted} />
      </div>
      <p className="muted">{t('privacy.encryption.noRecovery')}</p>
      {error && <Notice tone="error">{t('errors.saveFailed', { details: error })}</Notice>}
      <div className="settings__actions">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? t('privacy.encryption.encrypting') : t('privacy.encryption.export')}
        </Button>
      </div>
    </form>
  );
}

function EncryptedOpen() {
  const { t } = useTranslation();
  const store = useStore();
  const toasts = useToasts();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);

  const pick = async () => {
    setPickError(null);
    try {
      const opened = await getPlatform().openFile(ENCRYPTED_FILTERS);
      if (!opened) return;
      setFile(opened);
      setPassphrase('');
      setMessage(null);
    } catch (e) {
      setPickError(e instanceof Error ? e.message : String(e));
    }
  };

  const open = async () => {
    if (!file) return;
    setBusy(true);
    setMessage(null);
    try {
      const outcome = await openEncryptedWorkspace(store, file.bytes, passphrase, {
        beforeReplace: () => requestBackup('before-restore'),
      });
      if (!outcome.ok) {
        setMessage(t(outcome.messageKey, outcome.values));
        return;
      }
      setFile(null);
      toasts.show(t('privacy.encryption.opened', { name: outcome.name, count: outcome.people }));
    } catch (e) {
      const quota = writeFailureKey(e);
      setMessage(
        quota
          ? t(quota)
          : t('errors.saveFailed', { details: e instanceof Error ? e.message : String(e) }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="encryption__open">
      <h3>{t('privacy.encryption.openHeading')}</h3>
      <p className="muted">{t('privacy.encryption.openHint')}</p>
      {pickError && <Notice tone="error">{pickError}</Notice>}
      <div className="settings__actions">
        <Button onClick={() => void pick()}>{t('privacy.encryption.open')}</Button>
      </div>
      <ConfirmDialog
        open={file !== null}
        title={t('privacy.encryption.openTitle', { name: file?.name ?? '' })}
        confirmLabel={t('privacy.encryption.openConfirm')}
        busy={busy}
        onConfirm={() => void open()}
        onCancel={() => setFile(null)}
      >
        <p>{t('privacy.encryption.openBody')}</p>
        <PasswordField
          current
          label={t('privacy.encryption.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          onEnter={() => {
            if (passphrase) void open();
          }}
        />
        {message && <Notice tone="error">{message}</Notice>}
      </ConfirmDialog>
    </div>
  );
}
