// Breakout rooms for an event: capacities, an automatic balanced assignment, each room's
// balance, manual moves with a keyboard-accessible select, and CSV room lists.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, PlenaryEvent, WorkspaceData } from '@shared/domain/model';
import { personDisplayName } from '@shared/domain/model';
import { createRandom } from '@shared/random';
import { assignRooms, movePerson, roomBalance, RoomCapacityError } from '@shared/planner/rooms';
import type { Assignment, Room } from '@shared/planner/rooms';
import { getPlatform } from '../../platform';
import { useStore } from '../../data/hooks';
import { logExport } from '../../data/repo/exportLog';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { categoryLabel } from './plannerView';
import { breakoutRooms, defaultCapacities, roomPeople, roomsCsv } from './roomsView';

const primaryOrg = (p: Person): string | null =>
  (p.affiliations.find((a) => a.primary) ?? p.affiliations[0])?.organisationId ?? null;

export function RoomsSection({ event, data }: { event: PlenaryEvent; data: WorkspaceData }) {
  const { t } = useTranslation();
  const store = useStore();
  const rooms = useMemo(() => breakoutRooms(data.events, event), [data.events, event]);
  const people = useMemo(
    () => roomPeople(data.people, data.participations, event, rooms, primaryOrg),
    [data.people, data.participations, event, rooms],
  );
  const [capacities, setCapacities] = useState<Record<string, string>>({});
  const [assignment, setAssignment] = useState<Assignment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const byId = useMemo(() => new Map(data.people.map((p) => [p.id as string, p])), [data.people]);
  const orgName = (p: Person | undefined) => {
    const id = p === undefined ? null : primaryOrg(p);
    return id === null ? '' : (data.organisations.find((o) => o.id === id)?.name ?? '');
  };

  if (rooms.length === 0) return null;
  const roomList: Room[] = defaultCapacities(rooms, people.length).map((r) => {
    const n = Number(capacities[r.id]);
    return capacities[r.id] === undefined || !Number.isInteger(n) || n < 0
      ? r
      : { ...r, capacity: n };
  });
  const report = assignment === null ? null : roomBalance(people, roomList, assignment);

  const assign = () => {
    try {
      setAssignment(assignRooms(people, roomList, createRandom(1)));
      setError(null);
    } catch (e) {
      setError(
        e instanceof RoomCapacityError
          ? t('planner.rooms.errors.capacity')
          : t('planner.errors.solver'),
      );
    }
  };

  const exportCsv = () => {
    if (assignment === null) return;
    const header = ['csvRoom', 'csvName', 'csvOrganisation', 'csvGender', 'csvRegion'].map((k) =>
      t(`planner.rooms.${k}`),
    );
    const csv = roomsCsv(header, rooms, assignment, (pid) => {
      const p = byId.get(pid);
      const rp = people.find((x) => x.id === pid);
      return [
        p === undefined ? pid : personDisplayName(p),
        orgName(p),
        p === undefined ? '' : t(`enums.gender.${p.gender}`),
        rp?.categories['region']?.[0] === 'unknown' ? '' : (rp?.categories['region']?.[0] ?? ''),
      ];
    });
    void getPlatform()
      .saveFile(`${event.name} - rooms.csv`, csv, [{ name: 'CSV', extensions: ['csv'] }])
      .then((r) =>
        r.saved
          ? logExport(store, {
              what: 'planner-rooms-csv',
              form: 'full',
              people: Object.keys(assignment).length,
            })
          : undefined,
      );
  };

  return (
    <section className="planner-card" aria-labelledby="rooms-title">
      <h2 id="rooms-title">{t('planner.rooms.title')}</h2>
      <p className="muted">{t('planner.rooms.hint')}</p>
      {people.length === 0 ? (
        <p>{t('planner.rooms.nobody')}</p>
      ) : (
        <>
          <div className="planner-grid">
            {roomList.map((r) => {
              const room = rooms.find((x) => x.id === r.id);
              return (
                <label key={r.id} className="field">
                  <span className="field__label">
                    {t('planner.rooms.capacity', { room: room?.name ?? '' })}
                  </span>
                  <input
                    className="input input--num"
                    inputMode="numeric"
                    value={capacities[r.id] ?? String(r.capacity)}
                    onChange={(e) => setCapacities({ ...capacities, [r.id]: e.target.value })}
                  />
                </label>
              );
            })}
          </div>
          <div className="planner-actions">
            <Button variant="primary" onClick={assign}>
              {t('planner.actions.assignRooms')}
            </Button>
            <Button disabled={assignment === null} onClick={exportCsv}>
              {t('planner.actions.exportRooms')}
            </Button>
          </div>
          {error !== null && <Notice tone="error">{error}</Notice>}
          {report !== null && assignment !== null && (
            <>
              <p className="muted">
                {t('planner.rooms.imbalance', { score: Math.round(report.imbalance * 10) / 10 })}
              </p>
              <div className="planner-rooms">
                {report.rooms.map((rb) => {
                  const room = rooms.find((x) => x.id === rb.roomId);
                  const members = people.filter((p) => assignment[p.id] === rb.roomId);
                  return (
                    <article
                      key={rb.roomId}
                      className="planner-room"
                      aria-labelledby={`room-${rb.roomId}`}
                    >
                      <h3 id={`room-${rb.roomId}`}>{room?.name}</h3>
                      <p>
                        {t('planner.rooms.size', { size: rb.size, capacity: rb.capacity })}
                        {rb.size > rb.capacity && (
                          <strong className="planner-missed">
                            {' '}
                            · {t('planner.rooms.overCapacity')}
                          </strong>
                        )}
                        {' · '}
                        {t('planner.rooms.clashes', { count: rb.organisationClashes })}
                        {' · '}
                        {t('planner.rooms.firstChoice', { count: rb.firstChoice })}
                      </p>
                      <p className="muted">
                        {t('planner.rooms.balance')}:{' '}
                        {Object.entries(rb.counts['gender'] ?? {})
                          .filter(([, n]) => n > 0)
                          .map(([c, n]) => `${categoryLabel(t, 'gender', c)} ${n}`)
                          .join(', ')}
                        {' · '}
                        {Object.entries(rb.counts['region'] ?? {})
                          .filter(([, n]) => n > 0)
                          .map(
                            ([c, n]) => `${c === 'unknown' ? t('planner.result.unknown') : c} ${n}`,
                          )
                          .join(', ')}
                      </p>
                      <ul className="planner-room__people">
                        {members.map((m) => {
                          const p = byId.get(m.id);
                          const name = p === undefined ? m.id : personDisplayName(p);
                          return (
                            <li key={m.id}>
                              <span>{name}</span>
                              <select
                                className="select"
                                aria-label={t('planner.rooms.moveTo', { name })}
                                value={rb.roomId}
                                onChange={(e) =>
                                  setAssignment(movePerson(assignment, m.id, e.target.value))
                                }
                              >
                                {rooms.map((r) => (
                                  <option key={r.id} value={r.id}>
                                    {r.name}
                                  </option>
                                ))}
                              </select>
                            </li>
                          );
                        })}
                      </ul>
                    </article>
                  );
                })}
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
