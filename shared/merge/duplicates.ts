// The same real person created independently by two colleagues (two ids): candidates offered for
// merging, never merged automatically. By default this is the import's own duplicate rule (same
// e-mail, or the same name regardless of case, accents and the order of given and family names);
// another matcher can be injected.
import type { Person, PersonId } from '../domain/model';
import { findDuplicates } from '../import/duplicates';
import type { PreparedRow } from '../import/prepare';

export type PersonMatch = { score: number; reasons: string[] };
export type PersonMatcher = (a: Person, b: Person) => PersonMatch | null;

export type DuplicatePair = {
  /** `mineId|theirsId`: what `apply` takes to merge the pair. */
  key: string;
  mineId: PersonId;
  theirsId: PersonId;
  score: number;
  reasons: string[];
};

/** Person as an import row, so that the import's own duplicate rule judges the pair. */
function asRow(p: Person, row: number): PreparedRow {
  return {
    row,
    person: { ...p, title: '' },
    organisation: null,
    role: null,
    status: null,
    changes: [],
    problems: [],
  };
}

/** The import's duplicate rule (shared/import/duplicates.ts) applied to one pair. */
export const importPersonMatcher: PersonMatcher = (a, b) => {
  const [match] = findDuplicates([asRow(b, 0)], [{ ...a, deletedAt: null }]);
  return match ? { score: match.score, reasons: match.reasons } : null;
};

/** Pairs of (a live person of mine, a live person arriving from theirs) that look the same. */
export function findIncomingDuplicates(
  mine: readonly Person[],
  incoming: readonly Person[],
  matcher?: PersonMatcher,
): DuplicatePair[] {
  const live = mine.filter((p) => p.deletedAt === null);
  const arriving = incoming.filter((p) => p.deletedAt === null);
  const out: DuplicatePair[] = [];
  if (matcher) {
    for (const t of arriving) {
      for (const m of live) {
        const match = m.id === t.id ? null : matcher(m, t);
        if (match) out.push({ key: `${m.id}|${t.id}`, mineId: m.id, theirsId: t.id, ...match });
      }
    }
  } else {
    // The import's matcher, indexed: one pass over all arriving people.
    const rows = arriving.map((p, i) => asRow(p, i));
    for (const c of findDuplicates(rows, live)) {
      const t = arriving[c.row];
      if (!t || c.target.kind !== 'existing' || c.target.id === t.id) continue;
      const m = c.target.id;
      out.push({
        key: `${m}|${t.id}`,
        mineId: m,
        theirsId: t.id,
        score: c.score,
        reasons: c.reasons,
      });
    }
  }
  return out.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
}
