// The optional merge bookkeeping on records: additive and backward compatible.
import { describe, expect, it } from 'vitest';
import { validateRecord } from '@shared/domain/schemas';
import { aPerson } from '../../../helpers/builders';

describe('record sync bookkeeping', () => {
  it('records without it still validate, and it is kept when present', () => {
    const legacy = aPerson();
    expect(validateRecord('people', legacy).ok).toBe(true);
    const sync = {
      vv: { Amina: 2 },
      seen: ['test@2026-01-15T10:00:00.000Z'],
      fields: { notes: { by: 'Amina', n: 2, at: '2026-02-01T00:00:00.000Z' } },
    };
    const checked = validateRecord('people', { ...legacy, sync });
    expect(checked.ok && checked.value.sync).toEqual(sync);
  });

  it('rejects malformed bookkeeping instead of storing it', () => {
    const bad = { ...aPerson(), sync: { vv: { Amina: -1 }, seen: [], fields: {} } };
    expect(validateRecord('people', bad).ok).toBe(false);
    const badDot = {
      ...aPerson(),
      sync: { vv: {}, seen: [], fields: { notes: { by: 'A', n: 1, at: 'yesterday' } } },
    };
    expect(validateRecord('people', badDot).ok).toBe(false);
  });
});
