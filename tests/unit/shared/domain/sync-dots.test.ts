// The write dots in a record's merge bookkeeping: a dot whose content was accepted once is not
// parsed again (the writer gives every field of a new record the same dot), and that shortcut
// never lets a malformed dot through.
import { describe, expect, it } from 'vitest';
import { validateRecord } from '@shared/domain/schemas';
import { stampCreate } from '@shared/merge/clock';
import { aPerson } from '../../../helpers/builders';

const AT = '2026-11-28T12:00:00.000Z';
const withDot = (dot: unknown) => ({
  ...aPerson(),
  sync: { vv: { rep_a: 1 }, seen: [], fields: { notes: dot, email: dot } },
});

describe('write dots', () => {
  it('accepts the shared dot of a new record and keeps that one object for every field', () => {
    const person = aPerson();
    const sync = stampCreate(person, 'rep_a', AT);
    const checked = validateRecord('people', { ...person, sync });
    if (!checked.ok) throw new Error('the record was refused');
    const dots = Object.values(checked.value.sync?.fields ?? {});
    expect(dots.length).toBeGreaterThan(5);
    expect(dots.every((d) => d === sync.fields.notes)).toBe(true);
  });

  it('still refuses malformed dots after one with similar content was accepted', () => {
    expect(validateRecord('people', withDot({ by: 'rep_a', n: 1, at: AT })).ok).toBe(true);
    const bad = [
      { by: 'rep_a', n: -1, at: AT },
      { by: 'rep_a', n: 1.5, at: AT },
      { by: 'rep_a', n: '1', at: AT },
      { by: 'rep_a', n: 1, at: 'yesterday' },
      { by: 'rep_a', n: 1, at: AT, extra: true },
      { by: 'x'.repeat(201), n: 1, at: AT },
      { by: 'rep_a', n: 1 },
      ['rep_a', 1, AT],
      null,
    ];
    for (const dot of bad) expect(validateRecord('people', withDot(dot)).ok).toBe(false);
    // The accepted one is still accepted, from memory or not.
    expect(validateRecord('people', withDot({ by: 'rep_a', n: 1, at: AT })).ok).toBe(true);
  });

  it('checks every distinct dot of a record', () => {
    const good = { by: 'rep_a', n: 1, at: AT };
    const record = {
      ...aPerson(),
      sync: {
        vv: { rep_a: 2 },
        seen: [],
        fields: {
          notes: good,
          email: good,
          phone: { by: 'rep_a', n: 2, at: '2026-13-01T00:00:00Z' },
        },
      },
    };
    expect(validateRecord('people', record).ok).toBe(false);
  });

  it('checks a shared dot once per record but still every field name and every other dot', () => {
    const shared = { by: 'rep_a', n: 1, at: AT };
    const record = (fields: Record<string, unknown>) => ({
      ...aPerson(),
      sync: { vv: { rep_a: 1 }, seen: [], fields },
    });
    expect(validateRecord('people', record({ notes: shared, email: shared })).ok).toBe(true);
    // A malformed dot between two uses of the accepted one.
    const between = { notes: shared, email: { by: 'rep_a', n: -1, at: AT }, phone: shared };
    expect(validateRecord('people', record(between)).ok).toBe(false);
    // The accepted dot under a field name that is too long.
    const longName = { notes: shared, ['f'.repeat(101)]: shared };
    expect(validateRecord('people', record(longName)).ok).toBe(false);
  });
});
