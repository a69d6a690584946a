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
  return keyOfFolded(fold(p.givenName), fold(p.familyName));
}

/**
 * The name key from the folded parts: folding works character by character and collapses
 * spaces, so fold(given + ' ' + family) is the folded parts joined by a space — one fold per
 * part instead of three per person (folding was a third of the duplicate search at 50,000 rows).
 */
function keyOfFolded(given: string, family: string): string {
  return `${given} ${family}`.split(' ').filter(Boolean).sort().join(' ');
}

/** What the comparison reads of a person, computed once per person (not once per pair). */
type Keys = { email: string; name: string; given: string; family: string };
function keysOf(p: NameLike): Keys {
  const given = fold(p.givenName);
  const family = fold(p.familyName);
  return { email: p.email.trim().toLowerCase(), name: keyOfFolded(given, family), given, family };
}

/** The items of both lists, each once, in order (no new collection when one is missing). */
function union<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): Iterable<T> {
  if (!a) return b ?? [];
  if (!b) return a;
  return new Set([...a, ...b]);
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
  const seenByName = new Map<string, Seen[]>();
  const seenByEmail = new Map<string, Seen[]>();
  for (const r of rows) {
    const keys = keysOf(r.person);
    for (const p of union(byEmail.get(keys.email), byName.get(keys.name))) {
      const match = compare(keys, p.keys);
      if (match)
        out.push({
          row: r.row,
          target: { kind: 'existing', id: p.id },
          score: match.score,
          reasons: match.reasons,
        });
    }
    // Within the file: compare with earlier rows sharing a name key or an e-mail.
    const byNameKey = keys.name === '' ? undefined : seenByName.get(keys.name);
    const byEmailKey = keys.email === '' ? undefined : seenByEmail.get(keys.email);
    for (const e of union(byNameKey, byEmailKey)) {
      const match = compare(keys, e.keys);
      if (match)
        out.push({
          row: r.row,
          target: { kind: 'row', row: e.row },
          score: match.score,
          reasons: match.reasons,
        });
    }
    const seen = { row: r.row, keys };
    if (keys.name !== '') add(seenByName, keys.name, seen);
    if (keys.email !== '') add(seenByEmail, keys.email, seen);
  }
  return out.sort((a, b) => b.score - a.score || a.row - b.row);
}
