// Export: people, organisations, events or participations as CSV/XLSX (everyone or the current
// filter), the network as GEXF/GraphML, the workspace file, or a pseudonymised copy.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EXPORT_TABLES,
  buildGraph,
  exportSheet,
  pseudonymise,
  toCsv,
  toGexf,
  toGraphml,
  toXlsx,
} from '@shared/export';
import type { ExportTable } from '@shared/export';
import { cryptoRandomBytes } from '@shared/domain/ids';
import { toWorkspaceFile, workspaceFileName } from '@shared/workspace-file';
import { readWorkspace } from '../../data/repo/workspace';
import { logExport, peopleCovered, peopleInParticipations } from '../../data/repo/exportLog';
import { useStore, useWorkspaceInfo } from '../../data/hooks';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { useToasts } from '../../ui/toasts';
import './transfer.css';

const FORMATS = ['csv', 'xlsx', 'gexf', 'graphml', 'json', 'pseudonymised'] as const;
type Format = (typeof FORMATS)[number];

export function ExportDialog({
  filteredIds,
  onClose,
}: {
  filteredIds: ReadonlySet<string> | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const info = useWorkspaceInfo();
  const toasts = useToasts();
  const ref = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<Format>('csv');
  const [table, setTable] = useState<ExportTable>('people');
  const [filtered, setFiltered] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const close = () => {
    ref.current?.close();
    onClose();
  };
  const tabular = format === 'csv' || format === 'xlsx';

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const data = await readWorkspace(store);
      const now = store.ctx.now();
      const date = now.slice(0, 10);
      const name = info?.name ?? 'workspace';
      const ids =
        tabular && table === 'people' && filtered && filteredIds ? filteredIds : undefined;
      let file: { name: string; contents: string | Uint8Array; ext: string };
      if (format === 'csv')
        file = {
          name: `plenary-${table}-${date}.csv`,
          contents: toCsv(exportSheet(data, table, ids)),
          ext: 'csv',
        };
      else if (format === 'xlsx')
        file = {
          name: `plenary-${table}-${date}.xlsx`,
          contents: await toXlsx([exportSheet(data, table, ids)]),
          ext: 'xlsx',
        };
      else if (format === 'gexf')
        file = {
          name: `plenary-network-${date}.gexf`,
          contents: toGexf(buildGraph(data), now),
          ext: 'gexf',
        };
      else if (format === 'graphml')
        file = {
          name: `plenary-network-${date}.graphml`,
          contents: toGraphml(buildGraph(data)),
          ext: 'graphml',
        };
      else {
        const anon = format === 'pseudonymised';
        const out = toWorkspaceFile(
          anon ? pseudonymise(data, cryptoRandomBytes) : data,
          { name: anon ? 'pseudonymised' : name, createdAt: info?.createdAt ?? now },
          now,
          anon ? 'pseudonymised' : store.ctx.device(),
        );
        file = {
          name: anon ? `plenary-pseudonymised-${date}.json` : workspaceFileName(name, now),
          contents: JSON.stringify(out, null, 1),
          ext: 'json',
        };
      }
      const result = await getPlatform().saveFile(file.name, file.contents, [
        { name: file.ext.toUpperCase(), extensions: [file.ext] },
      ]);
      if (result.saved) {
        // The export log (Privacy): what left the machine, in which form, about how many people.
        await logExport(store, {
          what: tabular ? `${table}-${format}` : format === 'json' ? 'workspace-file' : format,
          form: format === 'pseudonymised' ? 'pseudonymised' : 'full',
          people: !tabular
            ? peopleCovered(data)
            : table === 'people'
              ? peopleCovered(data, ids)
              : table === 'participations'
                ? peopleInParticipations(data)
                : 0,
        });
        toasts.show(t('transfer.export.saved', { name: result.fileName ?? file.name }));
        close();
      }
    } catch (e) {
      setError(
        t('transfer.export.failed', { message: e instanceof Error ? e.message : String(e) }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog transfer-dialog transfer-dialog--narrow"
      aria-labelledby="export-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <div className="dialog__body transfer-form">
        <h2 id="export-title">{t('transfer.export.title')}</h2>
        {error && (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        )}
        <fieldset>
          <legend>{t('transfer.export.format')}</legend>
          {FORMATS.map((f) => (
            <label key={f}>
              <input
                type="radio"
                name="export-format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
              />{' '}
              {t(`transfer.export.formats.${f}`)}
            </label>
          ))}
        </fieldset>
        {tabular && (
          <fieldset>
            <legend>{t('transfer.export.what')}</legend>
            {EXPORT_TABLES.map((x) => (
              <label key={x}>
                <input
                  type="radio"
                  name="export-table"
                  value={x}
                  checked={table === x}
                  onChange={() => setTable(x)}
                />{' '}
                {t(`transfer.export.tables.${x}`)}
              </label>
            ))}
          </fieldset>
        )}
        {tabular && table === 'people' && filteredIds && (
          <fieldset>
            <legend>{t('transfer.export.scope')}</legend>
            <label>
              <input
                type="radio"
                name="export-scope"
                checked={!filtered}
                onChange={() => setFiltered(false)}
              />{' '}
              {t('transfer.export.scopeAll')}
            </label>
            <label>
              <input
                type="radio"
                name="export-scope"
                checked={filtered}
                onChange={() => setFiltered(true)}
              />{' '}
              {t('transfer.export.scopeFiltered', { count: filteredIds.size })}
            </label>
          </fieldset>
        )}
        {tabular && <p className="transfer-muted">{t('transfer.export.formulaNote')}</p>}
      </div>
      <div className="dialog__actions">
        <Button onClick={close} disabled={busy}>
          {t('common.actions.cancel')}
        </Button>
        <Button variant="primary" onClick={() => void run()} disabled={busy}>
          {t('transfer.export.save')}
        </Button>
      </div>
    </dialog>
  );
}
