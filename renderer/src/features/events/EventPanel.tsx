// The event panel: where the event sits, what it is, its participants and its details, adding a
// session (or event) below it, and deleting it with everything below (undoably).
import { useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Organisation,
  OrganisationId,
  Participation,
  Person,
  PlenaryEvent,
} from '@shared/domain/model';
import { eventLevel } from '@shared/domain/model';
import { useStore } from '../../data/hooks';
import { deleteEvent } from '../../data/repo/events';
import { navigate, routeHref } from '../../app/router';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { toFormErrors } from '../../ui/errors';
import { EventForm, draftOf } from './EventForm';
import { ParticipantsSection } from './ParticipantsSection';
import { eventAncestors, eventDeleteImpact } from './eventTree';
import type { EventTab } from './eventsViewStore';
import { useEventsView } from './eventsViewStore';
import { formatDateRange, formatPlace } from './format';
import { useUndoToast } from '../../ui/useUndoToast';

export type EventPanelProps = {
  event: PlenaryEvent;
  events: readonly PlenaryEvent[];
  participations: readonly Participation[];
  people: readonly Person[];
  peopleById: ReadonlyMap<string, Person>;
  organisationsById: ReadonlyMap<OrganisationId, Organisation>;
  eventsById: ReadonlyMap<string, PlenaryEvent>;
  onAddChild: (parent: PlenaryEvent) => void;
};

const TABS: readonly EventTab[] = ['participants', 'details'];

export function EventPanel(props: EventPanelProps) {
  const { event, events, participations, eventsById, onAddChild } = props;
  const { t, i18n } = useTranslation();
  const store = useStore();
  const undoToast = useUndoToast();
  const { tab, setTab } = useEventsView();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const level = eventLevel(event.kind);
  const ancestors = useMemo(
    () =>
      eventAncestors(events, event.id)
        .reverse()
        .map((id) => eventsById.get(id))
        .filter((e): e is PlenaryEvent => e !== undefined),
    [events, event.id, eventsById],
  );
  const impact = useMemo(
    () => (confirming ? eventDeleteImpact(events, participations, event.id) : null),
    [confirming, events, participations, event.id],
  );
  const ownCount = useMemo(
    () => participations.filter((p) => p.eventId === event.id).length,
    [participations, event.id],
  );
  const meta = [
    formatDateRange(event.startDate, event.endDate, i18n.language),
    formatPlace(event.city, event.country),
    t(`enums.eventMode.${event.mode}`),
  ].filter(Boolean);

  const remove = async () => {
    setBusy(true);
    try {
      await deleteEvent(store, event.id);
      setConfirming(false);
      navigate('events', event.parentId);
      undoToast(t('events.toast.deleted', { name: event.name }));
    } catch (err) {
      const f = toFormErrors(err);
      setConfirming(false);
      setError(t(f.form ?? 'errors.saveFailed', { details: f.detail ?? '' }));
      setBusy(false);
    }
  };

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(i + TABS.length - 1) % TABS.length]
          : undefined;
    if (next) {
      e.preventDefault();
      setTab(next);
      document.getElementById(`event-tab-${next}`)?.focus();
    }
  };

  const impactText = (() => {
    if (!impact) return '';
    const parts = [
      impact.events > 0 ? t('events.delete.events', { count: impact.events }) : '',
      impact.sessions > 0 ? t('events.delete.sessions', { count: impact.sessions }) : '',
      impact.participations > 0
        ? t('events.delete.participations', { count: impact.participations })
        : '',
    ].filter(Boolean);
    if (parts.length === 0) return t('events.delete.nothingBelow');
    const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(parts);
    return t('events.delete.removes', { list });
  })();

  return (
    <div className="event-panel">
      <div className="panel__header event-panel__header">
        <div className="event-panel__titles">
          <nav className="event-panel__crumbs" aria-label={t('events.panel.breadcrumbs')}>
            <span className={`kind-tag kind-tag--level-${level}`}>
              {t(`enums.eventKind.${event.kind}`)}
            </span>
            {ancestors.map((a) => (
              <span key={a.id} className="event-panel__crumb">
                <a href={routeHref('events', a.id)} title={a.name}>
                  {a.name}
                </a>
              </span>
            ))}
          </nav>
          <h2 id="event-panel-title" title={event.name}>
            {event.name}
          </h2>
          {meta.length > 0 && <p className="event-panel__meta">{meta.join(' · ')}</p>}
        </div>
        <div className="event-panel__actions">
          {level < 2 && (
            <Button size="small" icon="plus" onClick={() => onAddChild(event)}>
              {t(level === 0 ? 'events.panel.addEvent' : 'events.panel.addSession')}
            </Button>
          )}
          <Button
            size="small"
            variant="ghost"
            icon="trash"
            label={t('events.panel.delete', { name: event.name })}
            onClick={() => setConfirming(true)}
          />
          <Button
            variant="ghost"
            icon="close"
            label={t('events.panel.close')}
            onClick={() => navigate('events')}
          />
        </div>
      </div>
      {error && (
        <div className="event-panel__error">
          <Notice tone="error">{error}</Notice>
        </div>
      )}
      <div className="event-tabs" role="tablist" aria-label={t('events.panel.tabs')}>
        {TABS.map((key) => (
          <button
            key={key}
            id={`event-tab-${key}`}
            type="button"
            role="tab"
            className="event-tabs__tab"
            aria-selected={tab === key}
            aria-controls={`event-tabpanel-${key}`}
            tabIndex={tab === key ? 0 : -1}
            onClick={() => setTab(key)}
            onKeyDown={onTabKey}
          >
            {t(`events.panel.tab.${key}`)}
            {key === 'participants' && <span className="event-tabs__count">{ownCount}</span>}
          </button>
        ))}
      </div>
      <div
        id={`event-tabpanel-${tab}`}
        role="tabpanel"
        aria-labelledby={`event-tab-${tab}`}
        className="event-panel__tabpanel"
      >
        {tab === 'participants' ? (
          <ParticipantsSection key={event.id} {...props} />
        ) : (
          <EventForm
            key={event.id}
            event={event}
            initial={draftOf(event)}
            events={events}
            onCancel={() => setTab('participants')}
            onCreated={() => undefined}
          />
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('events.delete.title', { name: event.name })}
        confirmLabel={t(`events.delete.confirm${level}`)}
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void remove()}
      >
        <p>{impactText}</p>
        <p className="muted">{t('events.delete.undoHint')}</p>
      </ConfirmDialog>
    </div>
  );
}
