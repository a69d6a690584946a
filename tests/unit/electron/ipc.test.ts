import { describe, expect, it, vi } from 'vitest';
import type { IpcResult, SaveFileRequest } from '@shared/ipc/contract';
import {
  IpcHandlerError,
  registerHandler,
  type IpcMainLike,
  type InvokeEventLike,
} from '../../../electron/main/ipc';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

/** Stands in for ipcMain: records handlers, and invokes them as Electron would. */
function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike<InvokeEventLike> = {
    handle(channel, listener) {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
  };
  const invoke = async (channel: string, frameUrl: string | null, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    const event = { senderFrame: frameUrl === null ? null : { url: frameUrl } };
    return (await listener(event, ...args)) as IpcResult<unknown>;
  };
  return { ipcMain, invoke, listeners };
}

const APP_FRAME = 'app://plenary/index.html';
const SECRET = 'Aïcha Ndiaye, aicha@example.org';
const goodSave = { suggestedName: 'people.csv', contents: SECRET, filters: [] };

function setup(
  handler = vi.fn((_request: SaveFileRequest) => ({ saved: true, fileName: 'people.csv' })),
) {
  const fake = fakeIpcMain();
  const log = vi.fn<(message: string) => void>();
  registerHandler(fake.ipcMain, 'file:save', handler, { log });
  return { ...fake, handler, log, logged: () => log.mock.calls.map(([m]) => m).join('\n') };
}

describe('registerHandler', () => {
  it('registers on the channel it is given', () => {
    const { listeners } = setup();
    expect([...listeners.keys()]).toEqual(['file:save']);
  });

  it('passes a valid request from the app frame to the handler and returns its result', async () => {
    const { invoke, handler } = setup();
    await expect(invoke('file:save', APP_FRAME, goodSave)).resolves.toEqual({
      ok: true,
      value: { saved: true, fileName: 'people.csv' },
    });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0]?.[0]).toEqual(goodSave);
  });

  it.each([
    'app://plenary.evil/index.html',
    'app://plenary@evil.com/',
    'app://evil/plenary',
    'https://evil.example/',
    'file:///tmp/x.html',
    'http://localhost:5173/',
    'data:text/html,hi',
    'about:blank',
  ])('refuses a call from an untrusted frame (%s) without running the handler', async (url) => {
    const { invoke, handler } = setup();
    await expect(invoke('file:save', url, goodSave)).resolves.toEqual({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a call whose frame is gone', async () => {
    const { invoke, handler } = setup();
    await expect(invoke('file:save', null, goodSave)).resolves.toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('trusts the dev server only when told it is running', async () => {
    const fake = fakeIpcMain();
    registerHandler(
      fake.ipcMain,
      'app:info',
      () => ({ version: '1', platform: 'linux', locale: 'en' }),
      {
        devServerUrl: 'http://localhost:5173',
        log: vi.fn(),
      },
    );
    await expect(fake.invoke('app:info', 'http://localhost:5173/')).resolves.toMatchObject({
      ok: true,
    });
  });

  it.each([
    ['no payload', []],
    [
      'a path instead of a name',
      [{ ...goodSave, suggestedName: '/home/user/.ssh/authorized_keys' }],
    ],
    ['an extra key', [{ ...goodSave, overwrite: true }]],
    ['contents of the wrong type', [{ ...goodSave, contents: 42 }]],
    ['a second argument', [goodSave, { extra: true }]],
  ])('refuses a request with %s without running the handler', async (_case, args) => {
    const { invoke, handler } = setup();
    await expect(invoke('file:save', APP_FRAME, ...args)).resolves.toEqual({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('returns a handler’s expected failure as data', async () => {
    const { invoke } = setup(
      vi.fn(() => {
        throw new IpcHandlerError({ code: 'file-too-large', limitBytes: 10 });
      }),
    );
    await expect(invoke('file:save', APP_FRAME, goodSave)).resolves.toEqual({
      ok: false,
      error: { code: 'file-too-large', limitBytes: 10 },
    });
  });

  it('turns an unexpected error into "internal", without its message', async () => {
    const { invoke, logged } = setup(
      vi.fn(() => {
        throw new Error(`EACCES: permission denied, open '/home/aicha/${SECRET}.csv'`);
      }),
    );
    const result = await invoke('file:save', APP_FRAME, goodSave);
    expect(result).toEqual({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('aicha');
    expect(logged()).toContain('file:save');
    expect(logged()).not.toContain('aicha');
  });

  it('never writes payload contents to the log', async () => {
    const { invoke, logged } = setup();
    await invoke('file:save', APP_FRAME, goodSave);
    await invoke('file:save', 'https://evil.example/', goodSave);
    await invoke('file:save', APP_FRAME, { ...goodSave, suggestedName: `${SECRET}/x` });
    await invoke('file:save', APP_FRAME, { ...goodSave, contents: { secret: SECRET } });
    expect(logged()).not.toMatch(/Aïcha|aicha|example\.org|evil/);
    expect(logged()).toContain('suggestedName');
  });
});
