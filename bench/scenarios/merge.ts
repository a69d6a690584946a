// Team merge planning (`planMerge`: match, merge field by field, conflicts, duplicate people, the
// preview) of two colleagues' copies of the M workspace, each with its own edits since they last
// shared, against one pass over both record sets that pairs records by id and compares them —
// the least any merge has to do. Node. Target (ours): ≤ 5× that pass.
import type { AnyRecord, Person, TableName, WorkspaceData } from '../../shared/domain/model';
import { TABLE_NAMES } from '../../shared/domain/model';
import type { SyntheticSize } from '../../shared/demo/synthetic';
import { stampCreate } from '../../shared/merge/clock';
import { planMerge, restamp } from '../../shared/merge/merge';
import { createRandom } from '../../shared/random';
import { measureTimedPair } from '../measure';
import { wallAndCpu } from '../stats';
import type { Scenario } from '../types';
import { BENCH_NOW } from '../workspaces';

/** Share of people and of participations each colleague edited since the last exchange. */
export const MERGE_EDIT_SHARE = 0.1;

type Rec = Record<string, unknown>;

/** Every record as the writer leaves it: with per-field bookkeeping from its creation. */
function tracked(data: WorkspaceData): WorkspaceData {
  const out = structuredClone(data);
  for (const table of TABLE_NAMES) {
    for (const r of out[table] as Rec[]) {
      r.sync = stampCreate(r, 'rep_origin', String(r.createdAt));
    }
  }
  return out;
}

/**
 * One colleague's copy after their own work: `share` of the people edited (notes, sometimes
 * tags), `share` of the participations moved to another status, a few people deleted and a few
 * registered (some of them people the other side already has, under a new id).
 */
function editedCopy(
  base: WorkspaceData,
  replica: string,
  idTag: string,
  share: number,
  seed: number,
) {
  const data = structuredClone(base);
  const rng = createRandom(seed);
  let tick = 0;
  const ctx = () => {
    tick += 1;
    const now = new Date(Date.parse(BENCH_NOW) + tick * 1000).toISOString();
    return { now, device: `Colleague ${replica}`, replica };
  };
  const edit = <T extends AnyRecord>(list: T[], i: number, patch: Partial<T>) => {
    const before = list[i];
    if (before === undefined) return;
    list[i] = restamp(before, { ...before, ...patch }, ctx()) as T;
  };
  for (let i = 0; i < data.people.length; i++) {
    if (!rng.chance(share)) continue;
    const tags = rng.chance(0.3) ? ['follow-up', replica] : undefined;
    edit(data.people, i, { notes: `Called by ${replica} (${i})`, ...(tags ? { tags } : {}) });
  }
  for (let i = 0; i < data.participations.length; i++) {
    if (!rng.chance(share)) continue;
    edit(data.participations, i, { status: rng.pick(['invited', 'confirmed', 'declined']) });
  }
  for (let i = 0; i < data.people.length; i++) {
    if (rng.chance(share / 20)) edit(data.people, i, { deletedAt: ctx().now });
  }
  const newcomers = Math.round((data.people.length * share) / 10);
  for (let k = 0; k < newcomers; k++) {
    const model = rng.pick(base.people);
    const { now } = ctx();
    const id = `per_${idTag}${String(k).padStart(31, '0')}` as Person['id'];
    // One in four is someone the other side has too (same person): a duplicate to offer; the
    // others are new people (a given name and a family name drawn from two different people).
    const known = k % 4 === 0;
    const familyName = known ? model.familyName : rng.pick(base.people).familyName;
    const email = known ? model.email : `new.${k}.${replica}@example.org`;
    const record = { ...model, id, familyName, email, createdAt: now, updatedAt: now, revision: 1 };
    data.people.push({ ...record, sync: stampCreate(record, replica, now) });
  }
  return data;
}

/** Two colleagues' copies of one workspace, each with its own edits. Deterministic. */
export function mergeReplicas(
  data: WorkspaceData,
  share: number = MERGE_EDIT_SHARE,
): { mine: WorkspaceData; theirs: WorkspaceData } {
  const base = tracked(data);
  return {
    mine: editedCopy(base, 'rep_mine', 'a', share, 101),
    theirs: editedCopy(base, 'rep_theirs', 'b', share, 202),
  };
}

/** The least a merge does: pair every record with its copy by id and tell whether they differ. */
export function pairingPass(mine: WorkspaceData, theirs: WorkspaceData): number {
  let differing = 0;
  for (const table of TABLE_NAMES as readonly TableName[]) {
    const byId = new Map<string, string>();
    for (const r of mine[table]) byId.set(r.id, JSON.stringify(r));
    for (const r of theirs[table]) {
      const other = byId.get(r.id);
      if (other === undefined || other !== JSON.stringify(r)) differing += 1;
    }
  }
  return differing;
}

export const merge: Scenario = {
  name: 'merge',
  title: 'Team merge planning: two copies of M, 10 % edits each (Node)',
  async run(ctx) {
    // Fixed at M (10,000 people), as the brief sets it; S in the quick CI run.
    const size: SyntheticSize = ctx.options.quick ? 'S' : 'M';
    const { mine, theirs } = mergeReplicas(ctx.workspace(size));
    let sink = 0;
    const samples = await measureTimedPair(
      () => (sink += planMerge(mine, theirs).preview.conflicts.length),
      () => (sink += pairingPass(mine, theirs)),
      ctx.options.reps,
      ctx.options.warmup,
    );
    if (sink < 0) throw new Error('unreachable: keeps the work observable');
    return wallAndCpu(
      {
        scenario: 'merge',
        size: `${size}, ${MERGE_EDIT_SHARE * 100} % edits each`,
        metric: 'planMerge (plan + preview)',
        unit: 'ms',
        baselineLabel: 'pair records by id + JSON compare',
        limits: { ratio: 5 },
      },
      samples,
    );
  },
};
