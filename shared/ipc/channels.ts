// The IPC wire names and the menu command set. Kept free of zod so that the sandboxed preload,
// which bundles this file, stays tiny and has nothing to evaluate at load time.

/** Renderer → main request channels, by the preload method that invokes them. */
export const API_CHANNELS = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  openFile: 'file:open',
  printToPdf: 'print:pdf',
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
} as const;

export type IpcChannel = (typeof API_CHANNELS)[keyof typeof API_CHANNELS];

/** Main → renderer event carrying a {@link MenuCommand}. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

/**
 * Menu items whose work happens in the renderer. Undo and redo are here rather than native roles
 * because the undo history is the app's own (workspace edits), not the text field's.
 */
export const MENU_COMMANDS = ['undo', 'redo', 'export-workspace', 'print-to-pdf'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
