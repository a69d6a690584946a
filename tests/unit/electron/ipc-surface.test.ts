// The IPC security baseline, checked against the sources themselves: every handler goes through
// the one registerHandler wrapper (sender check + payload validation), every contract channel is
// registered, and the preload exposes named functions only — never ipcRenderer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { API_CHANNELS, requestSchemas } from '@shared/ipc/contract';

const root = join(import.meta.dirname, '../../..');

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mts|cts|js|mjs)$/.test(f))
    .map((f) => ({ path: join(dir, f), text: readFileSync(join(root, dir, f), 'utf8') }));
}

describe('IPC handler registration', () => {
  const main = sources('electron/main');

  it('calls ipcMain.handle only inside the registerHandler wrapper (ipc.ts)', () => {
    const offenders = main
      .filter((f) => f.path !== join('electron/main', 'ipc.ts'))
      // protocol.handle is not IPC; any ipcMain listener outside the wrapper is.
      .filter((f) => /ipcMain\s*\.\s*(handle|handleOnce|on|once|addListener)\s*\(/.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('the wrapper itself registers through ipcMain.handle exactly once', () => {
    const ipc = main.find((f) => f.path === join('electron/main', 'ipc.ts'));
    expect(ipc?.text.match(/ipcMain\.handle\(/g)).toHaveLength(1);
  });

  it('registers every channel of the contract, each through registerHandler', () => {
    const index = main.find((f) => f.path === join('electron/main', 'index.ts'))?.text ?? '';
    for (const channel of Object.keys(requestSchemas)) {
      expect(index, channel).toContain(`registerHandler(ipcMain, '${channel}',`);
    }
    const registered = [...index.matchAll(/registerHandler\(ipcMain, '([^']+)'/g)].map((m) => m[1]);
    expect(registered.sort()).toEqual(Object.keys(requestSchemas).sort());
  });
});

describe('preload surface', () => {
  it('exposes one named function per channel plus onMenuCommand, and nothing else', async () => {
    const exposed: Record<string, unknown> = {};
    const invoke = vi.fn((_channel: string, _request?: unknown) => Promise.resolve({ ok: true }));
    vi.doMock('electron', () => ({
      contextBridge: {
        exposeInMainWorld: (key: string, api: unknown) => {
          exposed[key] = api;
        },
      },
      ipcRenderer: { invoke, on: vi.fn(), removeListener: vi.fn() },
    }));
    await import('../../../electron/preload/index');
    expect(Object.keys(exposed)).toEqual(['plenary']);
    const api = exposed.plenary as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...Object.keys(API_CHANNELS), 'onMenuCommand'].sort());
    for (const [name, value] of Object.entries(api)) {
      expect(typeof value, name).toBe('function');
    }
    // Each method invokes its own channel and no other.
    for (const [method, channel] of Object.entries(API_CHANNELS)) {
      invoke.mockClear();
      await (api[method] as (r?: unknown) => Promise<unknown>)({});
      expect(invoke.mock.calls.map((c) => c[0])).toEqual([channel]);
    }
    vi.doUnmock('electron');
  });

  it('never hands ipcRenderer (or any of its members) to the page', () => {
    const preload = sources('electron/preload')
      .map((f) => f.text)
      .join('\n');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
  });
});
