// Merging two records of the same real person into one: the record with the smaller id survives
// (so that two colleagues merging the same pair keep the same one), takes the other's values
// where its own are blank, and inherits its participations and relationships; the other becomes
// a tombstone. Every change is a new write by the person merging.
import type { WorkspaceData } from '../domain/model';
import type { DuplicatePair } from './duplicates';

type Rec = Record<string, unknown>;
type Ctx = { now: string; device: string; replica?: string };
type Restamp = (before: Rec, after: Rec, ctx: Ctx) => Rec;

function isBlank(v: unknown): boolean {
  if (v === null || v === undefined || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v).length === 0;
  return false;
}

const FILLABLE_SKIP = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'updatedBy',
  'revision',
  'sync',
  'deletedAt',
]);

export function mergeDuplicatePeople(
  data: WorkspaceData,
  pairs: readonly DuplicatePair[],
  ctx: Ctx,
  restamp: Restamp,
): void {
  const people = data.people as unknown as Rec[];
  const index = (id: string) => people.findIndex((p) => p.id === id);
  for (const pair of pairs) {
    const [keepId, dropId] =
      pair.mineId < pair.theirsId ? [pair.mineId, pair.theirsId] : [pair.theirsId, pair.mineId];
    const ki = index(keepId);
    const di = index(dropId);
    const keep = people[ki];
    const drop = people[di];
    if (!keep || !drop || keep.deletedAt !== null || drop.deletedAt !== null) continue;

    const filled: Rec = { ...keep };
    for (const [k, v] of Object.entries(drop)) {
      if (!FILLABLE_SKIP.has(k) && isBlank(filled[k]) && !isBlank(v)) filled[k] = v;
    }
    // 'unknown' gender is the blank of a required choice.
    if (filled.gender === 'unknown' && drop.gender !== 'unknown') {
      filled.gender = drop.gender;
      filled.genderSelfDescription = drop.genderSelfDescription;
    }
    people[ki] = restamp(keep, filled, ctx);
    people[di] = restamp(drop, { ...drop, deletedAt: ctx.now }, ctx);

    const parts = data.participations as unknown as Rec[];
    parts.forEach((p, i) => {
      if (p.personId === dropId && p.deletedAt === null) {
        parts[i] = restamp(p, { ...p, personId: keepId }, ctx);
      }
    });
    const rels = data.relationships as unknown as Rec[];
    rels.forEach((r, i) => {
      if (r.deletedAt !== null) return;
      const repoint = (end: unknown) => {
        const e = end as { type: string; id: string };
        return e.type === 'person' && e.id === dropId ? { type: 'person', id: keepId } : e;
      };
      const from = repoint(r.from);
      const to = repoint(r.to);
      if (from === r.from && to === r.to) return;
      const self = from.type === to.type && from.id === to.id;
      // A relationship between the two records of one person means nothing once they are one.
      rels[i] = restamp(r, self ? { ...r, deletedAt: ctx.now } : { ...r, from, to }, ctx);
    });
  }
}
