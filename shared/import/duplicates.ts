// Likely duplicates among incoming rows and against the workspace: the same e-mail, or the same
// name regardless of case, accents and the order of given and family names. Candidates only —
// the user decides; nothing is ever merged automatically.
import type { Person, PersonId } from '../domain/model';
import { fold } from './fold';
import type { PreparedRow } from './prepare';

export type DuplicateTarget = { kind: 'existing'; id: PersonId } | { kind: 'row'; row: number };

export type DuplicateCandidate = {
  /** The incoming row that may duplicate the target. */
  row: number;
  target: DuplicateTarget;
  /** 0–1: 1 for the same e-mail and name. */
  score: number;
  reasons: ('same-email' | 'same-name' | 'same-name-reordered')[];
};

type NameLike = { givenName: string; familyName: string; email: string };

/** The name as a bag of folded words: "José GARCÍA" and "Garcia, Jose" give the same key. */
export function nameKey(p: Pick<NameLike, 'givenName' | 'familyName'>): string {
  return fold(`${p.givenName} ${p.familyName}`).split(' ').filter(Boolean).sort().join(' ');
}

function compare(a: NameLike, b: NameLike): Omit<DuplicateCandidate, 'row' | 'target'> | null {
  const reasons: DuplicateCandidate['reasons'] = [];
  const emailA = a.email.trim().toLowerCase();
  if (emailA !== '' && emailA === b.email.trim().toLowerCase()) reasons.push('same-email');
  const keyA = nameKey(a);
  if (keyA !== '' && keyA === nameKey(b)) {
    const sameOrder =
      fold(a.givenName) === fold(b.givenName) && fold(a.familyName) === fold(b.familyName);
    reasons.push(sameOrder ? 'same-name' : 'same-name-reordered');
  }
  if (reasons.length === 0) return null;
  const score =
    (reasons.includes('same-email') ? 0.6 : 0) +
    (reasons.includes('same-name') ? 0.4 : reasons.includes('same-name-reordered') ? 0.35 : 0);
  return { score: Math.round(score * 100) / 100, reasons };
}

export function findDuplicates(
  rows: readonly PreparedRow[],
  existing: readonly Person[],
): DuplicateCandidate[] {
  const out: DuplicateCandidate[] = [];
  const byEmail = new Map<string, Person[]>();
  const byName = new Map<string, Person[]>();
  const index = <K>(m: Map<K, Person[]>, k: K, p: Person) => m.set(k, [...(m.get(k) ?? []), p]);
  for (const p of existing) {
    if (p.deletedAt !== null) continue;
    if (p.email.trim() !== '') index(byEmail, p.email.trim().toLowerCase(), p);
    index(byName, nameKey(p), p);
  }
  const seenRows = new Map<string, PreparedRow[]>();
  for (const r of rows) {
    const candidates = new Set<Person>([
      ...(byEmail.get(r.person.email.trim().toLowerCase()) ?? []),
      ...(byName.get(nameKey(r.person)) ?? []),
    ]);
    for (const p of candidates) {
      const match = compare(r.person, p);
      if (match) out.push({ row: r.row, target: { kind: 'existing', id: p.id }, ...match });
    }
    // Within the file: compare with earlier rows sharing an e-mail or a name key.
    const keys = [`n:${nameKey(r.person)}`, `e:${r.person.email.trim().toLowerCase()}`].filter(
      (k) => k !== 'n:' && k !== 'e:',
    );
    const earlier = new Set(keys.flatMap((k) => seenRows.get(k) ?? []));
    for (const e of earlier) {
      const match = compare(r.person, e.person);
      if (match) out.push({ row: r.row, target: { kind: 'row', row: e.row }, ...match });
    }
    for (const k of keys) seenRows.set(k, [...(seenRows.get(k) ?? []), r]);
  }
  return out.sort((a, b) => b.score - a.score || a.row - b.row);
}
