// The invitation funnel by group: for each category of a dimension, how many were considered,
// invited, confirmed and attended, so the user sees where representation is lost.
import type { ParticipationStatus, WorkspaceData } from '../domain/model';
import type { AnyDimension } from './dimensions';
import { allCategories, categoryLabel, valuesOf } from './dimensions';
import type { DistributionOptions } from './distribution';
import { valueContext } from './distribution';
import type { PopulationFilter } from './scope';
import { matchingParticipations } from './scope';

export const FUNNEL_STAGES = ['candidate', 'invited', 'confirmed', 'declined', 'attended'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/**
 * The stages a participation's status has passed through. Everyone was a candidate; an invited
 * person who declined counts as invited and declined; confirmed includes those who then
 * attended or did not show up.
 */
export function stagesReached(status: ParticipationStatus): FunnelStage[] {
  switch (status) {
    case 'candidate':
    case 'shortlisted':
      return ['candidate'];
    case 'invited':
      return ['candidate', 'invited'];
    case 'declined':
      return ['candidate', 'invited', 'declined'];
    case 'confirmed':
    case 'no-show':
      return ['candidate', 'invited', 'confirmed'];
    case 'attended':
      return ['candidate', 'invited', 'confirmed', 'attended'];
  }
}

export type FunnelRow = {
  /** null: people with no value for the dimension. */
  key: string | null;
  label: string;
  counts: Record<FunnelStage, number>;
  /** confirmed ÷ invited (invitations still pending count as not accepted); null if none invited. */
  acceptanceRate: number | null;
  /** declined ÷ invited. */
  declineRate: number | null;
  /** attended ÷ confirmed; only meaningful once the event has taken place. */
  attendanceRate: number | null;
};

export type Funnel = { rows: FunnelRow[]; total: FunnelRow };

const zero = (): Record<FunnelStage, number> => ({
  candidate: 0,
  invited: 0,
  confirmed: 0,
  declined: 0,
  attended: 0,
});

function row(key: string | null, label: string, counts: Record<FunnelStage, number>): FunnelRow {
  const rate = (a: number, b: number) => (b === 0 ? null : a / b);
  return {
    key,
    label,
    counts,
    acceptanceRate: rate(counts.confirmed, counts.invited),
    declineRate: rate(counts.declined, counts.invited),
    attendanceRate: rate(counts.attended, counts.confirmed),
  };
}

/**
 * Counts participations (one person invited to two events counts twice) of the scope's events
 * and roles; the population's statuses are ignored, since the funnel is about every status.
 * A person in two categories (two nationalities) counts in both; people with no value form
 * the row with key null. Rows follow the dimension's own order, then any other values; the
 * unknown row comes last. `total` counts each participation once.
 */
export function invitationFunnel(
  data: WorkspaceData,
  dimension: AnyDimension,
  population: PopulationFilter,
  options: DistributionOptions = {},
): Funnel {
  const customSchemes = options.customSchemes ?? data.regionSchemes;
  const scope: PopulationFilter = { ...population, statuses: null };
  const participations = matchingParticipations(data, scope);
  const ctx = valueContext(data, scope, customSchemes);
  const people = new Map(data.people.filter((p) => p.deletedAt === null).map((p) => [p.id, p]));
  const byKey = new Map<string | null, Record<FunnelStage, number>>();
  if (options.includeEmpty === true) {
    for (const key of allCategories(dimension, customSchemes)) byKey.set(key, zero());
  }
  const total = zero();
  for (const participation of participations) {
    const person = people.get(participation.personId);
    if (person === undefined) continue;
    const stages = stagesReached(participation.status);
    // For role/status dimensions, the participation's own value, not the person's others.
    const values =
      dimension.kind === 'role' || dimension.kind === 'status'
        ? [participation[dimension.kind]]
        : valuesOf(person, dimension, ctx);
    for (const key of values.length === 0 ? [null] : values) {
      const counts = byKey.get(key) ?? zero();
      for (const s of stages) counts[s] += 1;
      byKey.set(key, counts);
    }
    for (const s of stages) total[s] += 1;
  }
  const order = allCategories(dimension, customSchemes);
  const rank = (key: string | null) => {
    if (key === null) return Number.MAX_SAFE_INTEGER;
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  const rows = [...byKey.entries()]
    .sort(
      ([a, ca], [b, cb]) =>
        rank(a) - rank(b) || cb.candidate - ca.candidate || String(a).localeCompare(String(b)),
    )
    .map(([key, counts]) =>
      row(key, key === null ? 'Unknown' : categoryLabel(dimension, key), counts),
    );
  return { rows, total: row(null, 'Total', total) };
}
