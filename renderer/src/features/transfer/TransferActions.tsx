// The "Import…" and "Export…" buttons of the People page header, with their dialogs. The dialogs
// (and the spreadsheet code they pull in) load on first use, so they cost nothing at start-up.
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

const ExportDialog = lazy(() =>
  import('./ExportDialog').then((m) => ({ default: m.ExportDialog })),
);
const ImportDialog = lazy(() =>
  import('./ImportDialog').then((m) => ({ default: m.ImportDialog })),
);

export function TransferActions({ filteredIds }: { filteredIds: ReadonlySet<string> | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'import' | 'export' | null>(null);
  return (
    <>
      <Button onClick={() => setOpen('import')}>{t('transfer.import.open')}</Button>
      <Button onClick={() => setOpen('export')}>{t('transfer.export.open')}</Button>
      <Suspense
        fallback={
          open && (
            <span role="status" className="muted">
              {t('common.loading')}
            </span>
          )
        }
      >
        {open === 'import' && <ImportDialog onClose={() => setOpen(null)} />}
        {open === 'export' && (
          <ExportDialog filteredIds={filteredIds} onClose={() => setOpen(null)} />
        )}
      </Suspense>
    </>
  );
}
