// A replica of a workspace as the real writer keeps it (same stamping functions), for merge tests.
import type { Person, TableName, WorkspaceData } from '@shared/domain/model';
import { TABLE_NAMES, emptyWorkspaceData } from '@shared/domain/model';
import { validateRecord } from '@shared/domain/schemas';
import { canonical, stampCreate } from '@shared/merge/clock';
import { planMerge, restamp } from '@shared/merge/merge';
import type { Resolutions } from '@shared/merge/merge';

/** `erased`: ids erased on this replica or learnt from a merged file (repo/erase.ts). */
export type Replica = { device: string; data: WorkspaceData; skewMs: number; erased: string[] };

let tick = 0;
/** A global clock: every call is 1 s later, shifted by the replica's skew. */
export function clock(skewMs = 0): string {
  tick += 1;
  return new Date(Date.UTC(2026, 10, 1) + tick * 1000 + skewMs).toISOString();
}

export function replicaOf(device: string, data: WorkspaceData, skewMs = 0): Replica {
  return { device, data: structuredClone(data), skewMs, erased: [] };
}

export function workspaceWith(people: Person[]): WorkspaceData {
  return { ...emptyWorkspaceData(), people };
}

export function find(r: Replica, id: string): Person | undefined {
  return r.data.people.find((p) => p.id === id);
}

/** Edits one person as the writer would: new revision, dots for the changed fields. */
export function edit(r: Replica, id: string, patch: Partial<Person>): void {
  const i = r.data.people.findIndex((p) => p.id === id);
  const before = r.data.people[i];
  if (!before || before.deletedAt !== null) return;
  const after = { ...before, ...patch };
  const now = clock(r.skewMs);
  r.data.people[i] = restamp(before, after, { now, device: r.device }) as unknown as Person;
}

export function remove(r: Replica, id: string): void {
  const i = r.data.people.findIndex((p) => p.id === id);
  const before = r.data.people[i];
  if (!before || before.deletedAt !== null) return;
  const now = clock(r.skewMs);
  r.data.people[i] = restamp(
    before,
    { ...before, deletedAt: now },
    {
      now,
      device: r.device,
    },
  ) as unknown as Person;
}

export function create(r: Replica, person: Person): void {
  const now = clock(r.skewMs);
  const record = { ...person, createdAt: now, updatedAt: now, updatedBy: r.device, revision: 1 };
  r.data.people.push({ ...record, sync: stampCreate(record, r.device, now) });
}

/** Erases a person as repo/erase.ts does: a hard delete, the id kept in the erased list. */
export function erase(r: Replica, id: string): void {
  if (!r.data.people.some((p) => p.id === id)) return;
  r.data.people = r.data.people.filter((p) => p.id !== id);
  r.erased = [...new Set([...r.erased, id])].sort();
}

/** `into` merges the file of `from`, with the given (default: preselected) resolutions. */
export function mergeInto(into: Replica, from: Replica, resolutions: Resolutions = {}) {
  const plan = planMerge(into.data, from.data, { erased: [...into.erased, ...from.erased] });
  const result = plan.apply(resolutions, { now: clock(into.skewMs), device: into.device });
  into.data = result.data;
  into.erased = result.erased;
  return { plan, result };
}

/** Order-free canonical form of a workspace: equal strings mean identical workspaces. */
export function snapshot(data: WorkspaceData): string {
  const out: Record<string, string[]> = {};
  for (const t of TABLE_NAMES) out[t] = data[t].map((r) => canonical(r)).sort();
  return JSON.stringify(out);
}

export function allValid(data: WorkspaceData): boolean {
  return TABLE_NAMES.every((t: TableName) => data[t].every((r) => validateRecord(t, r).ok));
}
