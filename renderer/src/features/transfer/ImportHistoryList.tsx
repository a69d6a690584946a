// The workspace's import history: every import's report (file, when, who, rows added, updated,
// merged, skipped), newest first, kept in the workspace with the records it produced.
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../../data/hooks';
import { listImportHistory } from '../../data/repo/importHistory';

export function ImportHistoryList({ limit = 50 }: { limit?: number }) {
  const { t } = useTranslation();
  const store = useStore();
  const history = useLiveQuery(() => listImportHistory(store), [store], null);
  if (history === null) return null;
  if (history.length === 0) return <p className="transfer-muted">{t('transfer.history.empty')}</p>;
  return (
    <div className="transfer-scroll">
      <table className="transfer-table" aria-label={t('transfer.history.title')}>
        <thead>
          <tr>
            <th scope="col">{t('transfer.history.when')}</th>
            <th scope="col">{t('transfer.history.file')}</th>
            <th scope="col">{t('transfer.history.who')}</th>
            <th scope="col" className="transfer-num">
              {t('transfer.history.rows')}
            </th>
            <th scope="col" className="transfer-num">
              {t('transfer.history.added')}
            </th>
            <th scope="col" className="transfer-num">
              {t('transfer.history.updated')}
            </th>
            <th scope="col" className="transfer-num">
              {t('transfer.history.merged')}
            </th>
            <th scope="col" className="transfer-num">
              {t('transfer.history.skipped')}
            </th>
            <th scope="col">{t('transfer.history.event')}</th>
          </tr>
        </thead>
        <tbody>
          {history.slice(0, limit).map((h) => (
            <tr key={h.id}>
              <td>{new Date(h.at).toLocaleString()}</td>
              <td>{h.fileName}</td>
              <td>{h.by}</td>
              <td className="transfer-num">{h.rows}</td>
              <td className="transfer-num">{h.counts.added}</td>
              <td className="transfer-num">{h.counts.updated}</td>
              <td className="transfer-num">{h.counts.merged}</td>
              <td className="transfer-num">{h.counts.skipped}</td>
              <td>{h.event || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
