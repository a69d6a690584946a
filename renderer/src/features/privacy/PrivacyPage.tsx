// Settings → Privacy: records to review (past retention, no legal basis), erasure, export log.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { usePeople, useStore } from '../../data/hooks';
import { erasePerson } from '../../data/repo/erase';
import { listExports } from '../../data/repo/exportLog';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { useToasts } from '../../ui/toasts';
import { writeFailureKey } from '../settings/recovery';
import { reviewPrivacy } from './privacyReview';
import type { ReviewRow } from './privacyReview';
import './privacy.css';

export function PrivacyPage() {
  const { t } = useTranslation();
  const people = usePeople();
  const today = new Date().toISOString().slice(0, 10);
  const review = useMemo(() => (people ? reviewPrivacy(people, today) : null), [people, today]);
  const [erasing, setErasing] = useState<ReviewRow | null>(null);

  return (
    <div className="settings">
      <section className="card" aria-labelledby="privacy-retention">
        <h2 id="privacy-retention">{t('privacy.review.retentionHeading')}</h2>
        <p className="muted">{t('privacy.review.retentionHint')}</p>
        {review === null ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <ReviewList
            rows={review.pastRetention}
            empty={t('privacy.review.retentionEmpty')}
            detail={(r) => t('privacy.review.retainedUntil', { date: r.retainUntil ?? '' })}
            onErase={setErasing}
            label={t('privacy.review.retentionHeading')}
          />
        )}
      </section>
      <section className="card" aria-labelledby="privacy-basis">
        <h2 id="privacy-basis">{t('privacy.review.basisHeading')}</h2>
        <p className="muted">{t('privacy.review.basisHint')}</p>
        {review === null ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <ReviewList
            rows={review.noBasis}
            empty={t('privacy.review.basisEmpty')}
            detail={() => t('privacy.review.noBasis')}
            onErase={setErasing}
            label={t('privacy.review.basisHeading')}
          />
        )}
      </section>
      <ExportLogSection />
      <EraseDialog person={erasing} onDone={() => setErasing(null)} />
    </div>
  );
}

function ReviewList({
  rows,
  empty,
  detail,
  onErase,
  label,
}: {
  rows: ReviewRow[];
  empty: string;
  detail: (row: ReviewRow) => string;
  onErase: (row: ReviewRow) => void;
  label: string;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <>
      <p>{t('privacy.review.count', { count: rows.length })}</p>
      <ul className="privacy__list" aria-label={label}>
        {rows.map((row) => (
          <li key={row.id} className="privacy__item">
            <a href={`#/people/${encodeURIComponent(row.id)}`}>
              {row.name || t('privacy.review.unnamed')}
            </a>
            <span className="muted">{detail(row)}</span>
            <Button
              size="small"
              variant="ghost"
              onClick={() => onErase(row)}
              aria-label={t('privacy.erase.buttonFor', { name: row.name })}
            >
              {t('privacy.erase.button')}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The confirmation for erasing one person; shared with the person panel. */
export function EraseDialog({
  person,
  onDone,
}: {
  person: Pick<ReviewRow, 'id' | 'name'> | null;
  onDone: (erased: boolean) => void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    if (!person) return;
    setBusy(true);
    setError(null);
    try {
      await erasePerson(store, person.id);
      toasts.show(t('privacy.erase.done'));
      onDone(true);
    } catch (e) {
      const quota = writeFailureKey(e);
      setError(quota ? t(quota) : e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      open={person !== null}
      title={t('privacy.erase.title', { name: person?.name ?? '' })}
      confirmLabel={t('privacy.erase.confirm')}
      busy={busy}
      onConfirm={() => void run()}
      onCancel={() => {
        setError(null);
        onDone(false);
      }}
    >
      <p>{t('privacy.erase.body')}</p>
      <Notice tone="warning">{t('privacy.erase.backups')}</Notice>
      {error && <Notice tone="error">{t('privacy.erase.failed', { details: error })}</Notice>}
    </ConfirmDialog>
  );
}

function ExportLogSection() {
  const { t } = useTranslation();
  const store = useStore();
  const entries = useLiveQuery(() => listExports(store), [store], null);
  return (
    <section className="card" aria-labelledby="privacy-exports">
      <h2 id="privacy-exports">{t('privacy.exportLog.heading')}</h2>
      <p className="muted">{t('privacy.exportLog.hint')}</p>
      {entries === null ? (
        <p role="status">{t('common.loading')}</p>
      ) : entries.length === 0 ? (
        <p>{t('privacy.exportLog.empty')}</p>
      ) : (
        <table className="privacy__table">
          <thead>
            <tr>
              <th scope="col">{t('privacy.exportLog.when')}</th>
              <th scope="col">{t('privacy.exportLog.what')}</th>
              <th scope="col">{t('privacy.exportLog.form')}</th>
              <th scope="col">{t('privacy.exportLog.people')}</th>
              <th scope="col">{t('privacy.exportLog.by')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{new Date(e.at).toLocaleString()}</td>
                <td>
                  {t(`privacy.exportLog.kinds.${e.what}`, { defaultValue: e.what })}
                  {e.encrypted && ` · ${t('privacy.exportLog.encrypted')}`}
                </td>
                <td>{t(`privacy.exportLog.forms.${e.form}`)}</td>
                <td>{e.people}</td>
                <td>{e.by}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
