import { describe, expect, it } from 'vitest';
import {
  API_CHANNELS,
  isMenuCommand,
  MAX_OPEN_FILE_BYTES,
  MENU_COMMANDS,
  requestSchemas,
  type IpcChannel,
} from '@shared/ipc/contract';

const jsonFilter = { name: 'Workspace', extensions: ['json'] };

describe('IPC contract', () => {
  it('has a preload method for every channel main validates, and no other', () => {
    expect(Object.values(API_CHANNELS).sort()).toEqual(Object.keys(requestSchemas).sort());
  });

  it('keeps the channel names the preload and main agree on', () => {
    expect(API_CHANNELS).toEqual({
      appInfo: 'app:info',
      saveFile: 'file:save',
      openFile: 'file:open',
      printToPdf: 'print:pdf',
      writeBackup: 'backup:write',
      listBackups: 'backup:list',
      readBackup: 'backup:read',
    });
  });

  it('accepts a backup id that is a bare backup file name and nothing else', () => {
    const ok = (id: unknown) => requestSchemas['backup:read'].safeParse({ id }).success;
    expect(ok('plenary-backup-20261128T154012345Z-start.json')).toBe(true);
    expect(ok('plenary-backup-20261128T154012345Z-before-restore.json')).toBe(true);
    for (const bad of [
      '../plenary-backup-20261128T154012345Z-start.json',
      'plenary-backup-20261128T154012345Z-start.json/../../x',
      '/etc/passwd',
      'plenary-backup-20261128T154012345Z-start.json.meta',
      'plenary-backup-20261128T154012345Z-START.json',
      42,
    ]) {
      expect(ok(bad), String(bad)).toBe(false);
    }
  });

  it('accepts a backup write of bytes with counts, not a string or negative counts', () => {
    const counts = { people: 3, organisations: 1, events: 2, participations: 4 };
    const ok = (payload: unknown) => requestSchemas['backup:write'].safeParse(payload).success;
    expect(ok({ reason: 'start', contents: new Uint8Array([123]), counts })).toBe(true);
    expect(ok({ reason: 'start', contents: '{}', counts })).toBe(false);
    expect(ok({ reason: 'start', contents: new Uint8Array(0), counts })).toBe(false);
    expect(ok({ reason: 'nope', contents: new Uint8Array([1]), counts })).toBe(false);
    expect(
      ok({ reason: 'start', contents: new Uint8Array([1]), counts: { ...counts, people: -1 } }),
    ).toBe(false);
    expect(requestSchemas['backup:list'].safeParse(undefined).success).toBe(true);
  });

  it('refuses a file larger than 100 MiB to open', () => {
    expect(MAX_OPEN_FILE_BYTES).toBe(100 * 1024 * 1024);
  });
});

describe('request schemas', () => {
  const accepts = (channel: IpcChannel, payload: unknown) =>
    requestSchemas[channel].safeParse(payload).success;

  it('accepts app:info without a payload and nothing else', () => {
    expect(accepts('app:info', undefined)).toBe(true);
    expect(accepts('app:info', { path: '/etc' })).toBe(false);
  });

  it('accepts a save of text or bytes with filters', () => {
    expect(
      accepts('file:save', {
        suggestedName: 'Workspace 2026.json',
        contents: '{}',
        filters: [jsonFilter],
      }),
    ).toBe(true);
    expect(
      accepts('file:save', {
        suggestedName: 'people.xlsx',
        contents: new Uint8Array([1, 2]),
        filters: [],
      }),
    ).toBe(true);
  });

  it.each([
    ['a path', '../../.bashrc'],
    ['a Windows path', 'C:\\Users\\x.json'],
    ['a subfolder', 'exports/x.json'],
    ['dots only', '..'],
    ['an empty name', ''],
    ['a control character', 'a\u0000.json'],
    ['a reserved character', 'what?.json'],
    ['leading spaces', '  x.json'],
    ['an overlong name', `${'x'.repeat(250)}.json`],
  ])('refuses a suggested name with %s', (_case, suggestedName) => {
    expect(accepts('file:save', { suggestedName, contents: '', filters: [] })).toBe(false);
    expect(accepts('print:pdf', { suggestedName })).toBe(false);
  });

  it.each([
    ['contents that are neither text nor bytes', { contents: { length: 3 } }],
    ['contents as a plain array', { contents: [1, 2, 3] }],
    ['an unexpected key', { contents: '', path: '/tmp/x' }],
    [
      'a filter extension with a dot',
      { contents: '', filters: [{ name: 'J', extensions: ['.json'] }] },
    ],
    ['a filter without extensions', { contents: '', filters: [{ name: 'J', extensions: [] }] }],
    ['too many filters', { contents: '', filters: Array.from({ length: 11 }, () => jsonFilter) }],
  ])('refuses a save with %s', (_case, overrides) => {
    expect(accepts('file:save', { suggestedName: 'x.json', filters: [], ...overrides })).toBe(
      false,
    );
  });

  it('accepts an open with an any-file filter and refuses extra keys', () => {
    expect(accepts('file:open', { filters: [{ name: 'All', extensions: ['*'] }] })).toBe(true);
    expect(accepts('file:open', { filters: [], defaultPath: '/home' })).toBe(false);
    expect(accepts('file:open', undefined)).toBe(false);
  });
});

describe('menu commands', () => {
  it('recognises exactly the fixed command set', () => {
    for (const command of MENU_COMMANDS) expect(isMenuCommand(command)).toBe(true);
    for (const other of ['Undo', 'quit', '', undefined, 1, { command: 'undo' }]) {
      expect(isMenuCommand(other)).toBe(false);
    }
    expect([...MENU_COMMANDS]).toEqual(['undo', 'redo', 'export-workspace', 'print-to-pdf']);
  });
});
