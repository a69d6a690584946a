// The application menu as plain data, built from a translate function, and its conversion to
// Electron's template with click handlers. No Electron at run time, so both are unit-tested.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/ipc/contract';

export type Translate = (key: string, values?: Readonly<Record<string, string>>) => string;

/** Native behaviours Electron implements itself (text editing, zoom, window management). */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'front';

/** Work the menu asks for: a renderer command, or the About box that main shows. */
export type MenuAction =
  { readonly kind: 'command'; readonly command: MenuCommand } | { readonly kind: 'about' };

export type MenuEntry =
  | { readonly kind: 'separator' }
  | { readonly kind: 'role'; readonly role: MenuRole; readonly label: string }
  | {
      readonly kind: 'action';
      readonly id: string;
      readonly label: string;
      readonly accelerator?: string;
      readonly action: MenuAction;
    }
  | {
      readonly kind: 'submenu';
      readonly id: string;
      readonly label: string;
      readonly role?: 'appMenu' | 'windowMenu' | 'help';
      readonly items: readonly MenuEntry[];
    };

export type MenuOptions = {
  readonly t: Translate;
  readonly appName: string;
  /** `process.platform`; macOS gets the application menu and its conventions. */
  readonly platform: string;
  /** Development build: adds reload and the developer tools, which production never shows. */
  readonly isDev: boolean;
};

const separator = { kind: 'separator' } as const;

export function buildMenu({ t, appName, platform, isDev }: MenuOptions): MenuEntry[] {
  const isMac = platform === 'darwin';
  const named = { appName };
  const role = (r: MenuRole, key: string): MenuEntry => ({
    kind: 'role',
    role: r,
    label: t(key, named),
  });
  const command = (id: string, key: string, cmd: MenuCommand, accelerator?: string): MenuEntry => ({
    kind: 'action',
    id,
    label: t(key),
    action: { kind: 'command', command: cmd },
    ...(accelerator ? { accelerator } : {}),
  });
  const about: MenuEntry = {
    kind: 'action',
    id: 'help.about',
    label: t('menu.help.about', named),
    action: { kind: 'about' },
  };

  const appMenu: MenuEntry[] = isMac
    ? [
        {
          kind: 'submenu',
          id: 'app',
          label: appName,
          role: 'appMenu',
          items: [
            { ...about, id: 'app.about', label: t('menu.app.about', named) },
            separator,
            role('services', 'menu.app.services'),
            separator,
            role('hide', 'menu.app.hide'),
            role('hideOthers', 'menu.app.hideOthers'),
            role('unhide', 'menu.app.unhide'),
            separator,
            role('quit', 'menu.app.quit'),
          ],
        },
      ]
    : [];

  const file: MenuEntry = {
    kind: 'submenu',
    id: 'file',
    label: t('menu.file.label'),
    items: [
      command(
        'file.exportWorkspace',
        'menu.file.exportWorkspace',
        'export-workspace',
        'CmdOrCtrl+E',
      ),
      command('file.printToPdf', 'menu.file.printToPdf', 'print-to-pdf', 'CmdOrCtrl+P'),
      separator,
      isMac ? role('close', 'menu.file.close') : role('quit', 'menu.file.quit'),
    ],
  };

  const edit: MenuEntry = {
    kind: 'submenu',
    id: 'edit',
    label: t('menu.edit.label'),
    items: [
      command('edit.undo', 'menu.edit.undo', 'undo', 'CmdOrCtrl+Z'),
      command(
        'edit.redo',
        'menu.edit.redo',
        'redo',
        platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z',
      ),
      separator,
      role('cut', 'menu.edit.cut'),
      role('copy', 'menu.edit.copy'),
      role('paste', 'menu.edit.paste'),
      role('selectAll', 'menu.edit.selectAll'),
    ],
  };

  const view: MenuEntry = {
    kind: 'submenu',
    id: 'view',
    label: t('menu.view.label'),
    items: [
      ...(isDev
        ? [
            role('reload', 'menu.view.reload'),
            role('forceReload', 'menu.view.forceReload'),
            role('toggleDevTools', 'menu.view.toggleDevTools'),
            separator,
          ]
        : []),
      role('resetZoom', 'menu.view.resetZoom'),
      role('zoomIn', 'menu.view.zoomIn'),
      role('zoomOut', 'menu.view.zoomOut'),
      separator,
      role('togglefullscreen', 'menu.view.toggleFullScreen'),
    ],
  };

  const windowMenu: MenuEntry = {
    kind: 'submenu',
    id: 'window',
    label: t('menu.window.label'),
    role: 'windowMenu',
    items: isMac
      ? [
          role('minimize', 'menu.window.minimize'),
          role('zoom', 'menu.window.zoom'),
          separator,
          role('front', 'menu.window.front'),
        ]
      : [role('minimize', 'menu.window.minimize'), role('close', 'menu.window.close')],
  };

  const help: MenuEntry = {
    kind: 'submenu',
    id: 'help',
    label: t('menu.help.label'),
    role: 'help',
    items: [about],
  };

  return [...appMenu, file, edit, view, windowMenu, help];
}

export type MenuActions = {
  readonly runCommand: (command: MenuCommand) => void;
  readonly showAbout: () => void;
};

/** Turns the data into the template `Menu.buildFromTemplate` takes. */
export function toMenuTemplate(
  entries: readonly MenuEntry[],
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  return entries.map((entry): MenuItemConstructorOptions => {
    switch (entry.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'role':
        return { role: entry.role, label: entry.label };
      case 'submenu':
        return {
          id: entry.id,
          label: entry.label,
          ...(entry.role ? { role: entry.role } : {}),
          submenu: toMenuTemplate(entry.items, actions),
        };
      case 'action': {
        const { action } = entry;
        return {
          id: entry.id,
          label: entry.label,
          ...(entry.accelerator ? { accelerator: entry.accelerator } : {}),
          click:
            action.kind === 'command'
              ? () => actions.runCommand(action.command)
              : () => actions.showAbout(),
        };
      }
    }
  });
}
