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

/** What the comparison reads of a person, computed once per person (not once per pair). */
type Keys = { email: string; name: string; given: string; family: string };
function keysOf(p: NameLike): Keys {
  return {
    email: p.email.trim().toLowerCase(),
    name: nameKey(p),
    given: fold(p.givenName),
    family: fold(p.familyName),
  };
}

function compare(a: Keys, b: Keys): Omit<DuplicateCandidate, 'row' | 'target'> | null {
  const reasons: DuplicateCandidate['reasons'] = [];
  if (a.email !== '' && a.email === b.email) reasons.push('same-email');
  if (a.name !== '' && a.name === b.name) {
    const sameOrder = a.given === b.given && a.family === b.family;
    reasons.push(sameOrder ? 'same-name' : 'same-name-reordered');
  }
  if (reasons.length === 0) return null;
  const score =
    (reasons.includes('same-email') ? 0.6 : 0) +
    (reasons.includes('same-name') ? 0.4 : reasons.includes('same-name-reordered') ? 0.35 : 0);
  return { score: Math.round(score * 100) / 100, reasons };
}

/** Appends to the list under `key` in place (copying the list each time was quadratic). */
function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function findDuplicates(
  rows: readonly PreparedRow[],
  existing: readonly Person[],
): DuplicateCandidate[] {
  const out: DuplicateCandidate[] = [];
  type Known = { id: PersonId; keys: Keys };
  const byEmail = new Map<string, Known[]>();
  const byName = new Map<string, Known[]>();
  for (const p of existing) {
    if (p.deletedAt !== null) continue;
    const known = { id: p.id, keys: keysOf(p) };
    if (known.keys.email !== '') add(byEmail, known.keys.email, known);
    add(byName, known.keys.name, known);
  }
  type Seen = { row: number; keys: Keys };
  const seenRows = new Map<string, Seen[]>();
  for (const r of rows) {
    const keys = keysOf(r.person);
    const candidates = new Set<Known>([
      ...(byEmail.get(keys.email) ?? []),
      ...(byName.get(keys.name) ?? []),
    ]);
    for (const p of candidates) {
      const match = compare(keys, p.keys);
      if (match) out.push({ row: r.row, target: { kind: 'existing', id: p.id }, ...match });
    }
    // Within the file: compare with earlier rows sharing an e-mail or a name key.
    const lookups = [`n:${keys.name}`, `e:${keys.email}`].filter((k) => k !== 'n:' && k !== 'e:');
    const earlier = new Set(lookups.flatMap((k) => seenRows.get(k) ?? []));
    for (const e of earlier) {
      const match = compare(keys, e.keys);
      if (match) out.push({ row: r.row, target: { kind: 'row', row: e.row }, ...match });
    }
    const seen = { row: r.row, keys };
    for (const k of lookups) add(seenRows, k, seen);
  }
  return out.sort((a, b) => b.score - a.score || a.row - b.row);
}
