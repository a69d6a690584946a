// The wizard's duplicate decisions → merge decisions: one merge per row (the first candidate the
// user chose to merge), nothing for candidates kept apart or not decided.
import { describe, expect, it } from 'vitest';
import type { PersonId } from '../../../../shared/domain/model';
import type { DuplicateCandidate } from '../../../../shared/import';
import { candidateKey, mergesFrom } from '../../../../renderer/src/features/transfer/importModel';
import type { DuplicateChoice } from '../../../../renderer/src/features/transfer/importModel';

const candidate = (row: number, target: DuplicateCandidate['target']): DuplicateCandidate => ({
  row,
  target,
  score: 0.4,
  reasons: ['same-name'],
});

const existing = { kind: 'existing', id: 'per_0000000000000001' as PersonId } as const;
const candidates = [
  candidate(5, existing),
  candidate(5, { kind: 'row', row: 3 }),
  candidate(7, { kind: 'row', row: 2 }),
  candidate(9, { kind: 'row', row: 8 }),
];

describe('mergesFrom', () => {
  it('gives no merges when nothing was chosen, or everything kept apart', () => {
    expect(mergesFrom(candidates, new Map()).size).toBe(0);
    const apart = new Map<string, DuplicateChoice>(
      candidates.map((c) => [candidateKey(c), { decision: 'apart', take: {} }]),
    );
    expect(mergesFrom(candidates, apart).size).toBe(0);
  });

  it('merges each row into the first candidate chosen for it, with its field choices', () => {
    const choices = new Map<string, DuplicateChoice>([
      [candidateKey(candidates[1]!), { decision: 'merge', take: { email: 'incoming' } }],
      [candidateKey(candidates[0]!), { decision: 'merge', take: {} }],
      [candidateKey(candidates[2]!), { decision: 'apart', take: {} }],
      [candidateKey(candidates[3]!), { decision: 'merge', take: { gender: 'target' } }],
    ]);
    const merges = mergesFrom(candidates, choices);
    expect([...merges.keys()].sort()).toEqual([5, 9]);
    // Row 5 has two chosen candidates: the first in the list (the existing person) wins.
    expect(merges.get(5)).toEqual({ target: existing, take: {} });
    expect(merges.get(9)).toEqual({ target: { kind: 'row', row: 8 }, take: { gender: 'target' } });
  });
});
