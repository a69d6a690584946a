// Step 2 of the import: sheet, encoding and target event; each column matched to a field, with
// the proposal made from the headers; named mappings saved in the workspace, chosen from a list
// to apply, or deleted; and a mapping file for the command line's --mapping.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { EventId, PlenaryEvent } from '@shared/domain/model';
import { IMPORT_FIELDS, proposeMapping, TEXT_ENCODINGS, toSavedMapping } from '@shared/import';
import type { ColumnMapping, ImportField, ReadResult, TextEncodingName } from '@shared/import';
import { useStore } from '../../data/hooks';
import { deleteMapping, listSavedMappings, saveMapping } from '../../data/repo/importHistory';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';

type Props = {
  read: ReadResult;
  sheet: number;
  onSheet: (sheet: number) => void;
  onEncoding: (encoding: TextEncodingName) => void;
  events: PlenaryEvent[];
  eventId: EventId | '';
  onEvent: (id: EventId | '') => void;
  mapping: ColumnMapping;
  onMapping: (mapping: ColumnMapping) => void;
};

export function MapStep(props: Props) {
  const { t } = useTranslation();
  const store = useStore();
  const { read, sheet, mapping } = props;
  const table = read.sheets[sheet]?.table;
  const saved = useLiveQuery(() => listSavedMappings(store), [store], null);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  if (!table) return null;
  const hasName = mapping.some((f) => f === 'fullName' || f === 'givenName' || f === 'familyName');

  const apply = (mappingName: string) => {
    setChosen(mappingName);
    const found = saved?.find((m) => m.name === mappingName);
    if (!found) return;
    props.onMapping(proposeMapping(table.headers, found));
    setStatus(t('transfer.mapping.applied', { name: found.name }));
  };
  const save = async () => {
    const trimmed = name.trim();
    await saveMapping(store, toSavedMapping(trimmed, table.headers, mapping));
    setChosen(trimmed);
    setName('');
    setStatus(t('transfer.mapping.saved', { name: trimmed }));
  };
  const remove = async () => {
    await deleteMapping(store, chosen);
    setStatus(t('transfer.mapping.deleted', { name: chosen }));
    setChosen('');
  };

  return (
    <div className="transfer-map">
      <div className="transfer-row">
        {read.sheets.length > 1 && (
          <label>
            {t('transfer.import.sheet')}{' '}
            <select value={sheet} onChange={(e) => props.onSheet(Number(e.target.value))}>
              {read.sheets.map((s, i) => (
                <option key={s.name} value={i}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {read.format === 'csv' && (
          <label>
            {t('transfer.import.encoding')}{' '}
            <select
              value={read.encoding ?? 'utf-8'}
              onChange={(e) => props.onEncoding(e.target.value as TextEncodingName)}
            >
              {TEXT_ENCODINGS.map((enc) => (
                <option key={enc} value={enc}>
                  {enc}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('transfer.import.event')}{' '}
          <select
            value={props.eventId}
            onChange={(e) => props.onEvent(e.target.value as EventId | '')}
          >
            <option value="">{t('transfer.import.noEvent')}</option>
            {props.events.map((ev) => (
              <option key={ev.id} value={ev.id}>
                {ev.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!read.confident && (
        <p className="notice notice--warning">{t('transfer.import.encodingUnsure')}</p>
      )}

      <h3>{t('transfer.import.mappingTitle')}</h3>
      <div className="transfer-row">
        <label>
          {t('transfer.mapping.list')}{' '}
          <select
            value={chosen}
            onChange={(e) => apply(e.target.value)}
            disabled={!saved || saved.length === 0}
          >
            <option value="">
              {saved && saved.length > 0
                ? t('transfer.mapping.choose')
                : t('transfer.mapping.none')}
            </option>
            {(saved ?? []).map((m) => (
              <option key={m.name} value={m.name}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <Button disabled={chosen === ''} onClick={() => void remove()}>
          {t('transfer.mapping.delete')}
        </Button>
      </div>
      <div className="transfer-scroll">
        <table className="transfer-table">
          <thead>
            <tr>
              <th scope="col">{t('transfer.import.column')}</th>
              <th scope="col">{t('transfer.import.field')}</th>
              <th scope="col">{t('transfer.import.sample')}</th>
            </tr>
          </thead>
          <tbody>
            {table.headers.map((h, i) => (
              <tr key={`${h}-${i}`}>
                <th scope="row">{h || `#${i + 1}`}</th>
                <td>
                  <select
                    aria-label={t('transfer.import.field') + ': ' + h}
                    value={mapping[i] ?? ''}
                    onChange={(e) => {
                      const next = [...mapping];
                      next[i] = (e.target.value || null) as ImportField | null;
                      props.onMapping(next);
                    }}
                  >
                    <option value="">{t('transfer.import.ignore')}</option>
                    {IMPORT_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {t(`transfer.import.fields.${f}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="transfer-sample">
                  {table.rows
                    .slice(0, 3)
                    .map((r) => r[i] ?? '')
                    .filter(Boolean)
                    .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!hasName && (
        <p className="notice notice--warning" role="alert">
          {t('transfer.import.noNameColumn')}
        </p>
      )}
      <div className="transfer-row">
        <label>
          {t('transfer.import.mappingName')}{' '}
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <Button disabled={name.trim() === ''} onClick={() => void save()}>
          {t('transfer.import.saveMapping')}
        </Button>
        <Button
          onClick={() =>
            void getPlatform().saveFile(
              `${chosen || 'mapping'}.mapping.json`,
              JSON.stringify(toSavedMapping(chosen, table.headers, mapping), null, 2),
              [{ name: 'Mapping', extensions: ['json'] }],
            )
          }
        >
          {t('transfer.mapping.exportFile')}
        </Button>
      </div>
      <p className="transfer-muted" role="status">
        {status}
      </p>
    </div>
  );
}
