// Exporting and reopening encrypted workspace files. Every failure is a message key, and a
// failure changes nothing: the workspace is only replaced after decryption and validation pass.
import { ENCRYPTED_EXTENSION, decrypt, encrypt, looksEncrypted } from '@shared/crypto';
import type { KdfOptions } from '@shared/crypto';
import { parseWorkspaceFile } from '@shared/export/workspace-file';
import type { WorkspaceFileError } from '@shared/export/workspace-file';
import { toWorkspaceFile, workspaceFileName } from '@shared/workspace-file';
import type { DataStore } from '../../data/store';
import { readWorkspace, replaceWorkspace } from '../../data/repo/workspace';
import { logExport } from '../../data/repo/exportLog';
import type { Platform, SaveResult } from '../../platform';

export const ENCRYPTED_FILTERS = [
  { name: 'Encrypted Plenary workspace', extensions: [ENCRYPTED_EXTENSION] },
] as const;

/** The workspace as an encrypted workspace file. */
export async function encryptWorkspace(
  store: DataStore,
  displayName: string,
  passphrase: string,
  kdf: KdfOptions = {},
): Promise<{ name: string; bytes: Uint8Array; people: number }> {
  const [data, infoRow] = await Promise.all([readWorkspace(store), store.db.meta.get('workspace')]);
  const now = store.ctx.now();
  const createdAt = infoRow?.key === 'workspace' ? infoRow.value.createdAt : now;
  const file = toWorkspaceFile(data, { name: displayName, createdAt }, now, store.ctx.device());
  const bytes = await encrypt(new TextEncoder().encode(JSON.stringify(file)), passphrase, kdf);
  const name = workspaceFileName(displayName, now).replace(/\.json$/, `.${ENCRYPTED_EXTENSION}`);
  return { name, bytes, people: data.people.filter((p) => p.deletedAt === null).length };
}

export async function exportEncryptedWorkspace(
  store: DataStore,
  platform: Platform,
  displayName: string,
  passphrase: string,
): Promise<SaveResult> {
  const { name, bytes, people } = await encryptWorkspace(store, displayName, passphrase);
  const result = await platform.saveFile(name, bytes, ENCRYPTED_FILTERS);
  if (result.saved) {
    await logExport(store, { what: 'workspace-file', form: 'full', people, encrypted: true });
  }
  return result;
}

export type OpenOutcome =
  | { ok: true; name: string; people: number }
  | { ok: false; messageKey: string; values?: Record<string, string | number> };

function fileErrorKey(error: WorkspaceFileError): OpenOutcome {
  switch (error.kind) {
    case 'newer-version':
      return { ok: false, messageKey: 'privacy.encryption.fileNewer' };
    case 'invalid-records':
      return {
        ok: false,
        messageKey: 'privacy.encryption.fileInvalid',
        values: { count: error.total },
      };
    default:
      return { ok: false, messageKey: 'privacy.encryption.fileNotWorkspace' };
  }
}

/**
 * Decrypts, validates and only then replaces the workspace. `beforeReplace` runs once the file is
 * known to be good (the caller backs up the current state there).
 */
export async function openEncryptedWorkspace(
  store: DataStore,
  bytes: Uint8Array,
  passphrase: string,
  options: { kdf?: Pick<KdfOptions, 'minIterations'>; beforeReplace?: () => Promise<void> } = {},
): Promise<OpenOutcome> {
  if (!looksEncrypted(bytes))
    return { ok: false, messageKey: 'privacy.crypto.errors.not-encrypted' };
  const decrypted = await decrypt(bytes, passphrase, options.kdf);
  if (!decrypted.ok) return { ok: false, messageKey: decrypted.messageKey };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(decrypted.bytes);
  } catch {
    return { ok: false, messageKey: 'privacy.encryption.fileNotWorkspace' };
  }
  const parsed = parseWorkspaceFile(text);
  if (!parsed.ok) return fileErrorKey(parsed.error);
  await options.beforeReplace?.();
  const { file } = parsed;
  await replaceWorkspace(store, file.data, {
    name: file.workspace.name,
    origin: 'file',
    createdAt: file.workspace.createdAt,
  });
  return {
    ok: true,
    name: file.workspace.name,
    people: file.data.people.filter((p) => p.deletedAt === null).length,
  };
}
