// Passphrase-protected exchange files: sealed with shared/crypto's format, read back with the
// team section intact; a wrong passphrase or a damaged file is a message key, never a file.
import { describe, expect, it } from 'vitest';
import { looksEncrypted } from '@shared/crypto';
import { toWorkspaceFile } from '@shared/workspace-file';
import { aPerson } from '../../helpers/builders';
import { workspaceWith } from '../shared/merge/replica';
import {
  readExchangeBytes,
  sealExchangeFile,
} from '../../../renderer/src/features/team/exchangeFile';

// Tests lower the KDF cost to stay fast; production uses the default 600,000 iterations.
const KDF = { iterations: 1000, minIterations: 1000 };
const NOW = '2026-11-28T10:00:00.000Z';

function exchangeFile() {
  const person = aPerson({ familyName: 'Otieno', email: 'a.otieno@example.org' });
  const file = toWorkspaceFile(
    workspaceWith([person]),
    { name: 'Team', createdAt: NOW },
    NOW,
    'Kofi',
    {
      erased: ['per_' + 'a'.repeat(32)],
      writers: { rep_0123456789abcdef: 'Kofi (Laptop)' },
    },
  );
  return { person, file };
}

describe('exchange files with a passphrase', () => {
  it('seals with the encrypted format and reads back the same file, team section included', async () => {
    const { file } = exchangeFile();
    const sealed = await sealExchangeFile(
      file,
      'plenary-changes-kofi-for-amina.json',
      'a long passphrase',
      KDF,
    );
    expect(sealed.name).toBe('plenary-changes-kofi-for-amina.plenc');
    const bytes = sealed.content as Uint8Array;
    expect(looksEncrypted(bytes)).toBe(true);
    expect(new TextDecoder().decode(bytes)).not.toContain('a.otieno@example.org');

    expect(await readExchangeBytes(bytes, null, KDF)).toEqual({ kind: 'locked' });
    const opened = await readExchangeBytes(bytes, 'a long passphrase', KDF);
    expect(opened).toEqual({ kind: 'ok', file });
  });

  it('a wrong or empty passphrase, or a damaged file, is a clear message key', async () => {
    const { file } = exchangeFile();
    const sealed = await sealExchangeFile(file, 'x.json', 'a long passphrase', KDF);
    const bytes = sealed.content as Uint8Array;
    expect(await readExchangeBytes(bytes, 'another passphrase', KDF)).toEqual({
      kind: 'crypto-error',
      messageKey: 'privacy.crypto.errors.wrong-passphrase',
    });
    expect(await readExchangeBytes(bytes, '', KDF)).toEqual({
      kind: 'crypto-error',
      messageKey: 'privacy.crypto.errors.empty-passphrase',
    });
    const damaged = bytes.slice();
    damaged[damaged.length - 40] = damaged[damaged.length - 40]! ^ 0xff;
    const outcome = await readExchangeBytes(damaged, 'a long passphrase', KDF);
    expect(outcome.kind).toBe('crypto-error');
  });

  it('reads a plain file as it is, and says what is wrong with a bad one', async () => {
    const { file } = exchangeFile();
    const plain = await sealExchangeFile(file, 'x.json', null);
    expect(plain).toEqual({ name: 'x.json', content: JSON.stringify(file) });
    const bytes = new TextEncoder().encode(plain.content as string);
    expect(await readExchangeBytes(bytes, null)).toEqual({ kind: 'ok', file });
    const bad = await readExchangeBytes(new TextEncoder().encode('{"format":"x"}'), null);
    expect(bad).toEqual({ kind: 'bad-file', error: { kind: 'wrong-format' } });
  });
});
