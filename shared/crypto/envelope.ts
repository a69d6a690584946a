// Encrypted envelopes for workspace files and backups: AES-256-GCM under a key derived from a
// passphrase with PBKDF2-SHA-256. Uses WebCrypto (`globalThis.crypto.subtle`), present in
// Node 20, Electron and Chromium, so the same code runs in the renderer, main and the CLI.
//
// Layout (all integers big-endian):
//   magic "PLNRYENC" (8) | format version (1) | KDF id (1, 1 = PBKDF2-SHA-256)
//   | iterations (4) | salt (16) | IV (12) | ciphertext length (4) | key check (16)
//   | ciphertext with GCM tag | SHA-256 of everything before it (32)
// The header (magic … key check) is the GCM additional data, so no field of it can be changed
// without the decryption failing. The trailing digest is not a secret check: it lets a damaged
// file be told apart from a wrong passphrase before any key is derived, and the key check (HKDF
// from the same PBKDF2 output as the key) tells a wrong passphrase apart from tampering.
import type { RandomBytes } from '../domain/ids';
import { cryptoRandomBytes } from '../domain/ids';
import { subtle, utf8 } from './subtle';

export const ENVELOPE_MAGIC = 'PLNRYENC';
export const ENVELOPE_VERSION = 1;
export const KDF_PBKDF2_SHA256 = 1;
/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA-256. */
export const DEFAULT_ITERATIONS = 600_000;
/** Refuses a header asking for absurd work: a file must not be able to hang the app. */
export const MAX_ITERATIONS = 10_000_000;

const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 16;
const TAG_BYTES = 16;
const DIGEST_BYTES = 32;
const MAGIC = utf8(ENVELOPE_MAGIC);
/** magic + version + kdf + iterations + salt + iv + length + key check */
export const HEADER_BYTES = MAGIC.length + 1 + 1 + 4 + SALT_BYTES + IV_BYTES + 4 + CHECK_BYTES;

export type DecryptErrorCode =
  | 'not-encrypted'
  | 'newer-version'
  | 'truncated'
  | 'tampered'
  | 'wrong-passphrase'
  | 'weak-parameters';
export type EncryptErrorCode = 'empty-passphrase' | 'weak-parameters';

/** Thrown by `encrypt` only for caller mistakes; `decrypt` reports failures as data. */
export class EncryptError extends Error {
  readonly code: EncryptErrorCode;
  readonly messageKey: string;
  constructor(code: EncryptErrorCode) {
    super(code);
    this.name = 'EncryptError';
    this.code = code;
    this.messageKey = cryptoMessageKey(code);
  }
}

export type DecryptResult =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly iterations: number }
  | { readonly ok: false; readonly code: DecryptErrorCode; readonly messageKey: string };

/** The i18n key that explains an error code to the user (`privacy.crypto.errors.*`). */
export function cryptoMessageKey(code: DecryptErrorCode | EncryptErrorCode): string {
  return `privacy.crypto.errors.${code}`;
}

export type KdfOptions = {
  /** PBKDF2 iterations; defaults to DEFAULT_ITERATIONS. */
  readonly iterations?: number;
  /**
   * The floor below which encryption is refused and files are rejected (a downgraded header).
   * Production code leaves it at DEFAULT_ITERATIONS; only tests lower it, to stay fast.
   */
  readonly minIterations?: number;
};

/** True when the bytes start like an encrypted envelope (even a truncated one). */
export function looksEncrypted(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, MAGIC.length);
  if (n === 0) return false;
  for (let i = 0; i < n; i++) if (bytes[i] !== MAGIC[i]) return false;
  return true;
}

export async function encrypt(
  plaintext: Uint8Array,
  passphrase: string,
  options: KdfOptions = {},
  randomBytes: RandomBytes = cryptoRandomBytes,
): Promise<Uint8Array> {
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const floor = options.minIterations ?? DEFAULT_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < floor || iterations > MAX_ITERATIONS) {
    throw new EncryptError('weak-parameters');
  }
  if (passphrase.length === 0) throw new EncryptError('empty-passphrase');
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const { key, check } = await deriveKeys(passphrase, salt, iterations);

  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  let at = 0;
  header.set(MAGIC, at);
  at += MAGIC.length;
  header[at++] = ENVELOPE_VERSION;
  header[at++] = KDF_PBKDF2_SHA256;
  view.setUint32(at, iterations);
  at += 4;
  header.set(salt, at);
  at += SALT_BYTES;
  header.set(iv, at);
  at += IV_BYTES;
  view.setUint32(at, plaintext.length + TAG_BYTES);
  at += 4;
  header.set(check, at);

  const ciphertext = new Uint8Array(
    await subtle().encrypt(
      { name: 'AES-GCM', iv, additionalData: header, tagLength: TAG_BYTES * 8 },
      key,
      plaintext,
    ),
  );
  const body = concat(header, ciphertext);
  const digest = new Uint8Array(await subtle().digest('SHA-256', body));
  return concat(body, digest);
}

export async function decrypt(
  file: Uint8Array,
  passphrase: string,
  options: Pick<KdfOptions, 'minIterations'> = {},
): Promise<DecryptResult> {
  const fail = (code: DecryptErrorCode): DecryptResult => ({
    ok: false,
    code,
    messageKey: cryptoMessageKey(code),
  });
  if (!looksEncrypted(file)) return fail('not-encrypted');
  if (file.length <= MAGIC.length) return fail('truncated');
  const version = file[MAGIC.length] ?? 0;
  if (version > ENVELOPE_VERSION) return fail('newer-version');
  if (file.length < HEADER_BYTES + TAG_BYTES + DIGEST_BYTES) return fail('truncated');

  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  let at = MAGIC.length + 1;
  const kdf = file[at++];
  const iterations = view.getUint32(at);
  at += 4;
  const salt = file.slice(at, at + SALT_BYTES);
  at += SALT_BYTES;
  const iv = file.slice(at, at + IV_BYTES);
  at += IV_BYTES;
  const cipherLength = view.getUint32(at);
  at += 4;
  const check = file.slice(at, at + CHECK_BYTES);

  const bodyEnd = file.length - DIGEST_BYTES;
  const digest = new Uint8Array(await subtle().digest('SHA-256', file.subarray(0, bodyEnd)));
  if (!equalBytes(digest, file.subarray(bodyEnd))) {
    // A file shorter than its header announces was cut off; any other mismatch is damage.
    return fail(
      HEADER_BYTES + cipherLength + DIGEST_BYTES > file.length ? 'truncated' : 'tampered',
    );
  }
  if (version !== ENVELOPE_VERSION || kdf !== KDF_PBKDF2_SHA256) return fail('tampered');
  if (HEADER_BYTES + cipherLength !== bodyEnd) return fail('tampered');
  if (iterations < (options.minIterations ?? DEFAULT_ITERATIONS) || iterations > MAX_ITERATIONS) {
    return fail('weak-parameters');
  }

  const keys = await deriveKeys(passphrase, salt, iterations);
  if (!equalBytes(keys.check, check)) return fail('wrong-passphrase');
  try {
    const plain = await subtle().decrypt(
      {
        name: 'AES-GCM',
        iv,
        additionalData: file.subarray(0, HEADER_BYTES),
        tagLength: TAG_BYTES * 8,
      },
      keys.key,
      file.subarray(HEADER_BYTES, bodyEnd),
    );
    return { ok: true, bytes: new Uint8Array(plain), iterations };
  } catch {
    // The key check matched, so the passphrase is right: the contents were altered (with the
    // digest recomputed, i.e. deliberately).
    return fail('tampered');
  }
}

async function deriveKeys(passphrase: string, salt: Uint8Array, iterations: number) {
  const s = subtle();
  const material = await s.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const master = await s.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    256,
  );
  const hkdfKey = await s.importKey('raw', master, 'HKDF', false, ['deriveBits']);
  const hkdf = (info: string, bits: number) =>
    s.deriveBits(
      {
        name: 'HKDF',
        hash: 'SHA-256',
        salt: new Uint8Array(0),
        info: utf8(info),
      },
      hkdfKey,
      bits,
    );
  const [keyBits, checkBits] = await Promise.all([
    hkdf('plenary envelope v1 key', 256),
    hkdf('plenary envelope v1 key check', CHECK_BYTES * 8),
  ]);
  const key = await s.importKey('raw', keyBits, 'AES-GCM', false, ['encrypt', 'decrypt']);
  return { key, check: new Uint8Array(checkBits) };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Constant-time over the length, so the key check leaks nothing through timing. */
function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
