// electron-builder.yml: the packaging targets and the security fuses, which nothing else checks
// before a release is built on a connected machine.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util/out/DebugLogger';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '@shared/identity';
import type { Configuration } from 'app-builder-lib';

const text = readFileSync(resolve(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');
const config = load(text) as Configuration;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(
      validateConfiguration(structuredClone(config), new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });

  it('uses the frozen app id and product name', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe('Plenary');
  });

  it('packages the bundled output only, into an asar, into release/', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**']));
    expect(config.directories?.output).toBe('release');
  });

  it('builds AppImage and deb on Linux, NSIS on Windows, dmg on macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/<.+@.+>/);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('sets every security fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
