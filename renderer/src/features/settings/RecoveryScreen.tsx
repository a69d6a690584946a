// What the app shows instead of the workspace when the database cannot be used: a failed
// upgrade (recover everything as a workspace file), or a newer version opened elsewhere.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workspaceFileName } from '@shared/workspace-file';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { peopleCovered } from '../../data/repo/exportLog';
import { logRecoveryExport, readRawWorkspace } from './recovery';
import './settings.css';

export function RecoveryScreen({
  messageKey,
  details,
  onRetry,
}: {
  messageKey: string;
  details: string;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'busy' | 'saved' | 'failed'>('idle');
  const [logged, setLogged] = useState(true);
  const exportAll = async () => {
    setState('busy');
    try {
      const { file } = await readRawWorkspace();
      const result = await getPlatform().saveFile(
        workspaceFileName(`${file.workspace.name} recovered`, file.exportedAt),
        JSON.stringify(file, null, 1),
        [{ name: 'Plenary workspace', extensions: ['json'] }],
      );
      if (result.saved) {
        // The file is out: say so even if the export log cannot take its line.
        setLogged(await logRecoveryExport(peopleCovered(file.data)).catch(() => false));
      }
      setState(result.saved ? 'saved' : 'idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <main className="page recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t('privacy.recovery.title')}</h1>
      <Notice tone="error">
        <p>{t(messageKey)}</p>
        <p className="muted">{t('privacy.recovery.details', { details })}</p>
      </Notice>
      <p>{t('privacy.recovery.exportHint')}</p>
      {state === 'saved' && (
        <Notice tone="success">
          {t('privacy.recovery.exported')}
          {!logged && <> {t('privacy.recovery.notLogged')}</>}
        </Notice>
      )}
      {state === 'failed' && <Notice tone="error">{t('privacy.recovery.exportFailed')}</Notice>}
      <div className="settings__actions">
        <Button variant="primary" disabled={state === 'busy'} onClick={() => void exportAll()}>
          {t('privacy.recovery.export')}
        </Button>
        <Button onClick={onRetry}>{t('shell.retry')}</Button>
      </div>
    </main>
  );
}

/** Another window opened a newer version of the database: this one stepped aside. */
export function ReloadScreen({ reason }: { reason: 'versionchange' | 'blocked' }) {
  const { t } = useTranslation();
  return (
    <main className="page recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t(`privacy.recovery.${reason}Title`)}</h1>
      <Notice tone="warning">{t(`privacy.recovery.${reason}Body`)}</Notice>
      <div className="settings__actions">
        <Button variant="primary" onClick={() => window.location.reload()}>
          {t('privacy.recovery.reload')}
        </Button>
      </div>
    </main>
  );
}
