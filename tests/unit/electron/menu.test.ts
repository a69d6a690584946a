import { describe, expect, it, vi } from 'vitest';
import { en } from '@shared/i18n';
import type { MenuCommand } from '@shared/ipc/contract';
import { createTranslator, pickLanguage } from '../../../electron/main/i18n';
import {
  buildMenu,
  toMenuTemplate,
  type MenuEntry,
  type MenuOptions,
  type Translate,
} from '../../../electron/main/menu';

/** A translate function that fails the test on a key missing from the English catalogue. */
const strictT: Translate = (key, values) => {
  let node: unknown = en;
  for (const part of key.split('.')) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  if (typeof node !== 'string') throw new Error(`missing catalogue key ${key}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => values?.[name] ?? `{{${name}}}`);
};

const options = (overrides: Partial<MenuOptions> = {}): MenuOptions => ({
  t: strictT,
  appName: 'Plenary',
  platform: 'linux',
  isDev: false,
  ...overrides,
});

function flatten(entries: readonly MenuEntry[]): MenuEntry[] {
  return entries.flatMap((entry) =>
    entry.kind === 'submenu' ? [entry, ...flatten(entry.items)] : [entry],
  );
}

function find(entries: readonly MenuEntry[], id: string): MenuEntry | undefined {
  return flatten(entries).find((entry) => 'id' in entry && entry.id === id);
}

const roles = (entries: readonly MenuEntry[]) =>
  flatten(entries).flatMap((entry) => (entry.kind === 'role' ? [entry.role] : []));

describe('buildMenu', () => {
  it.each(['linux', 'win32', 'darwin'])(
    'uses only strings that exist in the catalogue (%s)',
    (platform) => {
      expect(() => buildMenu(options({ platform, isDev: true }))).not.toThrow();
    },
  );

  it('has File, Edit, View, Window and Help, plus the application menu on macOS', () => {
    const labels = (platform: string) =>
      buildMenu(options({ platform })).map((e) => ('label' in e ? e.label : ''));
    expect(labels('linux')).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels('darwin')).toEqual(['Plenary', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('sends Undo and Redo to the renderer as commands, never the native text roles', () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      const menu = buildMenu(options({ platform }));
      expect(find(menu, 'edit.undo')).toMatchObject({
        kind: 'action',
        label: 'Undo',
        accelerator: 'CmdOrCtrl+Z',
        action: { kind: 'command', command: 'undo' },
      });
      expect(find(menu, 'edit.redo')).toMatchObject({
        kind: 'action',
        action: { kind: 'command', command: 'redo' },
      });
      expect(roles(menu)).not.toContain('undo');
      expect(roles(menu)).not.toContain('redo');
    }
  });

  it('keeps native cut, copy, paste and select all', () => {
    expect(roles(buildMenu(options()))).toEqual(
      expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('wires Export workspace and Print to PDF to renderer commands', () => {
    const menu = buildMenu(options());
    expect(find(menu, 'file.exportWorkspace')).toMatchObject({
      label: 'Export Workspace…',
      action: { kind: 'command', command: 'export-workspace' },
    });
    expect(find(menu, 'file.printToPdf')).toMatchObject({
      label: 'Print to PDF…',
      action: { kind: 'command', command: 'print-to-pdf' },
    });
  });

  it('shows no developer tools and no reload in production', () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      const production = roles(buildMenu(options({ platform, isDev: false })));
      expect(production).not.toContain('toggleDevTools');
      expect(production).not.toContain('reload');
      expect(production).not.toContain('forceReload');
    }
    expect(roles(buildMenu(options({ isDev: true })))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('offers zoom and full screen, and Quit in File off macOS', () => {
    const linux = roles(buildMenu(options()));
    expect(linux).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'quit']),
    );
    const mac = buildMenu(options({ platform: 'darwin' }));
    expect(find(mac, 'app')).toMatchObject({ role: 'appMenu' });
    expect(find(mac, 'app.about')).toMatchObject({
      label: 'About Plenary',
      action: { kind: 'about' },
    });
  });

  it('has About in Help', () => {
    expect(find(buildMenu(options()), 'help.about')).toMatchObject({
      label: 'About Plenary',
      action: { kind: 'about' },
    });
  });
});

describe('toMenuTemplate', () => {
  const click = (item: { click?: unknown } | undefined) => {
    expect(typeof item?.click).toBe('function');
    (item?.click as () => void)();
  };

  it('makes Undo send the undo command and About open the About box', () => {
    const runCommand = vi.fn<(command: MenuCommand) => void>();
    const showAbout = vi.fn<() => void>();
    const template = toMenuTemplate(buildMenu(options()), { runCommand, showAbout });
    const edit = template.find((item) => item.id === 'edit');
    const items = Array.isArray(edit?.submenu) ? edit.submenu : [];
    const undo = items.find((item) => item.id === 'edit.undo');
    expect(undo?.role).toBeUndefined();
    click(undo);
    expect(runCommand).toHaveBeenCalledWith('undo');

    const help = template.find((item) => item.id === 'help');
    click((Array.isArray(help?.submenu) ? help.submenu : [])[0]);
    expect(showAbout).toHaveBeenCalledTimes(1);
    expect(runCommand).toHaveBeenCalledTimes(1);
  });

  it('passes roles and their translated labels through', () => {
    const template = toMenuTemplate(buildMenu(options()), {
      runCommand: vi.fn(),
      showAbout: vi.fn(),
    });
    const edit = template.find((item) => item.id === 'edit');
    expect(Array.isArray(edit?.submenu) && edit.submenu).toEqual(
      expect.arrayContaining([{ role: 'copy', label: 'Copy' }, { type: 'separator' }]),
    );
  });
});

describe('main-process translations', () => {
  it('translates menu and dialog strings from the shared catalogue', () => {
    const t = createTranslator('en-GB');
    expect(t('menu.edit.undo')).toBe('Undo');
    expect(t('menu.dialogs.aboutDetail', { version: '1.2.3' })).toContain('Version 1.2.3');
  });

  it('falls back to English for a language without a catalogue', () => {
    expect(pickLanguage('xx-YY')).toBe('en');
    expect(pickLanguage('EN-us')).toBe('en');
    expect(createTranslator('xx')('menu.file.label')).toBe('File');
  });
});
