// An event's participants: the funnel summary, filters, the table with role and status editable
// in place (each change one undoable step), removal with Undo, and "Add people".
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  EventId,
  Organisation,
  OrganisationId,
  Participation,
  ParticipationRole,
  ParticipationStatus,
  Person,
  PlenaryEvent,
} from '@shared/domain/model';
import { PARTICIPATION_ROLES, PARTICIPATION_STATUSES, eventLevel } from '@shared/domain/model';
import { useStore } from '../../data/hooks';
import { removeParticipation, updateParticipation } from '../../data/repo/participations';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/icons';
import { EmptyState } from '../../ui/Notice';
import { enumOptions } from '../../ui/options';
import { toFormErrors } from '../../ui/errors';
import { useToasts } from '../../ui/toasts';
import { AddPeople } from './AddPeople';
import { Composition } from './Composition';
import { Funnel } from './Funnel';
import { ParticipantsTable } from './ParticipantsTable';
import type { ParticipationPatch } from './ParticipantsTable';
import { eventDescendants } from './eventTree';
import { useEventsView } from './eventsViewStore';
import type { ParticipantFilter, ParticipantRow } from './participants';
import {
  NO_PARTICIPANT_FILTER,
  filterParticipantRows,
  funnelCounts,
  participantRows,
  participationsInScope,
} from './participants';
import { useUndoToast } from '../../ui/useUndoToast';
import './participants.css';

export type ParticipantsSectionProps = {
  event: PlenaryEvent;
  events: readonly PlenaryEvent[];
  participations: readonly Participation[];
  people: readonly Person[];
  peopleById: ReadonlyMap<string, Person>;
  organisationsById: ReadonlyMap<OrganisationId, Organisation>;
  eventsById: ReadonlyMap<string, PlenaryEvent>;
};

export function ParticipantsSection(props: ParticipantsSectionProps) {
  const { event, events, participations, people, peopleById, organisationsById, eventsById } =
    props;
  const { t } = useTranslation();
  const store = useStore();
  const toasts = useToasts();
  const undoToast = useUndoToast();
  const { includeSessions, setIncludeSessions } = useEventsView();
  const [filter, setFilter] = useState<ParticipantFilter>(NO_PARTICIPANT_FILTER);
  const [adding, setAdding] = useState(false);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const addButton = useRef<HTMLButtonElement>(null);

  const below = useMemo(() => eventDescendants(events, event.id), [events, event.id]);
  const include = includeSessions && below.length > 0;
  const own = useMemo(
    () => participations.filter((p) => p.eventId === event.id),
    [participations, event.id],
  );
  const rows = useMemo(() => {
    const scope = include
      ? participationsInScope(participations, event.id, new Set<EventId>(below.map((e) => e.id)))
      : own;
    return participantRows(scope, peopleById, organisationsById, eventsById);
  }, [include, participations, own, event.id, below, peopleById, organisationsById, eventsById]);
  const funnel = useMemo(
    () =>
      funnelCounts(
        filterParticipantRows(rows, { ...filter, status: null }).map((r) => r.participation),
      ),
    [rows, filter],
  );
  const shown = useMemo(() => filterParticipantRows(rows, filter), [rows, filter]);
  const filtered = filter.role !== null || filter.status !== null || filter.query !== '';
  const childLabel = t(
    eventLevel(event.kind) === 0
      ? 'events.participants.includeEvents'
      : 'events.participants.includeSessions',
  );

  const change = async (row: ParticipantRow, patch: ParticipationPatch) => {
    try {
      await updateParticipation(store, row.participation.id, patch);
    } catch (error) {
      const f = toFormErrors(error);
      toasts.show(t(f.form ?? 'errors.saveFailed', { details: f.detail ?? '' }));
    }
  };

  const remove = async (row: ParticipantRow) => {
    const index = shown.indexOf(row);
    const neighbour = shown[index + 1] ?? shown[index - 1];
    try {
      await removeParticipation(store, row.participation.id);
      undoToast(
        t('events.participants.removed', {
          name: row.name || t('events.participants.unknownPerson'),
          event: row.event?.name ?? event.name,
        }),
      );
      // Keep the keyboard where it was: on the next row's remove button, else on "Add people".
      const next = neighbour ? removeButtons.current.get(neighbour.participation.id) : undefined;
      (next ?? addButton.current)?.focus();
    } catch (error) {
      const f = toFormErrors(error);
      toasts.show(t(f.form ?? 'errors.saveFailed', { details: f.detail ?? '' }));
    }
  };

  return (
    <div className="participants">
      <div className="participants__bar">
        <p className="participants__summary muted">
          {include
            ? t('events.participants.summaryWithSessions', { count: rows.length })
            : t('events.participants.summary', { count: rows.length })}
        </p>
        {below.length > 0 && (
          <label className="checkbox participants__include">
            <input
              type="checkbox"
              checked={includeSessions}
              onChange={(e) => setIncludeSessions(e.target.checked)}
            />
            {childLabel}
          </label>
        )}
        {!adding && (
          <Button
            ref={addButton}
            variant="primary"
            size="small"
            icon="plus"
            onClick={() => setAdding(true)}
          >
            {t('events.add.open')}
          </Button>
        )}
      </div>

      {adding && (
        <AddPeople
          event={event}
          people={people}
          participations={own}
          organisationsById={organisationsById}
          onClose={() => {
            setAdding(false);
            window.setTimeout(() => addButton.current?.focus());
          }}
        />
      )}

      <Funnel
        counts={funnel}
        active={filter.status}
        onSelect={(status) => setFilter((f) => ({ ...f, status }))}
      />

      {eventLevel(event.kind) === 2 && <Composition rows={rows} />}

      {rows.length > 0 && (
        <div
          className="participants__filters"
          role="group"
          aria-label={t('events.participants.filters')}
        >
          <label className="participants__search">
            <Icon name="search" />
            <input
              aria-label={t('events.participants.search')}
              className="input"
              type="search"
              value={filter.query}
              placeholder={t('events.participants.searchPlaceholder')}
              onChange={(e) => setFilter((f) => ({ ...f, query: e.target.value }))}
            />
          </label>
          <label className="participants__filter">
            <select
              aria-label={t('events.participants.roleFilter')}
              className="select"
              value={filter.role ?? ''}
              onChange={(e) =>
                setFilter((f) => ({
                  ...f,
                  role: e.target.value === '' ? null : (e.target.value as ParticipationRole),
                }))
              }
            >
              <option value="">{t('events.participants.allRoles')}</option>
              {enumOptions(t, 'role', PARTICIPATION_ROLES).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <label className="participants__filter">
            <select
              aria-label={t('events.participants.statusFilter')}
              className="select"
              value={filter.status ?? ''}
              onChange={(e) =>
                setFilter((f) => ({
                  ...f,
                  status: e.target.value === '' ? null : (e.target.value as ParticipationStatus),
                }))
              }
            >
              <option value="">{t('events.participants.allStatuses')}</option>
              {enumOptions(t, 'status', PARTICIPATION_STATUSES).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          {filtered && (
            <Button variant="ghost" size="small" onClick={() => setFilter(NO_PARTICIPANT_FILTER)}>
              {t('common.actions.clearFilters')}
            </Button>
          )}
          <span className="participants__shown muted" aria-live="polite">
            {filtered
              ? t('events.participants.shown', { shown: shown.length, count: rows.length })
              : ''}
          </span>
        </div>
      )}

      {rows.length === 0 ? (
        <EmptyState title={t('events.participants.emptyTitle')}>
          <p>{t('events.participants.emptyBody')}</p>
        </EmptyState>
      ) : shown.length === 0 ? (
        <p className="participants__none muted">{t('events.participants.noMatches')}</p>
      ) : (
        <ParticipantsTable
          rows={shown}
          event={event}
          withEvent={include}
          removeButtons={removeButtons}
          onChange={(row, patch) => void change(row, patch)}
          onRemove={(row) => void remove(row)}
        />
      )}
    </div>
  );
}
