// The first rows as they will be imported: one column per mapped column of the file, showing the
// normalised value and — where normalisation changed it — what the file said. Any cell can be
// edited (the edit replaces the file's value and the row is checked again), any row skipped.
// The rows come from the import worker a page at a time (reviewPages.ts).
import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '@shared/import';
import { Button } from '../../ui/Button';
import type { CellEdits } from './importModel';
import { cellKey } from './importModel';
import type { PreviewRow } from './reviewPages';

type Props = {
  headers: string[];
  /** The rows shown so far. */
  rows: PreviewRow[];
  /** Rows checked in all. */
  total: number;
  /** Asks for the next page of rows. */
  onMore: () => void;
  mapping: ColumnMapping;
  edits: CellEdits;
  onEdit: (key: string, value: string) => void;
  skip: ReadonlySet<number>;
  onSkip: (row: number, skipped: boolean) => void;
};

export const PREVIEW_PAGE = 20;

export function PreviewGrid(props: Props) {
  const { headers, rows, total, mapping, edits, onEdit, skip, onSkip } = props;
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const columns = mapping.flatMap((field, i) => (field === null ? [] : [{ field, i }]));
  const header = (i: number) => headers[i] || `#${i + 1}`;

  return (
    <>
      <div className="transfer-scroll transfer-scroll--grid">
        <table className="transfer-table transfer-grid" aria-label={t('transfer.preview.title')}>
          <thead>
            <tr>
              <th scope="col">{t('transfer.import.row')}</th>
              <th scope="col">{t('transfer.import.skip')}</th>
              {columns.map(({ field, i }) => (
                <th scope="col" key={i}>
                  {t(`transfer.import.fields.${field}`)}
                  <span className="transfer-muted transfer-grid__source">{header(i)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const skipped = skip.has(r.row);
              const error = r.problems.some((p) => p.severity === 'error');
              return (
                <tr
                  key={r.row}
                  className={skipped ? 'transfer-grid__skipped' : error ? 'transfer-error' : ''}
                >
                  <th scope="row">
                    {r.row}
                    {error && !skipped && (
                      <span className="transfer-severity" title={t('transfer.preview.rowError')}>
                        {' '}
                        ✖<span className="visually-hidden">{t('transfer.preview.rowError')}</span>
                      </span>
                    )}
                  </th>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${t('transfer.import.skip')} ${r.row}`}
                      checked={skipped}
                      onChange={(e) => onSkip(r.row, e.target.checked)}
                    />
                  </td>
                  {columns.map(({ i }) => {
                    const key = cellKey(r.row, i);
                    const original = edits.get(key) ?? r.cells[i] ?? '';
                    const name = header(i);
                    // Changes and problems name the file's column as prepareRows saw it.
                    const source = headers[i] ?? '';
                    const change = r.changes.find((c) => c.column === source);
                    const problems = r.problems.filter((p) => p.column === source);
                    if (editing === key) {
                      const done = (value: string | null) => {
                        setEditing(null);
                        if (value !== null && value !== original) onEdit(key, value);
                      };
                      return (
                        <td key={i}>
                          <input
                            aria-label={t('transfer.preview.cell', { row: r.row, column: name })}
                            defaultValue={original}
                            // The user just asked to edit this cell: the focus goes there.
                            autoFocus
                            onBlur={(e) => done(e.target.value)}
                            onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
                              if (e.key === 'Enter') done(e.currentTarget.value);
                              if (e.key === 'Escape') {
                                e.preventDefault();
                                e.stopPropagation();
                                done(null);
                              }
                            }}
                          />
                        </td>
                      );
                    }
                    return (
                      <td key={i} className={problems.length > 0 ? 'transfer-grid__problem' : ''}>
                        <span className="transfer-grid__value">
                          {change ? change.to || '—' : original}
                        </span>
                        {change && (
                          <span className="transfer-muted transfer-grid__original">
                            {t('transfer.preview.original', { value: change.from })}
                          </span>
                        )}
                        {problems.map((p, n) => (
                          <span key={n} className="transfer-grid__reason">
                            {p.severity === 'error' ? '✖ ' : '⚠ '}
                            {t(p.reason, p.params ?? {})}
                          </span>
                        ))}
                        <button
                          type="button"
                          className="transfer-grid__edit"
                          aria-label={t('transfer.preview.edit', { row: r.row, column: name })}
                          onClick={() => setEditing(key)}
                        >
                          ✎
                        </button>
                        {edits.has(key) && (
                          <span className="transfer-muted transfer-grid__original">
                            {t('transfer.preview.edited')}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="transfer-row">
        <span className="transfer-muted">
          {t('transfer.preview.showing', { shown: rows.length, total })}
        </span>
        {rows.length < total && (
          <Button onClick={props.onMore}>
            {t('transfer.preview.more', { count: Math.min(PREVIEW_PAGE, total - rows.length) })}
          </Button>
        )}
      </div>
    </>
  );
}
