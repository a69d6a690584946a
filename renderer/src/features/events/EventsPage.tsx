// The Events screen: the process → event → session tree on the left, the event (its participants
// and details) or the new-event form on the right, for `#/events/<id>` and `#/events/new`.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventId, OrganisationId, Organisation, PlenaryEvent } from '@shared/domain/model';
import { eventLevel } from '@shared/domain/model';
import { useEvents, useOrganisations, useParticipations, usePeople } from '../../data/hooks';
import { emptyEventDraft } from '../../data/repo/events';
import { navigate } from '../../app/router';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/icons';
import { PageHeader, SplitView, Toolbar } from '../../ui/Layout';
import { EmptyState, Notice } from '../../ui/Notice';
import { EventForm } from './EventForm';
import { EventPanel } from './EventPanel';
import { EventTree } from './EventTree';
import {
  buildEventTree,
  countsByEvent,
  eventAncestors,
  levelCounts,
  visibleRows,
} from './eventTree';
import { isExpanded, useEventsView } from './eventsViewStore';
import './events.css';

export function EventsPage({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const events = useEvents();
  const participations = useParticipations();
  const people = usePeople();
  const organisations = useOrganisations();
  const { expanded, setExpanded, query, setQuery, newParentId, setNewParentId, setTab } =
    useEventsView();
  const loading =
    events === null || participations === null || people === null || organisations === null;

  const tree = useMemo(() => (events ? buildEventTree(events) : []), [events]);
  const openIds = useMemo(
    () => new Set((events ?? []).filter((e) => isExpanded(expanded, e)).map((e) => e.id)),
    [events, expanded],
  );
  const rows = useMemo(() => visibleRows(tree, openIds, query), [tree, openIds, query]);
  const counts = useMemo(() => countsByEvent(participations ?? []), [participations]);
  const eventsById = useMemo(() => new Map((events ?? []).map((e) => [e.id, e])), [events]);
  const peopleById = useMemo(() => new Map((people ?? []).map((p) => [p.id, p])), [people]);
  const organisationsById = useMemo(
    () => new Map<OrganisationId, Organisation>((organisations ?? []).map((o) => [o.id, o])),
    [organisations],
  );
  // The event just created, until the live query has it (so the panel never flickers).
  const [created, setCreated] = useState<PlenaryEvent | null>(null);
  const selected =
    id === null || id === 'new'
      ? undefined
      : (eventsById.get(id as EventId) ?? (created?.id === id ? created : undefined));

  // An event opened by link or reload shows where it sits: its ancestors open (once per
  // selection, so that the user can still close them afterwards).
  const revealed = useRef<EventId | null>(null);
  useEffect(() => {
    if (!events || !selected || revealed.current === selected.id) return;
    revealed.current = selected.id;
    const closed = eventAncestors(events, selected.id).filter((a) => !openIds.has(a));
    if (closed.length > 0) setExpanded(closed, true);
  }, [events, selected, openIds, setExpanded]);

  const startNew = (parent: PlenaryEvent | null) => {
    setNewParentId(parent?.id ?? null);
    navigate('events', 'new');
  };
  const counted = levelCounts(events ?? []);

  let detail = null;
  if (id !== null && !loading) {
    if (id === 'new') {
      const parent = newParentId === null ? null : (eventsById.get(newParentId) ?? null);
      const title =
        parent === null
          ? t('events.panel.newTopLevel')
          : t(
              eventLevel(parent.kind) === 0
                ? 'events.panel.newEventIn'
                : 'events.panel.newSessionIn',
              {
                name: parent.name,
              },
            );
      detail = (
        <div className="event-panel" key={`new:${parent?.id ?? ''}`}>
          <div className="panel__header">
            <h2 id="event-panel-title" title={title}>
              {title}
            </h2>
            <Button
              variant="ghost"
              icon="close"
              label={t('events.panel.close')}
              onClick={() => navigate('events', parent?.id)}
            />
          </div>
          <EventForm
            event={null}
            initial={emptyEventDraft(parent ?? undefined)}
            events={events}
            onCancel={() => navigate('events', parent?.id)}
            onCreated={(record) => {
              if (record.parentId !== null) setExpanded([record.parentId], true);
              setCreated(record);
              setTab('participants');
              navigate('events', record.id);
            }}
          />
        </div>
      );
    } else if (selected) {
      detail = (
        <EventPanel
          event={selected}
          events={events}
          participations={participations}
          people={people}
          peopleById={peopleById}
          organisationsById={organisationsById}
          eventsById={eventsById}
          onAddChild={startNew}
        />
      );
    } else {
      detail = (
        <div className="panel__body event-panel__missing">
          <Notice tone="warning">{t('events.panel.notFound')}</Notice>
          <Button onClick={() => navigate('events')}>{t('events.panel.backToList')}</Button>
        </div>
      );
    }
  }

  const parentIds = [
    ...new Set((events ?? []).flatMap((e) => (e.parentId === null ? [] : [e.parentId]))),
  ];
  const list = loading ? (
    <div className="empty-state" role="status">
      {t('common.loading')}
    </div>
  ) : events.length === 0 ? (
    <EmptyState title={t('events.empty.title')}>
      <p>{t('events.empty.body')}</p>
      <Button variant="primary" icon="plus" onClick={() => startNew(null)}>
        {t('events.create')}
      </Button>
    </EmptyState>
  ) : rows.length === 0 ? (
    <EmptyState title={t('events.noMatches.title')}>
      <p>{t('events.noMatches.body')}</p>
      <Button onClick={() => setQuery('')}>{t('events.noMatches.clear')}</Button>
    </EmptyState>
  ) : (
    <EventTree
      rows={rows}
      selectedId={selected?.id ?? null}
      counts={counts}
      onToggle={(eid, open) => setExpanded([eid], open)}
      onOpen={(eid) => navigate('events', eid)}
    />
  );

  return (
    <div className={id === null ? 'page events-page' : 'page events-page events-page--open'}>
      <PageHeader
        title={t('events.title')}
        subtitle={
          loading
            ? t('common.loading')
            : [
                t('events.subtitle.processes', { count: counted[0] }),
                t('events.subtitle.events', { count: counted[1] }),
                t('events.subtitle.sessions', { count: counted[2] }),
              ].join(' · ')
        }
        actions={
          <Button variant="primary" icon="plus" onClick={() => startNew(null)}>
            {t('events.create')}
          </Button>
        }
      />
      <Toolbar label={t('events.toolbar')}>
        <label className="events-search">
          <Icon name="search" />
          <input
            aria-label={t('events.search')}
            className="input"
            type="search"
            value={query}
            placeholder={t('events.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <Button
          variant="ghost"
          size="small"
          disabled={query !== ''}
          onClick={() => setExpanded(parentIds, true)}
        >
          {t('events.expandAll')}
        </Button>
        <Button
          variant="ghost"
          size="small"
          disabled={query !== ''}
          onClick={() => setExpanded(parentIds, false)}
        >
          {t('events.collapseAll')}
        </Button>
      </Toolbar>
      <SplitView list={list} detail={detail} detailLabel={t('events.panel.label')} />
    </div>
  );
}
