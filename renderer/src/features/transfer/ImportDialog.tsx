// The import wizard: pick a file → map columns → review changes, problems and duplicates →
// one transaction → report. Nothing is written before the user confirms.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '@shared/domain/model';
import {
  IMPORT_FIELDS,
  buildImport,
  findDuplicates,
  prepareRows,
  proposeMapping,
  toSavedMapping,
  TEXT_ENCODINGS,
} from '@shared/import';
import type {
  ColumnMapping,
  ImportField,
  ImportReport,
  ReadResult,
  TextEncodingName,
} from '@shared/import';
import {
  useEvents,
  useOrganisations,
  useParticipations,
  usePeople,
  useStore,
} from '../../data/hooks';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { ReviewStep } from './ReviewStep';
import type { DuplicateChoice } from './importModel';
import { mergesFrom, withEdits } from './importModel';
import { applyImport } from './applyImport';
import { requestBackup } from '../../data/repo/backup';
import { parseFile } from './parseFile';
import type { ParseJob } from './parseFile';
import './transfer.css';

type Step = 'pick' | 'reading' | 'map' | 'review' | 'importing' | 'done';
const FILTERS = [{ name: 'Participant lists', extensions: ['csv', 'tsv', 'txt', 'xlsx'] }];

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const people = usePeople();
  const organisations = useOrganisations();
  const events = useEvents();
  const participations = useParticipations();
  const ref = useRef<HTMLDialogElement>(null);
  const job = useRef<ParseJob | null>(null);
  const [step, setStep] = useState<Step>('pick');
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [read, setRead] = useState<ReadResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sheet, setSheet] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [eventId, setEventId] = useState<EventId | ''>('');
  const [edits, setEdits] = useState<Map<string, string>>(new Map());
  const [skip, setSkip] = useState<Set<number>>(new Set());
  const [choices, setChoices] = useState<Map<string, DuplicateChoice>>(new Map());
  const [report, setReport] = useState<ImportReport | null>(null);
  const [mappingName, setMappingName] = useState('');

  useEffect(() => {
    ref.current?.showModal();
    return () => job.current?.cancel();
  }, []);

  const table = read?.sheets[sheet]?.table ?? null;
  const rows = useMemo(
    () =>
      table && organisations
        ? prepareRows(withEdits(table, edits), mapping, { organisations })
        : [],
    [table, edits, mapping, organisations],
  );
  const duplicates = useMemo(
    () => (step === 'review' && people ? findDuplicates(rows, people) : []),
    [rows, people, step],
  );

  const start = (picked: { name: string; bytes: Uint8Array }, encoding?: TextEncodingName) => {
    setFile(picked);
    setError(null);
    setStep('reading');
    const current = parseFile(picked.bytes, encoding ? { encoding } : {});
    job.current = current;
    void current.result.then((outcome) => {
      if (job.current !== current) return;
      job.current = null;
      if (outcome === null) return setStep('pick');
      if (!outcome.ok) {
        setError(t(`transfer.readError.${outcome.error.kind}`));
        return setStep('pick');
      }
      const firstWithRows = Math.max(
        0,
        outcome.value.sheets.findIndex((s) => s.table.rows.length > 0),
      );
      setRead(outcome.value);
      setSheet(firstWithRows);
      setMapping(proposeMapping(outcome.value.sheets[firstWithRows]?.table.headers ?? []));
      setEdits(new Map());
      setSkip(new Set());
      setChoices(new Map());
      setStep('map');
    });
  };

  const pick = async () => {
    const picked = await getPlatform().openFile(FILTERS);
    if (picked) start(picked);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const dropped = e.dataTransfer.files[0];
    if (dropped)
      void dropped
        .arrayBuffer()
        .then((b) => start({ name: dropped.name, bytes: new Uint8Array(b) }));
  };

  const hasName = mapping.some((f) => f === 'fullName' || f === 'givenName' || f === 'familyName');
  const importable = rows.filter(
    (r) => !skip.has(r.row) && !r.problems.some((p) => p.severity === 'error'),
  );

  const confirm = async () => {
    if (!people || !participations) return;
    setStep('importing');
    setError(null);
    const { ops, report: result } = buildImport(
      rows,
      { skip, merges: mergesFrom(duplicates, choices), eventId: eventId === '' ? null : eventId },
      { people, participations },
    );
    try {
      await requestBackup('import');
      await applyImport(store, ops);
      setReport(result);
      setStep('done');
    } catch (e) {
      setError(
        t('transfer.import.failed', { message: e instanceof Error ? e.message : String(e) }),
      );
      setStep('review');
    }
  };

  const close = () => {
    job.current?.cancel();
    ref.current?.close();
    onClose();
  };
  const stepNumber = step === 'pick' || step === 'reading' ? 1 : step === 'map' ? 2 : 3;

  return (
    <dialog
      ref={ref}
      className="dialog transfer-dialog"
      aria-labelledby="import-title"
      onCancel={(e) => {
        e.preventDefault();
        if (step !== 'importing') close();
      }}
    >
      <div className="dialog__body">
        <h2 id="import-title">
          {step === 'done' ? t('transfer.import.doneTitle') : t('transfer.import.title')}
        </h2>
        {step !== 'done' && (
          <p className="transfer-step">{t('transfer.import.steps', { step: stepNumber })}</p>
        )}
        {error && (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        )}

        {step === 'pick' && (
          <div className="transfer-drop" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
            <p>{t('transfer.import.pickHint')}</p>
            <Button variant="primary" onClick={() => void pick()}>
              {t('transfer.import.choose')}
            </Button>
            <p className="transfer-muted">{t('transfer.import.drop')}</p>
          </div>
        )}

        {step === 'reading' && (
          <div className="transfer-reading" role="status">
            <p>{t('transfer.import.reading', { name: file?.name ?? '' })}</p>
            <progress aria-label={t('transfer.import.reading', { name: file?.name ?? '' })} />
          </div>
        )}

        {step === 'map' && read && table && (
          <div className="transfer-map">
            <div className="transfer-row">
              {read.sheets.length > 1 && (
                <label>
                  {t('transfer.import.sheet')}{' '}
                  <select
                    value={sheet}
                    onChange={(e) => {
                      const i = Number(e.target.value);
                      setSheet(i);
                      setMapping(proposeMapping(read.sheets[i]?.table.headers ?? []));
                    }}
                  >
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
                    onChange={(e) => file && start(file, e.target.value as TextEncodingName)}
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
                  value={eventId}
                  onChange={(e) => setEventId(e.target.value as EventId | '')}
                >
                  <option value="">{t('transfer.import.noEvent')}</option>
                  {(events ?? []).map((ev) => (
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
                            setMapping(next);
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
                <input value={mappingName} onChange={(e) => setMappingName(e.target.value)} />
              </label>
              <Button
                disabled={mappingName.trim() === ''}
                onClick={() =>
                  void getPlatform().saveFile(
                    `${mappingName.trim()}.mapping.json`,
                    JSON.stringify(
                      toSavedMapping(mappingName.trim(), table.headers, mapping),
                      null,
                      2,
                    ),
                    [{ name: 'Mapping', extensions: ['json'] }],
                  )
                }
              >
                {t('transfer.import.saveMapping')}
              </Button>
            </div>
          </div>
        )}

        {(step === 'review' || step === 'importing') && (
          <ReviewStep
            rows={rows}
            headers={table?.headers ?? []}
            mapping={mapping}
            edits={edits}
            onEdit={(key, value) => setEdits(new Map(edits).set(key, value))}
            skip={skip}
            onSkip={(row, skipped) => {
              const next = new Set(skip);
              if (skipped) next.add(row);
              else next.delete(row);
              setSkip(next);
            }}
            duplicates={duplicates}
            people={people ?? []}
            choices={choices}
            onChoose={(key, choice) => setChoices(new Map(choices).set(key, choice))}
          />
        )}

        {step === 'done' && report && (
          <div role="status">
            <p className="transfer-report">{t('transfer.import.report', report)}</p>
            <p className="transfer-muted">{t('transfer.import.undoHint')}</p>
          </div>
        )}
      </div>
      <div className="dialog__actions">
        {step === 'reading' && (
          <Button onClick={() => job.current?.cancel()}>
            {t('transfer.import.cancelReading')}
          </Button>
        )}
        {step === 'done' ? (
          <Button variant="primary" onClick={close}>
            {t('transfer.import.close')}
          </Button>
        ) : (
          <Button onClick={close} disabled={step === 'importing'}>
            {t('common.actions.cancel')}
          </Button>
        )}
        {step === 'map' && (
          <Button onClick={() => setStep('pick')}>{t('transfer.import.back')}</Button>
        )}
        {step === 'map' && (
          <Button variant="primary" disabled={!hasName} onClick={() => setStep('review')}>
            {t('transfer.import.next')}
          </Button>
        )}
        {step === 'review' && (
          <Button onClick={() => setStep('map')}>{t('transfer.import.back')}</Button>
        )}
        {(step === 'review' || step === 'importing') && (
          <Button
            variant="primary"
            disabled={step === 'importing' || importable.length === 0}
            onClick={() => void confirm()}
          >
            {step === 'importing'
              ? t('transfer.import.importing')
              : t('transfer.import.confirm', { count: importable.length })}
          </Button>
        )}
      </div>
    </dialog>
  );
}
