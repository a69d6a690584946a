import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '@shared/domain/model';
import type { WorkspaceData } from '@shared/domain/model';
import { validateRecord } from '@shared/domain/schemas';
import { SYNTHETIC_SIZES, generateSyntheticWorkspace } from '@shared/demo/synthetic';

const NOW = '2026-11-28T12:00:00.000Z';

function hashOf(data: WorkspaceData): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}

describe('generateSyntheticWorkspace', () => {
  const small = generateSyntheticWorkspace({ people: SYNTHETIC_SIZES.S, now: NOW });

  it('gives the same workspace for the same seed, checked by a SHA-256 of its JSON', () => {
    const again = generateSyntheticWorkspace({ people: SYNTHETIC_SIZES.S, now: NOW });
    expect(hashOf(again)).toBe(hashOf(small));
    const other = generateSyntheticWorkspace({ people: SYNTHETIC_SIZES.S, now: NOW, seed: 7 });
    expect(hashOf(other)).not.toBe(hashOf(small));
  });

  it('has the specified sizes: people, organisations ≈ people / 10, about 3 participations each', () => {
    expect(small.people).toHaveLength(1_000);
    expect(small.organisations).toHaveLength(100);
    const perPerson = small.participations.length / small.people.length;
    expect(perPerson).toBeGreaterThan(2.7);
    expect(perPerson).toBeLessThan(3.3);
    expect(small.events.length).toBeGreaterThan(10);
  });

  it('scales organisations with people, with unique ids (the sizes are S/M/L = 1k/10k/50k)', () => {
    expect(SYNTHETIC_SIZES).toEqual({ S: 1_000, M: 10_000, L: 50_000 });
    const bigger = generateSyntheticWorkspace({ people: 2_500, now: NOW });
    expect(bigger.people).toHaveLength(2_500);
    expect(bigger.organisations).toHaveLength(250);
    expect(new Set(bigger.people.map((p) => p.id)).size).toBe(2_500);
    expect(new Set(bigger.participations.map((p) => p.id)).size).toBe(bigger.participations.length);
  });

  it('writes only valid records (a sample of every table)', () => {
    for (const table of TABLE_NAMES) {
      const records: readonly unknown[] = small[table];
      const step = Math.max(1, Math.floor(records.length / 60));
      for (let i = 0; i < records.length; i += step) {
        const result = validateRecord(table, records[i]);
        expect(result.ok ? 'ok' : JSON.stringify(result.issues)).toBe('ok');
      }
    }
  });

  it('links every participation and affiliation to records that exist', () => {
    const people = new Set(small.people.map((p) => p.id));
    const events = new Set(small.events.map((e) => e.id));
    const orgs = new Set(small.organisations.map((o) => o.id));
    for (const p of small.participations) {
      expect(people.has(p.personId)).toBe(true);
      expect(events.has(p.eventId)).toBe(true);
    }
    for (const person of small.people) {
      for (const a of person.affiliations) expect(orgs.has(a.organisationId)).toBe(true);
    }
  });

  it('has a realistic gender and country mix', () => {
    const count = (pred: (g: string) => boolean) =>
      small.people.filter((p) => pred(p.gender)).length / small.people.length;
    expect(count((g) => g === 'woman')).toBeGreaterThan(0.4);
    expect(count((g) => g === 'man')).toBeGreaterThan(0.4);
    expect(count((g) => g === 'unknown' || g === 'prefers-not-to-say')).toBeGreaterThan(0.03);
    const countries = new Set(small.people.map((p) => p.residence));
    expect(countries.size).toBeGreaterThan(40);
    const noNationality = small.people.filter((p) => p.nationalities.length === 0).length;
    expect(noNationality).toBeGreaterThan(10);
  });

  it('rejects a size that is not a positive integer', () => {
    expect(() => generateSyntheticWorkspace({ people: 0, now: NOW })).toThrow(RangeError);
    expect(() => generateSyntheticWorkspace({ people: 2.5, now: NOW })).toThrow(RangeError);
  });
});
