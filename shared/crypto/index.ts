// Encrypted workspace files and backups.
export {
  DEFAULT_ITERATIONS,
  ENVELOPE_MAGIC,
  ENVELOPE_VERSION,
  EncryptError,
  HEADER_BYTES,
  MAX_ITERATIONS,
  cryptoMessageKey,
  decrypt,
  encrypt,
  looksEncrypted,
} from './envelope';
export type { DecryptErrorCode, DecryptResult, EncryptErrorCode, KdfOptions } from './envelope';

/** File extension of an encrypted workspace file (`plenary-….plenc`). */
export const ENCRYPTED_EXTENSION = 'plenc';
