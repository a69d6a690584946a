// Settings: the workspace (new empty, reset demo), who the user is on this device, storage, about.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useDeviceLabel,
  useEvents,
  useOrganisations,
  useParticipations,
  usePeople,
  useStore,
  useWorkspaceInfo,
} from '../../data/hooks';
import { newEmptyWorkspace, resetToDemo } from '../../data/repo/workspace';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field } from '../../ui/Field';
import { PageHeader } from '../../ui/Layout';
import { Notice } from '../../ui/Notice';
import { useToasts } from '../../ui/toasts';
import { exportWorkspaceFile } from '../../app/workspaceCommands';
import { routeHref } from '../../app/router';
import { EncryptionSection } from '../privacy/EncryptionSection';
import { PrivacyPage } from '../privacy/PrivacyPage';
import { BackupsPage, useBackupStatus } from './BackupsPage';
import { TeamPage } from '../team/TeamPage';
import { formatBytes, readStorageInfo } from './storageInfo';
import type { StorageInfo } from './storageInfo';
import { OpenWorkspaceFile } from '../transfer/OpenWorkspaceFile';
import './settings.css';

type Pending = 'empty' | 'demo' | null;

const TABS = ['general', 'backups', 'privacy', 'team'] as const;
type Tab = (typeof TABS)[number];

/** `#/settings`, `#/settings/backups`, `#/settings/privacy`, `#/settings/team`. */
export function SettingsPage({ id = null }: { id?: string | null }) {
  const { t } = useTranslation();
  const tab: Tab = id === 'backups' || id === 'privacy' || id === 'team' ? id : 'general';
  return (
    <div className="page page--scroll">
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <nav className="settings__tabs" aria-label={t('privacy.tabs.label')}>
        {TABS.map((key) => (
          <a
            key={key}
            href={routeHref('settings', key === 'general' ? null : key)}
            aria-current={tab === key ? 'page' : undefined}
          >
            {key === 'team' ? t('team.tab') : t(`privacy.tabs.${key}`)}
          </a>
        ))}
      </nav>
      {tab === 'backups' && <BackupsPage />}
      {tab === 'privacy' && <PrivacyPage />}
      {tab === 'team' && <TeamPage />}
      {tab === 'general' && (
        <div className="settings">
          <WorkspaceSection />
          <EncryptionSection />
          <DeviceSection />
          <StorageSection />
          <AboutSection />
        </div>
      )}
    </div>
  );
}

function WorkspaceSection() {
  const { t } = useTranslation();
  const store = useStore();
  const toasts = useToasts();
  const info = useWorkspaceInfo();
  const people = usePeople();
  const organisations = useOrganisations();
  const events = useEvents();
  const participations = useParticipations();
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState(() => t('settings.workspace.newEmptyDefault'));

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      if (pending === 'empty')
        await newEmptyWorkspace(store, name.trim() || t('settings.workspace.newEmptyDefault'));
      if (pending === 'demo') await resetToDemo(store);
      setPending(null);
      toasts.show(t('settings.workspace.replaced'));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="settings-workspace">
      <h2 id="settings-workspace">{t('settings.workspace.heading')}</h2>
      {info && (
        <dl className="settings__facts">
          <dt>{t('settings.workspace.name')}</dt>
          <dd>{info.origin === 'demo' ? t('shell.demoName') : info.name}</dd>
          <dt>{t('settings.workspace.origin')}</dt>
          <dd>
            {t(
              info.origin === 'demo'
                ? 'settings.workspace.originDemo'
                : info.origin === 'empty'
                  ? 'settings.workspace.originEmpty'
                  : 'settings.workspace.originFile',
            )}
          </dd>
          <dt>{t('settings.workspace.created')}</dt>
          <dd>{new Date(info.createdAt).toLocaleString()}</dd>
          <dt>{t('settings.workspace.counts')}</dt>
          <dd>
            {people && organisations && events && participations
              ? t('settings.workspace.countsValue', {
                  people: people.length,
                  organisations: organisations.length,
                  events: events.length,
                  participations: participations.length,
                })
              : t('common.loading')}
          </dd>
        </dl>
      )}
      {info?.origin === 'demo' && <p className="muted">{t('settings.workspace.demoNote')}</p>}
      {error && <Notice tone="error">{t('errors.saveFailed', { details: error })}</Notice>}
      <p className="muted">{t('settings.workspace.exportHint')}</p>
      <ExportReminder />
      <div className="settings__actions">
        <Button
          variant="primary"
          onClick={() =>
            void exportWorkspaceFile(
              store,
              getPlatform(),
              info?.origin === 'demo' ? t('shell.demoName') : (info?.name ?? ''),
            ).then(
              (r) => {
                if (!r.saved) return;
                toasts.show(t('shell.exported'));
              },
              (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
            )
          }
        >
          {t('settings.workspace.export')}
        </Button>
        <Button onClick={() => setPending('empty')}>{t('settings.workspace.newEmpty')}</Button>
        <Button onClick={() => setPending('demo')}>{t('settings.workspace.resetDemo')}</Button>
      </div>
      <OpenWorkspaceFile />
      <ConfirmDialog
        open={pending === 'empty'}
        title={t('settings.workspace.newEmptyTitle')}
        confirmLabel={t('settings.workspace.newEmptyConfirm')}
        busy={busy}
        onConfirm={() => void run()}
        onCancel={() => setPending(null)}
      >
        <p>{t('settings.workspace.newEmptyBody')}</p>
        <Field label={t('settings.workspace.newEmptyName')}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
      </ConfirmDialog>
      <ConfirmDialog
        open={pending === 'demo'}
        title={t('settings.workspace.resetDemoTitle')}
        confirmLabel={t('settings.workspace.resetDemoConfirm')}
        busy={busy}
        onConfirm={() => void run()}
        onCancel={() => setPending(null)}
      >
        <p>{t('settings.workspace.resetDemoBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

/** The browser build has no automatic backups: after an import or merge it asks for an export. */
function ExportReminder() {
  const { t } = useTranslation();
  const status = useBackupStatus();
  if (!status || status.available || !status.reminder) return null;
  return <Notice tone="warning">{t('privacy.backups.reminder')}</Notice>;
}

function DeviceSection() {
  const { t } = useTranslation();
  const store = useStore();
  const toasts = useToasts();
  const current = useDeviceLabel();
  const [label, setLabel] = useState<string | null>(null);
  const value = label ?? current ?? '';
  const invalid = label !== null && label.trim() === '';
  return (
    <section className="card" aria-labelledby="settings-device">
      <h2 id="settings-device">{t('settings.device.heading')}</h2>
      <form
        className="settings__row"
        onSubmit={(e) => {
          e.preventDefault();
          if (label === null || invalid) return;
          void store.setDeviceLabel(label.trim()).then(() => {
            setLabel(null);
            toasts.show(t('settings.device.saved'));
          });
        }}
      >
        <Field
          label={t('settings.device.label')}
          hint={t('settings.device.hint')}
          error={invalid ? 'validation.required' : undefined}
          className="settings__grow"
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={value}
              maxLength={200}
              placeholder={t('settings.device.label')}
              onChange={(e) => setLabel(e.target.value)}
            />
          )}
        </Field>
        <Button type="submit" variant="primary" disabled={label === null || invalid}>
          {t('settings.device.save')}
        </Button>
      </form>
    </section>
  );
}

function StorageSection() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const refresh = () => void readStorageInfo(navigator.storage).then(setInfo);
  useEffect(refresh, []);
  return (
    <section className="card" aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('settings.storage.heading')}</h2>
      <p>{t('settings.storage.where')}</p>
      <dl className="settings__facts">
        <dt>{t('settings.storage.persistent')}</dt>
        <dd>
          {info?.persisted === true
            ? t('settings.storage.persistentYes')
            : info?.persisted === false
              ? t('settings.storage.persistentNo')
              : t('settings.storage.persistentUnknown')}
        </dd>
        {info?.usage != null && info.quota != null && (
          <>
            <dt>{t('settings.storage.usage')}</dt>
            <dd>
              {t('settings.storage.usageValue', {
                used: formatBytes(info.usage),
                quota: formatBytes(info.quota),
              })}
            </dd>
          </>
        )}
      </dl>
      {info?.persisted === false && navigator.storage?.persist && (
        <div>
          <Button onClick={() => void navigator.storage.persist().then(refresh)}>
            {t('settings.storage.requestPersistent')}
          </Button>
        </div>
      )}
    </section>
  );
}

function AboutSection() {
  const { t } = useTranslation();
  const platform = getPlatform();
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    void platform.appInfo().then((info) => info.version && setVersion(info.version));
  }, [platform]);
  return (
    <section className="card" aria-labelledby="settings-about">
      <h2 id="settings-about">{t('settings.about.heading')}</h2>
      <dl className="settings__facts">
        <dt>{t('settings.about.version')}</dt>
        <dd>{version ?? __PLENARY_VERSION__}</dd>
        <dt>{t('settings.about.platform')}</dt>
        <dd>
          {platform.kind === 'desktop' ? t('settings.about.desktop') : t('settings.about.browser')}
        </dd>
      </dl>
      <p className="muted">{t('settings.about.attribution')}</p>
    </section>
  );
}
