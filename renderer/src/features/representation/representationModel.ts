// The Representation screen's view-model: what the controls choose (scope, population,
// dimension), as the filters and dimensions shared/analytics understands, and target drafts.
import type {
  Dimension,
  EventId,
  Participation,
  ParticipationRole,
  ParticipationStatus,
  Person,
  PlenaryEvent,
  Target,
  TargetRule,
  WorkspaceData,
} from '@shared/domain/model';
import { SPEAKING_ROLES, emptyWorkspaceData } from '@shared/domain/model';
import type { AnyDimension, Distribution, IndexKey, PopulationFilter } from '@shared/analytics';
import {
  blauIndex,
  genderParityIndex,
  normalisedBlau,
  shannonEvenness,
  womensShare,
} from '@shared/analytics';

export const PRESETS = {
  everyone: { statuses: [], roles: [] },
  speakers: { statuses: [], roles: [...SPEAKING_ROLES] },
  present: { statuses: ['confirmed', 'attended'], roles: [] },
} as const satisfies Record<
  string,
  { statuses: readonly ParticipationStatus[]; roles: readonly ParticipationRole[] }
>;
export type PresetKey = keyof typeof PRESETS;
export const PRESET_KEYS = Object.keys(PRESETS) as PresetKey[];

/** The preset a status/role choice equals, or null for a custom choice. */
export function presetOf(
  statuses: readonly ParticipationStatus[],
  roles: readonly ParticipationRole[],
): PresetKey | null {
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x) => b.includes(x));
  return (
    PRESET_KEYS.find((k) => same(PRESETS[k].statuses, statuses) && same(PRESETS[k].roles, roles)) ??
    null
  );
}

/** Empty lists mean "any", as in stored targets; no events means the whole workspace. */
export function populationOf(
  eventIds: readonly EventId[],
  statuses: readonly ParticipationStatus[],
  roles: readonly ParticipationRole[],
): PopulationFilter {
  return {
    eventIds: eventIds.length === 0 ? null : eventIds,
    statuses: statuses.length === 0 ? null : statuses,
    roles: roles.length === 0 ? null : roles,
  };
}

export const BASE_DIMENSIONS = [
  'gender',
  'nationality',
  'residence',
  'stakeholder-group',
  'organisation-type',
  'role',
  'status',
] as const;
/** A dimension choice as a select value: one of BASE_DIMENSIONS or `attribute:<key>`. */
export type DimensionKey = string;

export const needsScheme = (key: DimensionKey) => key === 'nationality' || key === 'residence';

export function dimensionOf(key: DimensionKey, scheme: string): AnyDimension {
  if (key.startsWith('attribute:'))
    return { kind: 'attribute', key: key.slice('attribute:'.length) };
  if (key === 'nationality' || key === 'residence') return { kind: key, scheme };
  if (
    key === 'stakeholder-group' ||
    key === 'organisation-type' ||
    key === 'role' ||
    key === 'status'
  )
    return { kind: key };
  return { kind: 'gender' };
}

/** Targets can be stored for the person dimensions only, not for role or status. */
export function storableDimension(d: AnyDimension): Dimension | null {
  return d.kind === 'role' || d.kind === 'status' ? null : d;
}

export function sameDimension(a: AnyDimension, b: AnyDimension): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Custom fields people have, sorted: each is a dimension. */
export function attributeKeys(people: readonly Person[]): string[] {
  const keys = new Set<string>();
  for (const p of people)
    for (const [k, v] of Object.entries(p.attributes)) if (v.trim()) keys.add(k);
  return [...keys].sort((a, b) => a.localeCompare(b));
}

export type EventOption = { id: EventId; name: string; depth: number; startDate: string | null };

/** Events in tree order (parents before children, siblings by date then name), with depth. */
export function eventOptions(events: readonly PlenaryEvent[]): EventOption[] {
  const live = events.filter((e) => e.deletedAt === null);
  const ids = new Set(live.map((e) => e.id));
  const byParent = new Map<EventId | null, PlenaryEvent[]>();
  for (const e of live) {
    const parent = e.parentId !== null && ids.has(e.parentId) ? e.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), e]);
  }
  const order = (a: PlenaryEvent, b: PlenaryEvent) =>
    (a.startDate ?? '').localeCompare(b.startDate ?? '') || a.name.localeCompare(b.name);
  const out: EventOption[] = [];
  const seen = new Set<EventId>();
  const walk = (parent: EventId | null, depth: number) => {
    for (const e of [...(byParent.get(parent) ?? [])].sort(order)) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      out.push({ id: e.id, name: e.name, depth, startDate: e.startDate });
      walk(e.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/**
 * Targets that apply to the view: same dimension, and for a selected event or every event; with
 * no event selected (the whole workspace), every target of the dimension, each in its own scope.
 */
export function targetsInView(
  targets: readonly Target[],
  eventIds: readonly EventId[],
  dimension: AnyDimension,
): Target[] {
  return targets.filter(
    (t) =>
      t.deletedAt === null &&
      sameDimension(t.dimension, dimension) &&
      (eventIds.length === 0 || t.eventId === null || eventIds.includes(t.eventId)),
  );
}

export type RuleDraft = { category: string; min: string; max: string; unit: 'share' | 'count' };
export type RuleDraftError = { index: number; field: 'category' | 'min' | 'max'; key: string };

/** Parses "45" (percent) or "3" (people); '' is no bound. */
function parseBound(text: string, unit: RuleDraft['unit']): number | null | 'invalid' {
  const s = text.trim().replace(',', '.').replace(/%$/, '').trim();
  if (s === '') return null;
  const n = Number(s);
  if (!Number.isFinite(n) || n < 0) return 'invalid';
  if (unit === 'share') return n > 100 ? 'invalid' : n / 100;
  return Number.isInteger(n) ? n : 'invalid';
}

/** Turns the form's rule rows into target rules, or lists what is wrong (i18n keys). */
export function parseRules(
  drafts: readonly RuleDraft[],
): { ok: true; rules: TargetRule[] } | { ok: false; errors: RuleDraftError[] } {
  const errors: RuleDraftError[] = [];
  const rules: TargetRule[] = [];
  drafts.forEach((d, index) => {
    if (d.category === '') errors.push({ index, field: 'category', key: 'validation.required' });
    const min = parseBound(d.min, d.unit);
    const max = parseBound(d.max, d.unit);
    const bad =
      d.unit === 'share' ? 'representation.targets.badShare' : 'representation.targets.badCount';
    if (min === 'invalid') errors.push({ index, field: 'min', key: bad });
    if (max === 'invalid') errors.push({ index, field: 'max', key: bad });
    if (min === null && max === null)
      errors.push({ index, field: 'min', key: 'representation.targets.noBound' });
    if (typeof min === 'number' && typeof max === 'number' && min > max)
      errors.push({ index, field: 'max', key: 'validation.minAboveMax' });
    if (min === 'invalid' || max === 'invalid') return;
    rules.push({
      category: d.category,
      minShare: d.unit === 'share' ? min : null,
      maxShare: d.unit === 'share' ? max : null,
      minCount: d.unit === 'count' ? min : null,
      maxCount: d.unit === 'count' ? max : null,
    });
  });
  if (drafts.length === 0)
    errors.push({ index: -1, field: 'category', key: 'representation.targets.noRules' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rules };
}

const percent = (x: number | null) => (x === null ? '' : String(Math.round(x * 1000) / 10));

/** The form rows of a stored rule. */
export function ruleDraftOf(rule: TargetRule): RuleDraft {
  if (rule.minCount !== null || rule.maxCount !== null)
    return {
      category: rule.category,
      min: rule.minCount === null ? '' : String(rule.minCount),
      max: rule.maxCount === null ? '' : String(rule.maxCount),
      unit: 'count',
    };
  return {
    category: rule.category,
    min: percent(rule.minShare),
    max: percent(rule.maxShare),
    unit: 'share',
  };
}

/** The records the analytics read, as one WorkspaceData (relationships and views unused). */
export function analysisData(parts: {
  people: Person[];
  organisations: WorkspaceData['organisations'];
  events: PlenaryEvent[];
  participations: Participation[];
  targets: Target[];
  regionSchemes: WorkspaceData['regionSchemes'];
}): WorkspaceData {
  return { ...emptyWorkspaceData(), ...parts };
}

/** The index lines for a distribution: gender ones for gender, diversity ones for every dimension. */
export function indexValues(
  dist: Distribution,
  dimension: AnyDimension,
  categoryCount: number,
): { key: IndexKey; value: number | null; format: 'share' | 'number' }[] {
  const counts = dist.categories.map((c) => c.count);
  const k = categoryCount > 0 ? categoryCount : counts.filter((c) => c > 0).length;
  const out: { key: IndexKey; value: number | null; format: 'share' | 'number' }[] = [];
  if (dimension.kind === 'gender') {
    out.push({ key: 'womensShare', value: womensShare(dist), format: 'share' });
    out.push({ key: 'genderParity', value: genderParityIndex(dist), format: 'number' });
  }
  out.push({ key: 'blau', value: blauIndex(counts), format: 'number' });
  out.push({ key: 'blauNormalised', value: normalisedBlau(counts, k), format: 'number' });
  out.push({ key: 'shannonEvenness', value: shannonEvenness(counts, k), format: 'number' });
  return out;
}

/** Region dimensions compare with UN Member States; the others with the candidate pool. */
export function benchmarkKind(dimension: AnyDimension): 'member-states' | 'candidate-pool' {
  return (dimension.kind === 'nationality' || dimension.kind === 'residence') &&
    dimension.scheme !== 'country'
    ? 'member-states'
    : 'candidate-pool';
}
