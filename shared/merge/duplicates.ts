// The same real person created independently by two colleagues (two ids): candidates offered for
// merging, never merged automatically. The matcher is an injectable function so that the merge
// uses the same rule as the import's duplicate check (same e-mail, or the same name regardless of
// case, accents and the order of given and family names).
import type { Person, PersonId } from '../domain/model';

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

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The name as a bag of folded words: "José GARCÍA" and "Garcia, Jose" give the same key. */
export function nameKey(p: Pick<Person, 'givenName' | 'familyName'>): string {
  return fold(`${p.givenName} ${p.familyName}`).split(' ').filter(Boolean).sort().join(' ');
}

export const defaultPersonMatcher: PersonMatcher = (a, b) => {
  const reasons: string[] = [];
  const email = a.email.trim().toLowerCase();
  if (email !== '' && email === b.email.trim().toLowerCase()) reasons.push('same-email');
  const key = nameKey(a);
  if (key !== '' && key === nameKey(b)) {
    const sameOrder =
      fold(a.givenName) === fold(b.givenName) && fold(a.familyName) === fold(b.familyName);
    reasons.push(sameOrder ? 'same-name' : 'same-name-reordered');
  }
  if (reasons.length === 0) return null;
  const score =
    (reasons.includes('same-email') ? 0.6 : 0) +
    (reasons.includes('same-name') ? 0.4 : reasons.includes('same-name-reordered') ? 0.35 : 0);
  return { score: Math.round(score * 100) / 100, reasons };
};

/** Pairs of (a live person of mine, a live person arriving from theirs) that look the same. */
export function findIncomingDuplicates(
  mine: readonly Person[],
  incoming: readonly Person[],
  matcher: PersonMatcher = defaultPersonMatcher,
): DuplicatePair[] {
  const live = mine.filter((p) => p.deletedAt === null);
  const out: DuplicatePair[] = [];
  for (const t of incoming) {
    if (t.deletedAt !== null) continue;
    for (const m of live) {
      if (m.id === t.id) continue;
      const match = matcher(m, t);
      if (match) out.push({ key: `${m.id}|${t.id}`, mineId: m.id, theirsId: t.id, ...match });
    }
  }
  return out.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
}
