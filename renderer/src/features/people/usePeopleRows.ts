// The People table's sorted rows, loaded without long main-thread tasks: people and
// organisations come from live queries and the participation counts from a worker that counts
// again after every write (so an edit, an import or an undo elsewhere shows up), the rows are rebuilt in chunks off the render (buildRowsInChunks) and sorted in a task of
// their own, and until the first build completes a large workspace shows the top of the list
// from the family-name index (readPreview) with how many people have been read.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Organisation, Person } from '@shared/domain/model';
import {
  useOrganisations,
  useParticipationCounts,
  usePeople,
  usePeopleCount,
  useStore,
} from '../../data/hooks';
import type { ParticipationCounts } from '../../data/participationCounts';
import { workspaceLoaded } from '../../data/repo/backup';
import { yieldToMain } from '../../data/tasks';
import { buildRowsInChunks, sortRowsInChunks } from './peopleRowModel';
import { readPreview } from './peoplePreview';
import type { PersonRow, RowLabels, SortState } from './peopleTable';

export type PeopleRows = {
  people: Person[] | null;
  organisations: Organisation[] | null;
  /** Live participations per person id (the records themselves are not read for the table). */
  counts: ParticipationCounts | null;
  /** Every row in the view's sort; null until the first build completes. */
  sorted: PersonRow[] | null;
  /** Until then, on a large workspace sorted by name: the top of that list. */
  preview: PersonRow[] | null;
  /** Person records read so far, of how many (null until the count is known). */
  progress: { read: number; total: number | null };
};

type Built = {
  people: Person[];
  organisations: Organisation[];
  counts: ParticipationCounts;
  labels: RowLabels;
  rows: PersonRow[];
};

type Sorted = { rows: PersonRow[]; sort: SortState; locale: string };

/** `previewWanted`: whether the view could show a preview (no search, no filters). */
export function usePeopleRows(
  labels: RowLabels,
  sort: SortState,
  locale: string,
  previewWanted: boolean,
): PeopleRows {
  const { db } = useStore();
  // The first screen is read before anything else: the database answers requests in turn, and
  // the preview's few dozen would otherwise wait behind seconds of page reads (and the count,
  // a walk of every record). readPreview itself finds out whether the workspace is large.
  const [preview, setPreview] = useState<{ rows: PersonRow[]; sort: SortState } | null>(null);
  const [gateOpen, setGateOpen] = useState(false);
  const wantsPreview = previewWanted && sort.key === 'name';
  // Once open, the gate stays open: the full load never stops for a later preview.
  if (!wantsPreview && !gateOpen) setGateOpen(true);
  const fullLoad = gateOpen;
  const total = usePeopleCount(fullLoad);

  const [read, setRead] = useState(0);
  const firstLoadDone = useRef(false);
  // Progress matters only for the first load; later re-reads (after edits) stay quiet.
  const onPage = useCallback((n: number) => {
    if (!firstLoadDone.current) setRead(n);
  }, []);
  const people = usePeople(onPage, fullLoad);
  useEffect(() => {
    if (people !== null) firstLoadDone.current = true;
  }, [people]);
  const organisations = useOrganisations(fullLoad);
  const counts = useParticipationCounts(fullLoad);

  const built = useRef<Built | null>(null);
  const [sorted, setSorted] = useState<Sorted | null>(null);

  useEffect(() => {
    if (!people || !organisations || !counts) return;
    let cancelled = false;
    const isCancelled = () => cancelled;
    void (async () => {
      const last = built.current;
      let rows: PersonRow[];
      if (
        last?.people === people &&
        last.organisations === organisations &&
        last.counts === counts &&
        last.labels === labels
      ) {
        rows = last.rows;
      } else {
        const made = await buildRowsInChunks(people, organisations, counts, labels, {
          cancelled: isCancelled,
        });
        if (made === null) return;
        rows = made;
        built.current = { people, organisations, counts, labels, rows };
      }
      // Sorted in pieces too, apart from the last chunk and the render.
      const ordered = await sortRowsInChunks(rows, sort, locale, { cancelled: isCancelled });
      if (ordered === null) return;
      await yieldToMain();
      if (cancelled) return;
      setSorted({ rows: ordered, sort, locale });
      // Everyone is on screen: the start-up backup's reads no longer hold the table up.
      workspaceLoaded();
    })();
    return () => {
      cancelled = true;
    };
  }, [people, organisations, counts, labels, sort, locale]);

  const needPreview = wantsPreview && sorted === null;
  useEffect(() => {
    if (!needPreview) return;
    let cancelled = false;
    const settle = () => !cancelled && setGateOpen(true);
    readPreview(db, sort, labels, locale).then(
      (rows) => {
        if (!cancelled && rows !== null) setPreview({ rows, sort });
        settle();
      },
      // A preview that cannot be read is only a preview: the full load still comes.
      settle,
    );
    return () => {
      cancelled = true;
    };
  }, [db, needPreview, sort, labels, locale]);

  return {
    people,
    organisations,
    counts,
    sorted: sorted?.rows ?? null,
    preview: sorted === null && preview?.sort === sort ? preview.rows : null,
    progress: { read, total },
  };
}
