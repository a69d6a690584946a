// Referential checks that span records, run inside the write transaction so that nothing
// dangling is ever committed.
import type {
  Organisation,
  Participation,
  Person,
  PlenaryEvent,
  Relationship,
} from '@shared/domain/model';
import { eventLevel } from '@shared/domain/model';
import { IntegrityError } from './errors';
import type { Writer } from './writer';

export async function checkPerson(w: Writer, p: Pick<Person, 'affiliations'>): Promise<void> {
  for (const a of p.affiliations) {
    if (!(await w.get('organisations', a.organisationId))) {
      throw new IntegrityError('errors.missingOrganisation', 'affiliations');
    }
  }
}

export async function checkOrganisation(
  w: Writer,
  o: Pick<Organisation, 'id' | 'parentId'>,
): Promise<void> {
  let parentId = o.parentId;
  const seen = new Set<string>([o.id]);
  while (parentId !== null) {
    if (seen.has(parentId)) throw new IntegrityError('errors.organisationCycle', 'parentId');
    seen.add(parentId);
    const parent = await w.get('organisations', parentId);
    if (!parent) throw new IntegrityError('errors.missingOrganisation', 'parentId');
    parentId = parent.parentId;
  }
}

/** Processes sit at the top; events sit under a process or alone; sessions sit under an event. */
export async function checkEvent(
  w: Writer,
  e: Pick<PlenaryEvent, 'id' | 'kind' | 'parentId'>,
): Promise<void> {
  const level = eventLevel(e.kind);
  if (e.parentId === null) {
    if (level === 2) throw new IntegrityError('errors.sessionNeedsEvent', 'parentId');
    return;
  }
  if (e.parentId === e.id) throw new IntegrityError('errors.eventCycle', 'parentId');
  const parent = await w.get('events', e.parentId);
  if (!parent) throw new IntegrityError('errors.missingEvent', 'parentId');
  if (eventLevel(parent.kind) !== level - 1) {
    throw new IntegrityError(
      level === 0 ? 'errors.processHasNoParent' : level === 1 ? 'errors.eventParentMustBeProcess' : 'errors.sessionNeedsEvent',
      'parentId',
    );
  }
}

export async function checkParticipation(
  w: Writer,
  p: Pick<Participation, 'id' | 'personId' | 'eventId'>,
): Promise<void> {
  if (!(await w.get('people', p.personId))) throw new IntegrityError('errors.missingPerson', 'personId');
  if (!(await w.get('events', p.eventId))) throw new IntegrityError('errors.missingEvent', 'eventId');
  const twins = await w.db.participations
    .where('eventId')
    .equals(p.eventId)
    .filter((x) => x.personId === p.personId && x.deletedAt === null && x.id !== p.id)
    .count();
  if (twins > 0) throw new IntegrityError('errors.alreadyParticipant', 'personId');
}

export async function checkRelationship(
  w: Writer,
  r: Pick<Relationship, 'from' | 'to'>,
): Promise<void> {
  for (const end of [r.from, r.to]) {
    const found =
      end.type === 'person' ? await w.get('people', end.id) : await w.get('organisations', end.id);
    if (!found) {
      throw new IntegrityError(
        end.type === 'person' ? 'errors.missingPerson' : 'errors.missingOrganisation',
      );
    }
  }
}
