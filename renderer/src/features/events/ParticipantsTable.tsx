// The participants table: name (to the person), the event when sessions are included, role and
// status as labelled selects (each change one undoable step), gender, nationality, organisation,
// and a remove button per row.
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipationRole, ParticipationStatus, PlenaryEvent } from '@shared/domain/model';
import { PARTICIPATION_ROLES, PARTICIPATION_STATUSES } from '@shared/domain/model';
import { countryByIso2, countryName } from '@shared/reference/countries';
import { routeHref } from '../../app/router';
import { Button } from '../../ui/Button';
import { enumOptions } from '../../ui/options';
import type { ParticipantRow } from './participants';

export type ParticipationPatch = { role?: ParticipationRole; status?: ParticipationStatus };

export type ParticipantsTableProps = {
  rows: readonly ParticipantRow[];
  event: PlenaryEvent;
  /** Show the "In" column (participations of sessions are included). */
  withEvent: boolean;
  /** Filled with each row's remove button, by participation id, to move focus after a removal. */
  removeButtons: RefObject<Map<string, HTMLButtonElement>>;
  onChange: (row: ParticipantRow, patch: ParticipationPatch) => void;
  onRemove: (row: ParticipantRow) => void;
};

export function ParticipantsTable({
  rows,
  event,
  withEvent,
  removeButtons,
  onChange,
  onRemove,
}: ParticipantsTableProps) {
  const { t } = useTranslation();
  return (
    <div className="ptable-wrap">
      <table className={withEvent ? 'ptable ptable--with-event' : 'ptable'}>
        <colgroup>
          <col />
          {withEvent && <col className="ptable__col-event" />}
          <col className="ptable__col-role" />
          <col className="ptable__col-status" />
          <col className="ptable__col-gender" />
          <col className="ptable__col-nationality" />
          <col className="ptable__col-organisation" />
          <col className="ptable__col-actions" />
        </colgroup>
        <caption className="visually-hidden">
          {t('events.participants.caption', { event: event.name })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('events.participants.columns.name')}</th>
            {withEvent && <th scope="col">{t('events.participants.columns.event')}</th>}
            <th scope="col">{t('events.participants.columns.role')}</th>
            <th scope="col">{t('events.participants.columns.status')}</th>
            <th scope="col">{t('events.participants.columns.gender')}</th>
            <th scope="col">{t('events.participants.columns.nationality')}</th>
            <th scope="col">{t('events.participants.columns.organisation')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('events.participants.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const p = row.participation;
            const name = row.name || t('events.participants.unknownPerson');
            return (
              <tr key={p.id} data-status={p.status}>
                <th scope="row" className="ptable__name">
                  {row.person ? (
                    <a href={routeHref('people', row.person.id)} title={name}>
                      {name}
                    </a>
                  ) : (
                    <span className="muted">{name}</span>
                  )}
                  {row.title && (
                    <span className="ptable__title" title={row.title}>
                      {row.title}
                    </span>
                  )}
                </th>
                {withEvent && (
                  <td className="ptable__event">
                    {row.event && row.event.id !== event.id ? (
                      <a href={routeHref('events', row.event.id)} title={row.event.name}>
                        {row.event.name}
                      </a>
                    ) : (
                      <span className="muted">{t('events.participants.thisEvent')}</span>
                    )}
                  </td>
                )}
                <td>
                  <select
                    className="select ptable__select"
                    aria-label={t('events.participants.roleOf', { name })}
                    value={p.role}
                    onChange={(e) => onChange(row, { role: e.target.value as ParticipationRole })}
                  >
                    {enumOptions(t, 'role', PARTICIPATION_ROLES).map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    className={`select ptable__select ptable__status ptable__status--${p.status}`}
                    aria-label={t('events.participants.statusOf', { name })}
                    value={p.status}
                    onChange={(e) =>
                      onChange(row, { status: e.target.value as ParticipationStatus })
                    }
                  >
                    {enumOptions(t, 'status', PARTICIPATION_STATUSES).map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="ptable__text">
                  {row.gender === null
                    ? ''
                    : row.gender === 'self-described' && row.person?.genderSelfDescription
                      ? row.person.genderSelfDescription
                      : t(`enums.gender.${row.gender}`)}
                </td>
                <td
                  className="ptable__text"
                  title={row.nationalities.map((c) => countryName(c)).join(', ')}
                >
                  {row.nationalities.length === 0 ? (
                    <span className="muted">{t('events.participants.notRecorded')}</span>
                  ) : (
                    row.nationalities.map((c) => countryByIso2(c)?.commonName ?? c).join(', ')
                  )}
                </td>
                <td className="ptable__text" title={row.organisation?.name}>
                  {row.organisation ? (
                    <a href={routeHref('organisations', row.organisation.id)}>
                      {row.organisation.acronym || row.organisation.name}
                    </a>
                  ) : (
                    <span className="muted">{t('events.participants.notRecorded')}</span>
                  )}
                </td>
                <td className="ptable__actions">
                  <Button
                    ref={(el) => {
                      if (el) removeButtons.current.set(p.id, el);
                      else removeButtons.current.delete(p.id);
                    }}
                    icon="trash"
                    variant="ghost"
                    size="small"
                    label={t('events.participants.removeFrom', {
                      name,
                      event: row.event?.name ?? event.name,
                    })}
                    onClick={() => onRemove(row)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
