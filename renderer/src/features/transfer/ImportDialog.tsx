// The import wizard: pick a file → map columns → review a preview grid, problems and duplicates
// → one transaction (records and report) → report. Reading and checking the rows run in a worker
// with a progress bar and a Stop button; nothing is written before the user confirms. The file's
// rows and the checked rows stay in the worker: the window holds the mapping step's samples and
// what the review shows, a page at a time (reviewPages.ts).
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId } from '@shared/domain/model';
import { proposeMapping } from '@shared/import';
import type { ColumnMapping, TextEncodingName } from '@shared/import';
import {
  useEvents,
  useOrganisations,
  useParticipations,
  usePeople,
  useStore,
} from '../../data/hooks';
import type { ImportHistoryEntry } from '../../data/repo/importHistory';
import { requestBackup } from '../../data/repo/backup';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { LIST_PAGE, ReviewStep } from './ReviewStep';
import { MapStep } from './MapStep';
import { ImportHistoryList } from './ImportHistoryList';
import { createProgress, ProgressBar } from './ProgressBar';
import { PREVIEW_PAGE } from './PreviewGrid';
import type { DuplicateChoice } from './importModel';
import { createImportEngine } from './importEngine';
import type { FileView, ImportEngine } from './importEngine';
import type { Review, ReviewList, Shown } from './reviewPages';
import { importableCount, withPage } from './reviewPages';
import './transfer.css';

type Step = 'pick' | 'reading' | 'map' | 'checking' | 'review' | 'importing' | 'done';
const FILTERS = [{ name: 'Participant lists', extensions: ['csv', 'tsv', 'txt', 'xlsx'] }];
const PAGE: Shown = { preview: PREVIEW_PAGE, problems: LIST_PAGE, duplicates: LIST_PAGE };

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const [step, setStep] = useState<Step>('pick');
  // From the moment the import is confirmed the workspace's records are not read again: the
  // build has what it needs, and re-reading 50,000 people and their participations when the
  // import commits only competed with the People page's own reload (a second of main-thread
  // work).
  const reading = step !== 'importing' && step !== 'done';
  const people = usePeople(undefined, reading);
  const organisations = useOrganisations(reading);
  const events = useEvents();
  const participations = useParticipations(reading);
  const ref = useRef<HTMLDialogElement>(null);
  const engineRef = useRef<ImportEngine | null>(null);
  const engine = () => (engineRef.current ??= createImportEngine());
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [read, setRead] = useState<FileView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress] = useState(createProgress);
  const setProgress = progress.set;
  const [sheet, setSheet] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [eventId, setEventId] = useState<EventId | ''>('');
  const [edits, setEdits] = useState<Map<string, string>>(new Map());
  const [skip, setSkip] = useState<Set<number>>(new Set());
  const [choices, setChoices] = useState<Map<string, DuplicateChoice>>(new Map());
  const [review, setReview] = useState<Review | null>(null);
  // How many items of each list the review asked for (kept across a re-check after an edit).
  const [shown, setShown] = useState<Shown>(PAGE);
  const [rechecking, setRechecking] = useState(false);
  const [entry, setEntry] = useState<ImportHistoryEntry | null>(null);

  useEffect(() => {
    ref.current?.showModal();
    return () => engineRef.current?.cancel();
  }, []);

  // The sheet's headers and first rows; its rows are in the worker.
  const table = read?.sheets[sheet]?.table ?? null;
  const rowCount = read?.rowCounts[sheet] ?? 0;

  const start = (picked: { name: string; bytes: Uint8Array }, encoding?: TextEncodingName) => {
    setFile(picked);
    setError(null);
    setProgress(0);
    setStep('reading');
    void engine()
      .read(picked.bytes, encoding ? { encoding } : {}, setProgress)
      .then((outcome) => {
        if (outcome === null) return; // stopped, or another file was chosen
        if (!outcome.ok) {
          setError(t(`transfer.readError.${outcome.error.kind}`));
          return setStep('pick');
        }
        const firstWithRows = Math.max(
          0,
          outcome.value.rowCounts.findIndex((rows) => rows > 0),
        );
        setRead(outcome.value);
        setSheet(firstWithRows);
        setMapping(proposeMapping(outcome.value.sheets[firstWithRows]?.table.headers ?? []));
        setEdits(new Map());
        setSkip(new Set());
        setChoices(new Map());
        setReview(null);
        setStep('map');
      });
  };

  /** Checks every row in the worker: the first time with a progress step, later in place. */
  const check = (nextEdits: Map<string, string>, inPlace: boolean) => {
    if (!table || !people || !organisations) return;
    setError(null);
    const asked = inPlace ? shown : PAGE;
    if (inPlace) setRechecking(true);
    else {
      setProgress(0);
      setStep('checking');
      setShown(PAGE);
    }
    engine()
      .prepare(
        { sheet, mapping, edits: nextEdits, organisations, people, shown: asked },
        setProgress,
      )
      .then(
        (result) => {
          if (result === null) return; // stopped or superseded
          // Rendered as a transition: React builds the review (a few thousand elements) in
          // slices between which the window stays responsive, not in one long task.
          startTransition(() => {
            setReview(result);
            setRechecking(false);
            if (!inPlace) setStep('review');
          });
        },
        () => {
          setRechecking(false);
          setError(t('transfer.import.checkFailed'));
          setStep('map');
        },
      );
  };

  const stop = () => {
    engineRef.current?.cancel();
    setRechecking(false);
    setStep(step === 'checking' ? 'map' : 'pick');
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

  /** The next page of a review list, from the worker; dropped if a newer check came in. */
  const more = (list: ReviewList) => {
    if (!review) return;
    const from = review[list].length;
    setShown((s) => ({ ...s, [list]: from + PAGE[list] }));
    engine()
      .page(list, from, PAGE[list])
      .then(
        (items) => {
          if (items === null) return;
          setReview((r) => (r?.summary === review.summary ? withPage(r, list, from, items) : r));
        },
        () => setError(t('transfer.import.checkFailed')),
      );
  };

  // The review's handlers stay the same across renders (ReviewStep is memoised) and call the
  // latest closures.
  const latest = useRef({ edit: (_key: string, _value: string) => {}, more });
  useEffect(() => {
    latest.current = {
      edit: (key, value) => {
        const next = new Map(edits).set(key, value);
        setEdits(next);
        check(next, true);
      },
      more,
    };
  });
  const onEdit = useCallback((key: string, value: string) => latest.current.edit(key, value), []);
  const onMore = useCallback((list: ReviewList) => latest.current.more(list), []);
  const onSkip = useCallback((row: number, skipped: boolean) => {
    setSkip((current) => {
      const next = new Set(current);
      if (skipped) next.add(row);
      else next.delete(row);
      return next;
    });
  }, []);
  const onChoose = useCallback((key: string, choice: DuplicateChoice) => {
    setChoices((current) => new Map(current).set(key, choice));
  }, []);

  const hasName = mapping.some((f) => f === 'fullName' || f === 'givenName' || f === 'familyName');
  const importable = review ? importableCount(review.summary, skip) : 0;

  const confirm = async () => {
    if (!people || !organisations || !participations || !review || !file || !table) return;
    setStep('importing');
    setProgress(0);
    setError(null);
    try {
      await requestBackup('import');
      // Built and written in the worker, where the checked rows are (engineCore.ts), in turn
      // with the store's other writes; the change set comes back as one undo step.
      const committed = await store.writeElsewhere(async (stamp) => {
        const done = await engine().commit(
          {
            skip,
            choices,
            eventId: eventId === '' ? null : eventId,
            organisations,
            people,
            participations,
            database: store.db.name,
            stamp,
            report: {
              fileName: file.name,
              rows: rowCount,
              event: events?.find((ev) => ev.id === eventId)?.name ?? '',
            },
          },
          setProgress,
        );
        // null: superseded by another commit (never by closing the dialog: a commit asked for
        // runs to its end, so a write that lands always becomes an undo step).
        return done === null
          ? { result: null, changeSet: { label: '', changes: [] } }
          : { result: done, changeSet: done.changeSet };
      });
      if (committed === null) return;
      setEntry(committed.entry);
      setStep('done');
    } catch (e) {
      setError(
        t('transfer.import.failed', { message: e instanceof Error ? e.message : String(e) }),
      );
      setStep('review');
    }
  };

  const close = () => {
    engineRef.current?.cancel();
    ref.current?.close();
    onClose();
  };
  const stepNumber = step === 'pick' || step === 'reading' ? 1 : step === 'map' ? 2 : 3;
  const busy = step === 'reading' || step === 'checking' || step === 'importing';

  return (
    <dialog
      ref={ref}
      className="dialog transfer-dialog"
      aria-labelledby="import-title"
      onCancel={(e) => {
        e.preventDefault();
        if (step === 'reading' || step === 'checking') stop();
        else if (step !== 'importing') close();
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
          <>
            <div className="transfer-drop" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
              <p>{t('transfer.import.pickHint')}</p>
              <Button variant="primary" onClick={() => void pick()}>
                {t('transfer.import.choose')}
              </Button>
              <p className="transfer-muted">{t('transfer.import.drop')}</p>
            </div>
            <h3>{t('transfer.history.title')}</h3>
            <ImportHistoryList limit={10} />
          </>
        )}

        {step === 'reading' && (
          <ProgressBar
            label={t('transfer.import.reading', { name: file?.name ?? '' })}
            progress={progress}
          />
        )}

        {step === 'map' && read && (
          <MapStep
            read={read}
            sheet={sheet}
            onSheet={(i) => {
              setSheet(i);
              setEdits(new Map());
              setSkip(new Set());
              setMapping(proposeMapping(read.sheets[i]?.table.headers ?? []));
            }}
            onEncoding={(encoding) => file && start(file, encoding)}
            events={events ?? []}
            eventId={eventId}
            onEvent={setEventId}
            mapping={mapping}
            onMapping={setMapping}
          />
        )}

        {step === 'checking' && (
          <ProgressBar
            label={t('transfer.import.checking', {
              count: rowCount.toLocaleString(),
            })}
            progress={progress}
          />
        )}

        {(step === 'review' || step === 'importing') && table && review && (
          <>
            {step === 'importing' && (
              <ProgressBar label={t('transfer.import.importing')} progress={progress} />
            )}
            <ReviewStep
              review={review}
              headers={table.headers}
              mapping={mapping}
              edits={edits}
              rechecking={rechecking}
              onEdit={onEdit}
              skip={skip}
              onSkip={onSkip}
              choices={choices}
              onChoose={onChoose}
              onMore={onMore}
            />
          </>
        )}

        {step === 'done' && entry && (
          <div>
            <p className="transfer-report" role="status">
              {t('transfer.import.report', entry.counts)}
            </p>
            <p className="transfer-muted">{t('transfer.import.undoHint')}</p>
            <h3>{t('transfer.history.title')}</h3>
            <ImportHistoryList limit={10} />
          </div>
        )}
      </div>
      <div className="dialog__actions">
        {(step === 'reading' || step === 'checking') && (
          <Button onClick={stop}>{t('transfer.import.cancelReading')}</Button>
        )}
        {step === 'done' ? (
          <Button variant="primary" onClick={close}>
            {t('transfer.import.close')}
          </Button>
        ) : (
          <Button onClick={close} disabled={busy}>
            {t('common.actions.cancel')}
          </Button>
        )}
        {step === 'map' && (
          <Button onClick={() => setStep('pick')}>{t('transfer.import.back')}</Button>
        )}
        {step === 'map' && (
          <Button variant="primary" disabled={!hasName} onClick={() => check(edits, false)}>
            {t('transfer.import.next')}
          </Button>
        )}
        {step === 'review' && (
          <Button onClick={() => setStep('map')}>{t('transfer.import.back')}</Button>
        )}
        {(step === 'review' || step === 'importing') && (
          <Button
            variant="primary"
            disabled={step === 'importing' || rechecking || importable === 0}
            onClick={() => void confirm()}
          >
            {step === 'importing'
              ? t('transfer.import.importing')
              : t('transfer.import.confirm', { count: importable })}
          </Button>
        )}
      </div>
    </dialog>
  );
}
