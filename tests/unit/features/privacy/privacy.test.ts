// The Privacy screen's review lists and the encrypted workspace round trip on a real Dexie.
import { describe, expect, it } from 'vitest';
import { reviewPrivacy } from '../../../../renderer/src/features/privacy/privacyReview';
import {
  encryptWorkspace,
  openEncryptedWorkspace,
} from '../../../../renderer/src/features/privacy/encryptedWorkspace';
import { readWorkspace } from '../../../../renderer/src/data/repo/workspace';
import { aPerson } from '../../../helpers/builders';
import { freshStore, seedSmallWorkspace } from '../../data/fixtures';

const FAST = { iterations: 1_000, minIterations: 1_000 };

describe('reviewPrivacy', () => {
  it('lists live people past retention (oldest date first) and people with no basis', () => {
    const consent = { basis: 'consent' as const, date: '2025-01-01', source: 'form' };
    const people = [
      aPerson({ givenName: 'Ana', retainUntil: '2026-11-27', consent }),
      aPerson({ givenName: 'Ben', retainUntil: '2026-11-28', consent }),
      aPerson({ givenName: 'Cai', retainUntil: '2024-01-01', consent }),
      aPerson({
        givenName: 'Dee',
        retainUntil: null,
        consent: { basis: null, date: null, source: '' },
      }),
      aPerson({
        givenName: 'Eve',
        retainUntil: '2020-01-01',
        consent: { basis: null, date: null, source: '' },
        deletedAt: '2026-01-01T00:00:00.000Z',
      }),
    ];
    const review = reviewPrivacy(people, '2026-11-28');
    expect(review.pastRetention.map((r) => r.name.split(' ')[0])).toEqual(['Cai', 'Ana']);
    expect(review.noBasis.map((r) => r.name.split(' ')[0])).toEqual(['Dee']);
  });
});

describe('encrypted workspace files', () => {
  it('a wrong passphrase changes nothing; the right one restores every record', async () => {
    const store = freshStore();
    await seedSmallWorkspace(store);
    const original = await readWorkspace(store);
    const { bytes, people, name } = await encryptWorkspace(
      store,
      'Nairobi EGM',
      'a long passphrase',
      FAST,
    );
    expect(name).toMatch(/^plenary-nairobi-egm-\d{4}-\d{2}-\d{2}\.plenc$/);
    expect(people).toBe(2);

    const target = freshStore();
    await seedSmallWorkspace(target);
    const before = await readWorkspace(target);
    let backedUp = 0;
    const wrong = await openEncryptedWorkspace(target, bytes, 'not the passphrase', {
      kdf: FAST,
      beforeReplace: () => {
        backedUp += 1;
        return Promise.resolve();
      },
    });
    expect(wrong).toEqual({ ok: false, messageKey: 'privacy.crypto.errors.wrong-passphrase' });
    expect(await readWorkspace(target)).toEqual(before);
    expect(backedUp).toBe(0);

    const damaged = bytes.slice();
    damaged[100] = (damaged[100] ?? 0) ^ 1;
    expect(
      await openEncryptedWorkspace(target, damaged, 'a long passphrase', { kdf: FAST }),
    ).toEqual({
      ok: false,
      messageKey: 'privacy.crypto.errors.tampered',
    });

    const right = await openEncryptedWorkspace(target, bytes, 'a long passphrase', {
      kdf: FAST,
      beforeReplace: () => {
        backedUp += 1;
        return Promise.resolve();
      },
    });
    expect(right).toEqual({ ok: true, name: 'Nairobi EGM', people: 2 });
    expect(backedUp).toBe(1);
    expect(await readWorkspace(target)).toEqual(original);
  });

  it('a plain workspace file is refused as not encrypted', async () => {
    const store = freshStore();
    const outcome = await openEncryptedWorkspace(
      store,
      new TextEncoder().encode('{"format":1}'),
      'x',
    );
    expect(outcome).toEqual({ ok: false, messageKey: 'privacy.crypto.errors.not-encrypted' });
  });
});
