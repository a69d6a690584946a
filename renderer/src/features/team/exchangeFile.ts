// Exchange files as bytes: sealing one with a passphrase (shared/crypto: AES-256-GCM, PBKDF2) and
// reading one back — plain or encrypted — into a parsed file or a message key. Nothing here
// touches the workspace, so a wrong passphrase or a bad file changes nothing.
import { ENCRYPTED_EXTENSION, decrypt, encrypt, looksEncrypted } from '@shared/crypto';
import type { KdfOptions } from '@shared/crypto';
import { parseExchangeFile } from '@shared/merge/exchange';
import type { WorkspaceFileError } from '@shared/export/workspace-file';
import type { WorkspaceFile } from '@shared/workspace-file';

export type ReadOutcome =
  | { kind: 'ok'; file: WorkspaceFile }
  /** Encrypted, and no passphrase given yet. */
  | { kind: 'locked' }
  /** A wrong passphrase, a damaged file…: `privacy.crypto.errors.*`. */
  | { kind: 'crypto-error'; messageKey: string }
  | { kind: 'bad-file'; error: WorkspaceFileError };

/** Plain JSON, or the encrypted envelope when a passphrase is given. */
export async function sealExchangeFile(
  file: WorkspaceFile,
  fileName: string,
  passphrase: string | null,
  kdf: KdfOptions = {},
): Promise<{ name: string; content: string | Uint8Array }> {
  const json = JSON.stringify(file);
  if (passphrase === null) return { name: fileName, content: json };
  return {
    name: fileName.replace(/\.json$/, `.${ENCRYPTED_EXTENSION}`),
    content: await encrypt(new TextEncoder().encode(json), passphrase, kdf),
  };
}

export async function readExchangeBytes(
  bytes: Uint8Array,
  passphrase: string | null,
  kdf: Pick<KdfOptions, 'minIterations'> = {},
): Promise<ReadOutcome> {
  let plain = bytes;
  if (looksEncrypted(bytes)) {
    if (passphrase === null) return { kind: 'locked' };
    if (passphrase === '') {
      return { kind: 'crypto-error', messageKey: 'privacy.crypto.errors.empty-passphrase' };
    }
    const result = await decrypt(bytes, passphrase, kdf);
    if (!result.ok) return { kind: 'crypto-error', messageKey: result.messageKey };
    plain = result.bytes;
  }
  const parsed = parseExchangeFile(new TextDecoder('utf-8').decode(plain));
  return parsed.ok ? { kind: 'ok', file: parsed.file } : { kind: 'bad-file', error: parsed.error };
}
