// The rules for a new passphrase (an encrypted workspace file, a protected exchange file): one
// minimum, one confirmation, one live hint — the same wherever a passphrase is chosen.

/** Shorter passphrases are refused: the KDF slows guessing, it cannot make "1234" safe. */
export const MIN_PASSPHRASE_LENGTH = 10;

export type PassphraseProblem = 'common.passphrase.tooShort' | 'common.passphrase.mismatch';

/** What stops a new passphrase being used, as an i18n key; null when it may be used. */
export function checkNewPassphrase(passphrase: string, confirm: string): PassphraseProblem | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'common.passphrase.tooShort';
  if (passphrase !== confirm) return 'common.passphrase.mismatch';
  return null;
}

/**
 * The live hint under the passphrase field while it is typed: how many characters are still
 * missing, then whether it is long (several words, or 16+ characters) or merely long enough.
 * Length is the one thing a hint can judge honestly; it never claims a passphrase is "strong".
 */
export function passphraseHint(passphrase: string): {
  key:
    | 'common.passphrase.hint'
    | 'common.passphrase.missing'
    | 'common.passphrase.enough'
    | 'common.passphrase.long';
  count?: number;
} {
  const length = [...passphrase].length;
  if (length === 0) return { key: 'common.passphrase.hint' };
  if (length < MIN_PASSPHRASE_LENGTH) {
    return { key: 'common.passphrase.missing', count: MIN_PASSPHRASE_LENGTH - length };
  }
  const words = passphrase.trim().split(/\s+/).length;
  return length >= 16 || words >= 3
    ? { key: 'common.passphrase.long' }
    : { key: 'common.passphrase.enough' };
}
