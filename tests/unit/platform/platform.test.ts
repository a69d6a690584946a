// The renderer's platform adapters: the desktop one over a fake window.plenary, and the pure
// helpers of the browser one (its DOM parts run in the end-to-end tests).
import { describe, expect, it, vi } from 'vitest';
import { MAX_OPEN_FILE_BYTES, type MenuCommand, type PlenaryApi } from '@shared/ipc/contract';
import {
  acceptAttribute,
  checkOpenSize,
  mimeTypeForName,
} from '../../../renderer/src/platform/browser';
import { createDesktopPlatform } from '../../../renderer/src/platform/desktop';
import { PlatformError } from '../../../renderer/src/platform/types';

function fakeApi(overrides: Partial<PlenaryApi> = {}): PlenaryApi {
  return {
    appInfo: () =>
      Promise.resolve({
        ok: true,
        value: { version: '0.1.0', platform: 'darwin', locale: 'fr-FR' },
      }),
    saveFile: () => Promise.resolve({ ok: true, value: { saved: true, fileName: 'x.json' } }),
    openFile: () =>
      Promise.resolve({ ok: true, value: { name: 'people.csv', contents: new Uint8Array([65]) } }),
    printToPdf: () => Promise.resolve({ ok: true, value: { saved: true } }),
    writeBackup: (request) =>
      Promise.resolve({
        ok: true,
        value: {
          id: `plenary-backup-20261128T120000000Z-${request.reason}.json`,
          createdAt: '2026-11-28T12:00:00.000Z',
          sizeBytes: request.contents.byteLength,
          reason: request.reason,
          counts: request.counts,
        },
      }),
    listBackups: () => Promise.resolve({ ok: true, value: [] }),
    readBackup: () => Promise.resolve({ ok: false, error: { code: 'not-found' } }),
    onMenuCommand: () => () => {},
    ...overrides,
  };
}

describe('desktop platform', () => {
  it('writes backups through the preload and turns errors into PlatformError', async () => {
    const platform = createDesktopPlatform(fakeApi());
    const counts = { people: 2, organisations: 1, events: 0, participations: 3 };
    const info = await platform.backups?.write('start', new Uint8Array([1, 2, 3]), counts);
    expect(info).toMatchObject({ reason: 'start', sizeBytes: 3, counts });
    await expect(platform.backups?.read('x')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('sends the save request in the contract’s shape and returns the result', async () => {
    const saveFile = vi.fn<PlenaryApi['saveFile']>(() =>
      Promise.resolve({ ok: true, value: { saved: true, fileName: 'Workspace.json' } }),
    );
    const platform = createDesktopPlatform(fakeApi({ saveFile }));
    const filters = [{ name: 'Workspace', extensions: ['json'] }];
    await expect(platform.saveFile('Workspace.json', '{}', filters)).resolves.toEqual({
      saved: true,
      fileName: 'Workspace.json',
    });
    expect(saveFile).toHaveBeenCalledWith({
      suggestedName: 'Workspace.json',
      contents: '{}',
      filters,
    });
  });

  it('returns an opened file as name and bytes, and null on cancel', async () => {
    await expect(createDesktopPlatform(fakeApi()).openFile([])).resolves.toEqual({
      name: 'people.csv',
      bytes: new Uint8Array([65]),
    });
    const cancelled = fakeApi({ openFile: () => Promise.resolve({ ok: true, value: null }) });
    await expect(createDesktopPlatform(cancelled).openFile([])).resolves.toBeNull();
  });

  it('throws a PlatformError carrying the code and limit when main refuses', async () => {
    const api = fakeApi({
      openFile: () =>
        Promise.resolve({ ok: false, error: { code: 'file-too-large', limitBytes: 5 } }),
    });
    const error = await createDesktopPlatform(api)
      .openFile([])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).code).toBe('file-too-large');
    expect((error as PlatformError).error).toEqual({ code: 'file-too-large', limitBytes: 5 });
  });

  it('reports itself as desktop with main’s app info', async () => {
    const platform = createDesktopPlatform(fakeApi());
    expect(platform.kind).toBe('desktop');
    await expect(platform.appInfo()).resolves.toEqual({
      kind: 'desktop',
      version: '0.1.0',
      platform: 'darwin',
      locale: 'fr-FR',
    });
  });

  it('passes menu commands through and returns the preload’s unsubscribe', () => {
    const unsubscribe = vi.fn();
    let listener: ((command: MenuCommand) => void) | undefined;
    const api = fakeApi({
      onMenuCommand: (l) => {
        listener = l;
        return unsubscribe;
      },
    });
    const received: MenuCommand[] = [];
    const stop = createDesktopPlatform(api).onMenuCommand((command) => received.push(command));
    listener?.('undo');
    expect(received).toEqual(['undo']);
    stop();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });
});

describe('browser platform helpers', () => {
  it('builds the file input accept list from the filters', () => {
    expect(
      acceptAttribute([
        { name: 'Data', extensions: ['CSV', 'xlsx'] },
        { name: 'W', extensions: ['json', 'csv'] },
      ]),
    ).toBe('.csv,.xlsx,.json');
    expect(acceptAttribute([{ name: 'All', extensions: ['*'] }])).toBeUndefined();
    expect(acceptAttribute([])).toBeUndefined();
  });

  it('types downloads by extension', () => {
    expect(mimeTypeForName('Workspace.JSON')).toBe('application/json');
    expect(mimeTypeForName('people.csv')).toBe('text/csv');
    expect(mimeTypeForName('report.pdf')).toBe('application/pdf');
    expect(mimeTypeForName('.csv')).toBe('application/octet-stream');
    expect(mimeTypeForName('noextension')).toBe('application/octet-stream');
  });

  it('refuses files above the same limit as the desktop build', () => {
    expect(() => checkOpenSize(MAX_OPEN_FILE_BYTES)).not.toThrow();
    const error = (() => {
      try {
        checkOpenSize(MAX_OPEN_FILE_BYTES + 1);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).error).toEqual({
      code: 'file-too-large',
      limitBytes: MAX_OPEN_FILE_BYTES,
    });
  });
});
