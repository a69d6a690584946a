// The rules shared by every "choose a passphrase" form (encrypted workspace, protected exchange file).
import { describe, expect, it } from 'vitest';
import { en } from '@shared/i18n';
import {
  MIN_PASSPHRASE_LENGTH,
  checkNewPassphrase,
  passphraseHint,
} from '../../../renderer/src/ui/passphrase';

describe('checkNewPassphrase', () => {
  it('refuses short or mismatched passphrases', () => {
    expect(checkNewPassphrase('short', 'short')).toBe('common.passphrase.tooShort');
    expect(checkNewPassphrase('long enough one', 'long enough two')).toBe(
      'common.passphrase.mismatch',
    );
    expect(checkNewPassphrase('long enough one', 'long enough one')).toBeNull();
  });

  it('says "too short" before "they differ", and counts characters, not UTF-16 units', () => {
    expect(checkNewPassphrase('abc', 'xyz')).toBe('common.passphrase.tooShort');
    // Nine emoji are 18 UTF-16 units but nine characters: still too short.
    const nine = '🔑'.repeat(MIN_PASSPHRASE_LENGTH - 1);
    expect(checkNewPassphrase(nine, nine)).toBe('common.passphrase.tooShort');
    expect(checkNewPassphrase(nine + 'x', nine + 'x')).toBeNull();
  });
});

describe('passphraseHint', () => {
  it('gives the general advice before anything is typed', () => {
    expect(passphraseHint('')).toEqual({ key: 'common.passphrase.hint' });
  });

  it('counts down the characters still missing', () => {
    expect(passphraseHint('abcd')).toEqual({ key: 'common.passphrase.missing', count: 6 });
    expect(passphraseHint('abcdefghi')).toEqual({ key: 'common.passphrase.missing', count: 1 });
  });

  it('tells "long enough" from "a good length" (16+ characters or three words)', () => {
    expect(passphraseHint('abcdefghij')).toEqual({ key: 'common.passphrase.enough' });
    expect(passphraseHint('abcdefghijklmnop')).toEqual({ key: 'common.passphrase.long' });
    expect(passphraseHint('red owl tin')).toEqual({ key: 'common.passphrase.long' });
  });

  it('uses only keys the catalogue has', () => {
    const p = en.common.passphrase;
    expect(p.hint).toMatch(/10 characters/);
    expect(p.missing_one).toContain('{{count}}');
    expect(p.missing_other).toContain('{{count}}');
    expect(p.enough.length).toBeGreaterThan(0);
    expect(p.long.length).toBeGreaterThan(0);
    expect(p.tooShort).toBe('Use at least 10 characters.');
    expect(p.mismatch).toBe('The two passphrases differ.');
  });
});
