// The People screen: a searchable, filterable, sortable table of everyone in the workspace, with
// the selected person (or a new one) in an edit panel on the right.
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, PersonId } from '@shared/domain/model';
import { countryName } from '@shared/reference/countries';
import { navigate } from '../../app/router';
import {
  useEvents,
  useParticipations,
  useParticipationsOfPerson,
  useRelationships,
} from '../../data/hooks';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageHeader, SplitView } from '../../ui/Layout';
import { Icon } from '../../ui/icons';
import { EmptyState } from '../../ui/Notice';
import { PeopleToolbar } from './PeopleToolbar';
import { PeopleTable } from './PeopleTable';
import {
  countActiveFilters,
  m49RegionOf,
  needsParticipations,
  peopleFilterPredicate,
} from './peopleFilters';
import type { PeopleFilterContext } from './peopleFilters';
import { matchesSearch, nextSort, searchTokens } from './peopleTable';
import { usePeopleRows } from './usePeopleRows';
import type { RowLabels } from './peopleTable';
import { usePeopleView } from './peopleViewStore';
import { PersonEditor } from './PersonEditor';
import { TransferActions } from '../transfer/TransferActions';
import type { Suggestions } from './PersonForm';
import './people.css';

const NO_PENDING = Symbol('no pending navigation');
const NO_SUGGESTIONS: Suggestions = { expertise: [], languages: [], tags: [] };

/** `label` with its answers kept per key (labels of enums and countries: few distinct keys). */
function memoised<K extends string>(label: (key: K) => string): (key: K) => string {
  const seen = new Map<K, string>();
  return (key) => {
    let text = seen.get(key);
    if (text === undefined) {
      text = label(key);
      seen.set(key, text);
    }
    return text;
  };
}

export function PeoplePage({ id }: { id: string | null }) {
  const { t, i18n } = useTranslation();
  const events = useEvents();
  // Only the person panel shows relationships: the table does not wait for them.
  const relationships = useRelationships(id !== null);
  const view = usePeopleView();
  const query = useDeferredValue(view.query);

  // A handful of distinct labels serve 50,000 rows: translate each once, not once per row.
  const labels = useMemo<RowLabels>(
    () => ({
      gender: memoised((g) => t(`enums.gender.${g}`)),
      stakeholderGroup: memoised((s) => t(`enums.stakeholderGroup.${s}`)),
      country: memoised(countryName),
    }),
    [t],
  );
  // Rows are built in chunks and sorted off the render; a large workspace shows the top of the
  // name-sorted list while the rest loads (usePeopleRows).
  const previewWanted = view.query === '' && countActiveFilters(view.filters) === 0;
  const { people, organisations, counts, sorted, preview, progress } = usePeopleRows(
    labels,
    view.sort,
    i18n.language,
    previewWanted,
  );
  // The table shows counts only (usePeopleRows): every participation record is read only for a
  // filter by event, role or status, and the panel reads its person's own.
  const participations = useParticipations(needsParticipations(view.filters));
  const personParticipations = useParticipationsOfPerson(
    id === null || id === 'new' ? null : (id as PersonId),
  );
  const filterContext = useMemo<PeopleFilterContext>(
    () => ({
      participations: participations ?? [],
      organisations: organisations ?? [],
      events: events ?? [],
      regionOf: m49RegionOf,
    }),
    [participations, organisations, events],
  );
  // The predicate indexes participations once per filter change, not once per keystroke.
  const keep = useMemo(
    () => peopleFilterPredicate(view.filters, filterContext),
    [view.filters, filterContext],
  );
  const filtersReady = participations !== null || !needsParticipations(view.filters);
  const visible = useMemo(() => {
    if (!sorted || !filtersReady) return null;
    const tokens = searchTokens(query);
    return sorted.filter((row) => keep(row.person) && matchesSearch(row, tokens));
  }, [sorted, filtersReady, keep, query]);

  // Only the person panel needs these; opening the table on a large workspace skips them.
  const panelOpen = id !== null;
  const suggestions = useMemo(
    () => (panelOpen ? collectSuggestions(people ?? [], i18n.language) : NO_SUGGESTIONS),
    [panelOpen, people, i18n.language],
  );
  const personById = useMemo(
    () => new Map(panelOpen ? (people ?? []).map((p) => [p.id as string, p]) : []),
    [panelOpen, people],
  );

  // Leaving a form with unsaved changes asks first.
  const dirty = useRef(false);
  const [pending, setPending] = useState<string | null | typeof NO_PENDING>(NO_PENDING);
  const onDirtyChange = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);
  const go = useCallback(
    (target: string | null) => {
      if (target === id) return;
      if (dirty.current) setPending(target);
      else {
        navigate('people', target);
        if (target === null) focusTable();
      }
    },
    [id],
  );

  const loaded = visible !== null && organisations && events && counts;
  const filtered = visible !== null && sorted !== null && visible.length !== sorted.length;

  let list;
  const number = (n: number) => n.toLocaleString(i18n.language);
  const loadingText =
    progress.total === null || progress.total === 0
      ? t('common.loading')
      : progress.read < progress.total
        ? t('people.loading.progress', {
            read: number(progress.read),
            total: number(progress.total),
          })
        : t('people.loading.preparing');
  if (!loaded && preview !== null && preview.length > 0) {
    // The top of the list, exactly as it will be once everyone is read; sorting, search and
    // filters wait for the whole list.
    list = (
      <div className="people-partial">
        <div className="people-partial__status" role="status">
          <span className="people-partial__spinner" aria-hidden="true" />
          <span>{loadingText}</span>
          <span className="muted">{t('people.loading.partial')}</span>
        </div>
        <PeopleTable
          rows={preview}
          selectedId={id}
          sort={view.sort}
          sortable={false}
          onSort={() => undefined}
          onOpen={(target) => go(target)}
        />
      </div>
    );
  } else if (!loaded) {
    list = (
      <p className="people-loading" role="status">
        {loadingText}
      </p>
    );
  } else if (sorted?.length === 0) {
    list = (
      <div className="empty-state people-empty">
        <span className="people-empty__icon" aria-hidden="true">
          <Icon name="people" size={28} />
        </span>
        <h2>{t('people.empty.title')}</h2>
        <p>{t('people.empty.body')}</p>
        <Button variant="primary" icon="plus" onClick={() => go('new')}>
          {t('people.empty.action')}
        </Button>
      </div>
    );
  } else if (visible.length === 0) {
    list = (
      <EmptyState title={t('people.noMatches.title')}>
        <p>{t('people.noMatches.body')}</p>
        <div className="people-empty-actions">
          {view.query !== '' && (
            <Button onClick={() => view.setQuery('')}>{t('people.noMatches.clearSearch')}</Button>
          )}
          <Button variant="primary" onClick={view.clearFilters}>
            {t('common.actions.clearFilters')}
          </Button>
        </div>
      </EmptyState>
    );
  } else {
    list = (
      <PeopleTable
        rows={visible}
        selectedId={id}
        sort={view.sort}
        onSort={(key) => view.setSort(nextSort(view.sort, key))}
        onOpen={(target) => go(target)}
      />
    );
  }

  let detail = null;
  const panelReady = loaded && relationships && personParticipations;
  if (id !== null && !panelReady) {
    // Opened from the first rows while the rest loads (or a link): the panel says it is coming.
    detail = (
      <PanelMessage title={t('people.panel.label')} onClose={() => go(null)}>
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      </PanelMessage>
    );
  } else if (id !== null && panelReady) {
    const person = id === 'new' ? null : personById.get(id);
    detail =
      person === undefined ? (
        <PanelMessage title={t('people.panel.notFoundTitle')} onClose={() => go(null)}>
          <p className="muted">{t('people.panel.notFound')}</p>
        </PanelMessage>
      ) : (
        <PersonEditor
          key={id}
          person={person}
          people={people ?? []}
          organisations={organisations}
          events={events}
          participations={personParticipations}
          relationships={relationships}
          suggestions={suggestions}
          onClose={() => go(null)}
          onCreated={(created) => navigate('people', created.id)}
          onDeleted={() => {
            navigate('people');
            focusTable();
          }}
          onDirtyChange={onDirtyChange}
        />
      );
  }

  return (
    <div
      className="page people-page"
      data-loaded={loaded ? 'true' : 'false'}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || id === null || e.defaultPrevented) return;
        const target = e.target as Element;
        if (target.closest('dialog') || target.closest('.people-toolbar')) return;
        e.preventDefault();
        go(null);
      }}
    >
      <PageHeader
        title={t('people.title')}
        subtitle={t('people.subtitle')}
        actions={
          <>
            <TransferActions
              filteredIds={filtered ? new Set(visible.map((r) => r.person.id as string)) : null}
            />
            <Button variant="primary" icon="plus" onClick={() => go('new')}>
              {t('people.newPerson')}
            </Button>
          </>
        }
      />
      {sorted !== null && sorted.length > 0 && (
        <PeopleToolbar
          shown={visible?.length ?? 0}
          total={sorted.length}
          filtered={filtered}
          organisations={organisations ?? []}
          events={events ?? []}
        />
      )}
      <SplitView list={list} detail={detail} detailLabel={t('people.panel.label')} />
      <ConfirmDialog
        open={pending !== NO_PENDING}
        title={t('people.discard.title')}
        confirmLabel={t('common.actions.discard')}
        onConfirm={() => {
          const target = pending === NO_PENDING ? null : pending;
          dirty.current = false;
          setPending(NO_PENDING);
          navigate('people', target);
        }}
        onCancel={() => setPending(NO_PENDING)}
      >
        <p>{t('people.discard.body')}</p>
      </ConfirmDialog>
    </div>
  );
}

/** After the panel closes, the table's current row takes the focus back. */
function focusTable() {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('.people-row[tabindex="0"]')?.focus();
  });
}

function collectSuggestions(people: readonly Person[], locale: string): Suggestions {
  const gather = (pick: (p: Person) => readonly string[]) => {
    const seen = new Map<string, string>();
    for (const p of people)
      for (const v of pick(p))
        if (!seen.has(v.toLocaleLowerCase())) seen.set(v.toLocaleLowerCase(), v);
    return [...seen.values()].sort((a, b) => a.localeCompare(b, locale));
  };
  return {
    expertise: gather((p) => p.expertise),
    languages: gather((p) => p.languages),
    tags: gather((p) => p.tags),
  };
}

/** The person panel's frame around a message instead of a form (loading, not found). */
function PanelMessage({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="person-panel">
      <div className="panel__header">
        <h2 id="person-panel-title">{title}</h2>
        <Button variant="ghost" icon="close" label={t('people.panel.close')} onClick={onClose} />
      </div>
      <div className="panel__body">{children}</div>
    </div>
  );
}
