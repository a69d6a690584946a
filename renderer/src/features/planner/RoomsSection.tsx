// Breakout rooms for an event: capacities, an automatic balanced assignment, each room's
// balance by gender, region and stakeholder group, manual moves with a keyboard-accessible
// select (the balance updates as you move), and room lists as CSV or Excel.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, PlenaryEvent, WorkspaceData } from '@shared/domain/model';
import { personDisplayName } from '@shared/domain/model';
import { createRandom } from '@shared/random';
import { assignRooms, movePerson, roomBalance, RoomCapacityError } from '@shared/planner/rooms';
import type { Assignment, Room, RoomBalance } from '@shared/planner/rooms';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useLoggedSave } from '../../ui/useLoggedSave';
import { categoryLabel, dimensionLabel } from './plannerView';
import { breakoutRooms, defaultCapacities, roomPeople, roomsSheet } from './roomsView';

const primaryOrg = (p: Person): string | null =>
  (p.affiliations.find((a) => a.primary) ?? p.affiliations[0])?.organisationId ?? null;

const BALANCE_DIMENSIONS = ['gender', 'region', 'stakeholder-group'] as const;

export function RoomsSection({ event, data }: { event: PlenaryEvent; data: WorkspaceData }) {
  const { t } = useTranslation();
  const exports = useLoggedSave();
  const rooms = useMemo(() => breakoutRooms(data.events, event), [data.events, event]);
  const people = useMemo(
    () => roomPeople(data.people, data.participations, event, rooms, primaryOrg),
    [data.people, data.participations, event, rooms],
  );
  const [capacities, setCapacities] = useState<Record<string, string>>({});
  const [assignment, setAssignment] = useState<Assignment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const [moved, setMoved] = useState<string | null>(null);
  const byId = useMemo(() => new Map(data.people.map((p) => [p.id as string, p])), [data.people]);
  const orgName = (p: Person | undefined) => {
    const id = p === undefined ? null : primaryOrg(p);
    return id === null ? '' : (data.organisations.find((o) => o.id === id)?.name ?? '');
  };
  const nameOf = (id: string) => {
    const p = byId.get(id);
    return p === undefined ? id : personDisplayName(p);
  };

  // The moved person's select now sits in another room's list: keep the keyboard focus on it.
  useEffect(() => {
    if (moved !== null) document.getElementById(`room-move-${moved}`)?.focus();
  }, [moved, assignment]);

  if (rooms.length === 0) return null;
  const badCapacity = rooms.filter((r) => {
    const text = capacities[r.id];
    if (text === undefined) return false;
    const n = Number(text);
    return text.trim() === '' || !Number.isInteger(n) || n < 0;
  });
  const roomList: Room[] = defaultCapacities(rooms, people.length).map((r) => {
    const text = capacities[r.id];
    return text === undefined || badCapacity.some((b) => b.id === r.id)
      ? r
      : { ...r, capacity: Number(text) };
  });
  const report = assignment === null ? null : roomBalance(people, roomList, assignment);
  const roomName = (id: string) => rooms.find((r) => r.id === id)?.name ?? '';
  const score = (x: number) => Math.round(x * 10) / 10;

  const assign = () => {
    try {
      setAssignment(assignRooms(people, roomList, createRandom(1)));
      setMoved(null);
      setError(null);
    } catch (e) {
      setError(
        e instanceof RoomCapacityError
          ? t('planner.rooms.errors.capacity')
          : t('planner.errors.solver'),
      );
    }
  };

  const move = (personId: string, roomId: string) => {
    if (assignment === null) return;
    const next = movePerson(assignment, personId, roomId);
    setAssignment(next);
    setMoved(personId);
    setAnnounce(
      t('planner.rooms.moved', {
        name: nameOf(personId),
        room: roomName(roomId),
        score: score(roomBalance(people, roomList, next).imbalance),
      }),
    );
  };

  const exportLists = async (format: 'csv' | 'xlsx') => {
    if (assignment === null) return;
    const header = [
      'csvRoom',
      'csvName',
      'csvOrganisation',
      'csvGender',
      'csvRegion',
      'csvStakeholderGroup',
    ].map((k) => t(`planner.rooms.${k}`));
    const sheet = roomsSheet(t('planner.rooms.title'), header, rooms, assignment, (pid) => {
      const p = byId.get(pid);
      const rp = people.find((x) => x.id === pid);
      const known = (dim: string) => {
        const c = rp?.categories[dim]?.[0];
        return c === undefined || c === 'unknown' ? '' : categoryLabel(t, dim, c);
      };
      return [
        nameOf(pid),
        orgName(p),
        p === undefined ? '' : t(`enums.gender.${p.gender}`),
        known('region'),
        known('stakeholder-group'),
      ];
    });
    await exports.run(
      async () => {
        // ExcelJS loads on first use, not at start-up.
        const { toCsv, toXlsx } = await import('@shared/export/spreadsheet');
        return format === 'csv'
          ? getPlatform().saveFile(`${event.name} - rooms.csv`, toCsv(sheet), [
              { name: 'CSV', extensions: ['csv'] },
            ])
          : getPlatform().saveFile(`${event.name} - rooms.xlsx`, await toXlsx([sheet]), [
              { name: 'Excel', extensions: ['xlsx'] },
            ]);
      },
      { what: `planner-rooms-${format}`, form: 'full', people: Object.keys(assignment).length },
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
          <div className="planner-grid planner-grid--bottom">
            {roomList.map((r) => {
              const invalid = badCapacity.some((b) => b.id === r.id);
              return (
                <label key={r.id} className="field">
                  <span className="field__label">
                    {t('planner.rooms.capacity', { room: roomName(r.id) })}
                  </span>
                  <input
                    className="input input--num"
                    inputMode="numeric"
                    aria-invalid={invalid}
                    value={capacities[r.id] ?? String(r.capacity)}
                    onChange={(e) => setCapacities({ ...capacities, [r.id]: e.target.value })}
                  />
                  {invalid && (
                    <span className="field__error">{t('planner.rooms.errors.badCapacity')}</span>
                  )}
                </label>
              );
            })}
          </div>
          <div className="planner-actions">
            <Button variant="primary" disabled={badCapacity.length > 0} onClick={assign}>
              {t('planner.actions.assignRooms')}
            </Button>
            <Button disabled={assignment === null} onClick={() => void exportLists('csv')}>
              {t('planner.actions.exportRooms')}
            </Button>
            <Button disabled={assignment === null} onClick={() => void exportLists('xlsx')}>
              {t('planner.actions.exportRoomsXlsx')}
            </Button>
          </div>
          {error !== null && <Notice tone="error">{error}</Notice>}
          {exports.failed && <Notice tone="error">{t('common.saveFailed')}</Notice>}
          <p role="status" aria-live="polite" className="visually-hidden">
            {announce}
          </p>
          {report !== null && assignment !== null && (
            <>
              <p className="muted" data-testid="rooms-imbalance">
                {t('planner.rooms.imbalance', { score: score(report.imbalance) })}
              </p>
              <div className="planner-rooms">
                {report.rooms.map((rb) => (
                  <RoomCard
                    key={rb.roomId}
                    balance={rb}
                    name={roomName(rb.roomId)}
                    rooms={rooms}
                    members={people
                      .filter((p) => assignment[p.id] === rb.roomId)
                      .map((p) => ({ id: p.id, name: nameOf(p.id) }))
                      .sort((a, b) => a.name.localeCompare(b.name))}
                    onMove={move}
                  />
                ))}
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}

function RoomCard({
  balance,
  name,
  rooms,
  members,
  onMove,
}: {
  balance: RoomBalance;
  name: string;
  rooms: readonly PlenaryEvent[];
  members: readonly { id: string; name: string }[];
  onMove: (personId: string, roomId: string) => void;
}) {
  const { t } = useTranslation();
  const rb = balance;
  return (
    <article
      className="planner-room"
      aria-labelledby={`room-${rb.roomId}`}
      data-testid={`room-${name}`}
    >
      <h3 id={`room-${rb.roomId}`}>{name}</h3>
      <p>
        {t('planner.rooms.size', { size: rb.size, capacity: rb.capacity })}
        {rb.size > rb.capacity && (
          <strong className="planner-missed"> · {t('planner.rooms.overCapacity')}</strong>
        )}
        {' · '}
        {t('planner.rooms.clashes', { count: rb.organisationClashes })}
        {' · '}
        {t('planner.rooms.firstChoice', { count: rb.firstChoice })}
      </p>
      <dl className="planner-room__balance">
        {BALANCE_DIMENSIONS.map((dim) => (
          <div key={dim}>
            <dt>{dimensionLabel(t, dim)}</dt>
            <dd>
              {Object.entries(rb.counts[dim] ?? {})
                .filter(([, n]) => n > 0)
                .sort(([a], [b]) => a.localeCompare(b))
                .map(
                  ([c, n]) =>
                    `${c === 'unknown' ? t('planner.result.unknown') : categoryLabel(t, dim, c)} ${n}`,
                )
                .join(', ') || '—'}
            </dd>
          </div>
        ))}
      </dl>
      <ul className="planner-room__people">
        {members.map((m) => (
          <li key={m.id}>
            <span>{m.name}</span>
            <select
              id={`room-move-${m.id}`}
              className="select"
              aria-label={t('planner.rooms.moveTo', { name: m.name })}
              value={rb.roomId}
              onChange={(e) => onMove(m.id, e.target.value)}
            >
              {rooms.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </article>
  );
}
