// The "Import…" and "Export…" buttons of the People page header, with their dialogs.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';

export function TransferActions({ filteredIds }: { filteredIds: ReadonlySet<string> | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'import' | 'export' | null>(null);
  return (
    <>
      <Button onClick={() => setOpen('import')}>{t('transfer.import.open')}</Button>
      <Button onClick={() => setOpen('export')}>{t('transfer.export.open')}</Button>
      {open === 'import' && <ImportDialog onClose={() => setOpen(null)} />}
      {open === 'export' && (
        <ExportDialog filteredIds={filteredIds} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
