import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ITERATIONS,
  ENVELOPE_MAGIC,
  EncryptError,
  HEADER_BYTES,
  decrypt,
  encrypt,
  looksEncrypted,
} from '@shared/crypto';
import type { DecryptResult } from '@shared/crypto';

// Few iterations keep these tests fast; one test below runs the production default.
const FAST = { iterations: 1_000, minIterations: 1_000 };
const plain = new TextEncoder().encode(
  JSON.stringify({ format: 'plenary-workspace', people: [{ name: 'Amina Diallo' }] }),
);

function failure(result: DecryptResult) {
  if (result.ok) throw new Error('expected a failure');
  return result;
}

describe('encrypted envelope', () => {
  it('round-trips with the right passphrase and hides the plaintext', async () => {
    const file = await encrypt(plain, 'correct horse battery staple', FAST);
    expect(looksEncrypted(file)).toBe(true);
    expect(new TextDecoder().decode(file)).not.toContain('Amina');
    const result = await decrypt(file, 'correct horse battery staple', FAST);
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe(
      new TextDecoder().decode(plain),
    );
  });

  it('uses a fresh salt and IV for every encryption', async () => {
    const a = await encrypt(plain, 'pass', FAST);
    const b = await encrypt(plain, 'pass', FAST);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(Buffer.from(a.subarray(14, 42)).equals(Buffer.from(b.subarray(14, 42)))).toBe(false);
  });

  it('says "wrong passphrase" for a wrong passphrase', async () => {
    const file = await encrypt(plain, 'right', FAST);
    const result = failure(await decrypt(file, 'wrong', FAST));
    expect(result.code).toBe('wrong-passphrase');
    expect(result.messageKey).toBe('privacy.crypto.errors.wrong-passphrase');
  });

  it('says "tampered" for a flipped byte anywhere in the header, ciphertext or digest', async () => {
    const file = await encrypt(plain, 'right', FAST);
    // Every position after the magic and version (which have their own meaning) is covered.
    for (let i = ENVELOPE_MAGIC.length + 1; i < file.length; i += 7) {
      const damaged = file.slice();
      damaged[i] = (damaged[i] ?? 0) ^ 0x01;
      const result = failure(await decrypt(damaged, 'right', FAST));
      expect(['tampered', 'truncated'], `byte ${i}`).toContain(result.code);
    }
    const inCiphertext = file.slice();
    inCiphertext[HEADER_BYTES + 3] = (inCiphertext[HEADER_BYTES + 3] ?? 0) ^ 0x80;
    expect(failure(await decrypt(inCiphertext, 'right', FAST)).code).toBe('tampered');
  });

  it('says "tampered" when the ciphertext is altered and the digest recomputed', async () => {
    const file = await encrypt(plain, 'right', FAST);
    const damaged = file.slice();
    damaged[HEADER_BYTES + 1] = (damaged[HEADER_BYTES + 1] ?? 0) ^ 0x01;
    const digest = new Uint8Array(
      await crypto.subtle.digest('SHA-256', damaged.subarray(0, damaged.length - 32)),
    );
    damaged.set(digest, damaged.length - 32);
    expect(failure(await decrypt(damaged, 'right', FAST)).code).toBe('tampered');
  });

  it('says "truncated" for a file cut short at any length', async () => {
    const file = await encrypt(plain, 'right', FAST);
    for (const length of [3, 8, 9, 20, HEADER_BYTES, HEADER_BYTES + 10, file.length - 1]) {
      const result = failure(await decrypt(file.slice(0, length), 'right', FAST));
      expect(result.code, `length ${length}`).toBe('truncated');
    }
  });

  it('says "newer version" for a file written by a later format version', async () => {
    const file = await encrypt(plain, 'right', FAST);
    file[ENVELOPE_MAGIC.length] = 2;
    expect(failure(await decrypt(file, 'right', FAST)).code).toBe('newer-version');
  });

  it('says "not encrypted" for a plain workspace file or an empty one', async () => {
    expect(failure(await decrypt(plain, 'right', FAST)).code).toBe('not-encrypted');
    expect(failure(await decrypt(new Uint8Array(0), 'right', FAST)).code).toBe('not-encrypted');
    expect(looksEncrypted(plain)).toBe(false);
  });

  it('refuses to encrypt below the iteration floor or with an empty passphrase', async () => {
    await expect(encrypt(plain, 'pass', { iterations: 1_000 })).rejects.toBeInstanceOf(
      EncryptError,
    );
    await expect(encrypt(plain, 'pass', { iterations: 100_000 })).rejects.toMatchObject({
      code: 'weak-parameters',
    });
    await expect(encrypt(plain, '', FAST)).rejects.toMatchObject({
      code: 'empty-passphrase',
      messageKey: 'privacy.crypto.errors.empty-passphrase',
    });
  });

  it('refuses a file whose header asks for fewer iterations than the production floor', async () => {
    const weak = await encrypt(plain, 'pass', FAST);
    expect(failure(await decrypt(weak, 'pass')).code).toBe('weak-parameters');
  });

  it('treats the same passphrase typed in another Unicode normal form as the same', async () => {
    const file = await encrypt(plain, 'caf\u00e9', FAST);
    expect((await decrypt(file, 'cafe\u0301', FAST)).ok).toBe(true);
  });

  it('round-trips at the production default of 600,000 iterations', async () => {
    const file = await encrypt(plain, 'long passphrase', {});
    const view = new DataView(file.buffer, file.byteOffset);
    expect(view.getUint32(ENVELOPE_MAGIC.length + 2)).toBe(DEFAULT_ITERATIONS);
    const result = await decrypt(file, 'long passphrase');
    expect(result.ok && result.iterations).toBe(600_000);
  }, 60_000);
});
