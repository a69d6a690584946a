// The planner screen's view-model: quota rows as the user edits them (counts or shares of the
// seats), the dimensions they can use, and plain-word messages for infeasible plans.
import type { TFunction } from 'i18next';
import type {
  Dimension,
  EventId,
  PlenaryEvent,
  RegionScheme,
  Target,
  WorkspaceData,
} from '@shared/domain/model';
import { allCategories } from '@shared/analytics/dimensions';
import type { ConstraintGroup, Relaxation, Violation } from '@shared/planner/types';
import { sharesToCounts } from '@shared/planner/plan';
import { dimensionKey, eventLineage, type QuotaSpec } from '@shared/planner/workspace';

export type QuotaRow = {
  key: number;
  dimension: string;
  category: string;
  unit: 'count' | 'share';
  /** Counts, or percentages of the seats; '' for no bound. */
  min: string;
  max: string;
};

const BUILT_IN_DIMENSIONS: readonly Dimension[] = [
  { kind: 'gender' },
  { kind: 'stakeholder-group' },
  { kind: 'organisation-type' },
  { kind: 'nationality', scheme: 'm49-region' },
  { kind: 'residence', scheme: 'm49-region' },
  { kind: 'nationality', scheme: 'm49-subregion' },
  { kind: 'nationality', scheme: 'un-regional-group' },
  { kind: 'nationality', scheme: 'ldc' },
  { kind: 'nationality', scheme: 'sids' },
];

/** Every dimension a quota can use: the built-in ones and each custom attribute in use. */
export function plannerDimensions(data: Pick<WorkspaceData, 'people'>): Dimension[] {
  const keys = new Set<string>();
  for (const p of data.people) for (const k of Object.keys(p.attributes)) keys.add(k);
  return [
    ...BUILT_IN_DIMENSIONS,
    ...[...keys].sort().map((key): Dimension => ({ kind: 'attribute', key })),
  ];
}

export function dimensionLabel(t: TFunction, key: string): string {
  if (key.startsWith('attribute:')) return key.slice('attribute:'.length);
  // i18next reads ':' as a namespace separator, so the catalogue keys use '_' instead.
  return t(`planner.dimensions.${key.replace(':', '_')}`, { defaultValue: key });
}

export function categoryLabel(t: TFunction, dimension: string, category: string): string {
  if (dimension === 'gender') return t(`enums.gender.${category}`, { defaultValue: category });
  if (dimension === 'stakeholder-group' || dimension === 'organisation-type') {
    return t(`enums.stakeholderGroup.${category}`, { defaultValue: category });
  }
  return category;
}

/** The categories offered for a dimension: its fixed list, or the values people have. */
export function categoriesFor(
  dimension: Dimension,
  data: Pick<WorkspaceData, 'people'>,
  schemes: readonly RegionScheme[],
): string[] {
  if (dimension.kind !== 'attribute') return [...allCategories(dimension, schemes)];
  const values = new Set<string>();
  for (const p of data.people) {
    const v = (p.attributes[dimension.key] ?? '').trim();
    if (v !== '') values.add(v);
  }
  return [...values].sort();
}

let nextKey = 1;
export const newRowKey = (): number => nextKey++;

/** The event's targets as editable rows: shares stay shares, so changing seats rescales them. */
export function rowsFromTargets(
  targets: readonly Target[],
  events: readonly PlenaryEvent[],
  eventId: EventId,
): QuotaRow[] {
  const scopes = [...eventLineage(events, eventId).map((e) => e.id as EventId | null), null];
  const rows: QuotaRow[] = [];
  const pct = (x: number | null) => (x === null ? '' : String(Math.round(x * 1000) / 10));
  for (const scope of scopes) {
    for (const target of targets) {
      if (
        target.deletedAt !== null ||
        target.eventId !== scope ||
        target.population.roles.length > 0
      )
        continue;
      const dimension = dimensionKey(target.dimension);
      for (const rule of target.rules) {
        if (rows.some((r) => r.dimension === dimension && r.category === rule.category)) continue;
        const counts = rule.minCount !== null || rule.maxCount !== null;
        rows.push({
          key: newRowKey(),
          dimension,
          category: rule.category,
          unit: counts ? 'count' : 'share',
          min: counts ? (rule.minCount === null ? '' : String(rule.minCount)) : pct(rule.minShare),
          max: counts ? (rule.maxCount === null ? '' : String(rule.maxCount)) : pct(rule.maxShare),
        });
      }
    }
  }
  return rows;
}

export type RowError = { row: number; field: 'min' | 'max'; key: string };

function parseBound(text: string): number | null | 'bad' {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? n : 'bad';
}

/** Rows to quota specs for the seats, or the first problems found (nothing is planned then). */
export function rowsToSpecs(
  rows: readonly QuotaRow[],
  seats: number,
  dimensions: readonly Dimension[],
): { specs: QuotaSpec[]; errors: RowError[] } {
  const specs: QuotaSpec[] = [];
  const errors: RowError[] = [];
  rows.forEach((row, i) => {
    const dimension = dimensions.find((d) => dimensionKey(d) === row.dimension);
    const min = parseBound(row.min);
    const max = parseBound(row.max);
    if (min === 'bad') errors.push({ row: i, field: 'min', key: 'planner.errors.quotaBound' });
    if (max === 'bad') errors.push({ row: i, field: 'max', key: 'planner.errors.quotaBound' });
    if (dimension === undefined || min === 'bad' || max === 'bad' || row.category === '') return;
    const counts =
      row.unit === 'share'
        ? sharesToCounts(min === null ? null : min / 100, max === null ? null : max / 100, seats)
        : { min: min === null ? null : Math.ceil(min), max: max === null ? null : Math.floor(max) };
    if (counts.min !== null && counts.max !== null && counts.min > counts.max) {
      errors.push({ row: i, field: 'max', key: 'planner.errors.quotaOrder' });
      return;
    }
    specs.push({ dimension, category: row.category, min: counts.min, max: counts.max });
  });
  return { specs, errors };
}

/** A violation in plain words; `expected`: counts are expected confirmations (acceptance). */
export function violationText(t: TFunction, v: Violation, expected = false): string {
  const dimension = dimensionLabel(t, v.dimension);
  const category = categoryLabel(t, v.dimension, v.category);
  // `count` picks the singular or plural wording ("1 is", "2 are").
  const p = {
    dimension,
    category,
    min: v.min,
    max: v.max,
    achievable: v.achievable,
    count: v.achievable,
  };
  const low = v.min !== null && v.achievable < v.min;
  const key = (() => {
    if (v.dimension === 'seats') {
      if (v.reason === 'conflict') return low ? 'seatsConflict' : 'seatsFixedConflict';
      return low ? 'seats' : 'seatsFixed';
    }
    if (v.dimension === 'organisation' || v.dimension === 'country')
      return v.reason === 'conflict' ? `${v.dimension}Conflict` : v.dimension;
    if (v.reason === 'conflict') return low ? 'minConflict' : 'maxConflict';
    if (low) return expected ? 'minPoolExpected' : 'minPool';
    return 'maxFixed';
  })();
  return t(`planner.infeasible.${key}`, p);
}

export function relaxationText(
  t: TFunction,
  r: Relaxation,
  names: (kind: 'organisation' | 'country', key: string) => string,
): string {
  const c = r.constraint;
  // A limit relaxation is an exception for one organisation or country, and says so.
  if (c.kind === 'organisation' || c.kind === 'country') {
    return t(`planner.infeasible.relax${c.kind === 'organisation' ? 'Org' : 'Country'}`, {
      name: names(c.kind, c.kind === 'organisation' ? c.organisation : c.country),
      from: r.from,
      to: r.to,
    });
  }
  if (c.kind === 'seats') {
    return t(
      r.bound === 'min' ? 'planner.infeasible.relaxSeatsDown' : 'planner.infeasible.relaxSeatsUp',
      {
        from: r.from,
        to: r.to,
      },
    );
  }
  const what =
    c.kind === 'quota'
      ? `${categoryLabel(t, c.dimension, c.category)} (${dimensionLabel(t, c.dimension)})`
      : t('planner.infeasible.ruleFixed', { count: r.from });
  return t(r.bound === 'min' ? 'planner.infeasible.relaxMin' : 'planner.infeasible.relaxMax', {
    what,
    from: r.from,
    to: r.to,
  });
}

export function conflictText(t: TFunction, groups: readonly ConstraintGroup[]): string {
  const parts = groups.map((g) => {
    switch (g.kind) {
      case 'seats':
        return t('planner.infeasible.ruleSeats', { seats: g.seats });
      case 'organisation-limit':
        return t('planner.infeasible.ruleOrg', { max: g.max });
      case 'country-limit':
        return t('planner.infeasible.ruleCountry', { max: g.max });
      case 'fixed':
        return t('planner.infeasible.ruleFixed', { count: g.count });
      case 'quota': {
        const bounds = [g.min === null ? '' : `≥ ${g.min}`, g.max === null ? '' : `≤ ${g.max}`]
          .filter(Boolean)
          .join(', ');
        return t('planner.infeasible.ruleQuota', {
          category: categoryLabel(t, g.dimension, g.category),
          dimension: dimensionLabel(t, g.dimension),
          bounds,
        });
      }
    }
  });
  return t('planner.infeasible.conflict', { list: parts.join('; ') });
}

/** Applies an accepted relaxation to the editable rows: a relaxed quota becomes a count. */
export function relaxRows(
  rows: readonly QuotaRow[],
  relaxation: readonly Relaxation[],
  seats: number,
): QuotaRow[] {
  return rows.map((row) => {
    const mine = relaxation.filter(
      (r) =>
        r.constraint.kind === 'quota' &&
        r.constraint.dimension === row.dimension &&
        r.constraint.category === row.category,
    );
    if (mine.length === 0) return row;
    let next = row;
    if (row.unit === 'share') {
      // Both bounds become counts for the current seats, so the untouched one keeps its meaning.
      const min = parseBound(row.min);
      const max = parseBound(row.max);
      const counts = sharesToCounts(
        typeof min === 'number' ? min / 100 : null,
        typeof max === 'number' ? max / 100 : null,
        seats,
      );
      next = {
        ...row,
        unit: 'count',
        min: counts.min === null ? '' : String(counts.min),
        max: counts.max === null ? '' : String(counts.max),
      };
    }
    for (const r of mine)
      next = r.bound === 'min' ? { ...next, min: String(r.to) } : { ...next, max: String(r.to) };
    return next;
  });
}
