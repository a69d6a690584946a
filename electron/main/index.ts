// The main process: wires the pure modules beside this file to Electron. Holds no decisions of
// its own beyond the order things must happen in; those live (and are tested) in the modules.
import { readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type IpcMainInvokeEvent,
  type Session,
  type WebContents,
} from 'electron';
import { APP_ORIGIN, APP_SCHEME, SESSION_PARTITION, USER_DATA_DIR_NAME } from '@shared/identity';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '@shared/ipc/contract';
import { writeFileAtomic, writeFileAtomicSync, describeError } from './files';
import { BACKUP_DIR_NAME, createBackups } from './backups';
import { createHandlers, type Dialogs } from './handlers';
import { createTranslator } from './i18n';
import { registerHandler } from './ipc';
import { buildMenu, toMenuTemplate, type Translate } from './menu';
import { resolveAppRequest, responseHeadersFor } from './protocol';
import { webPreferencesFor } from './security';
import { guardWebContents as guard, hardenSession as harden } from './guards';
import {
  fitToDisplays,
  parseWindowState,
  serializeWindowState,
  WINDOW_STATE_FILE,
  MIN_WINDOW_SIZE,
  type WindowState,
} from './window-state';

const APP_NAME = 'Plenary';
const isDev = !app.isPackaged;
// Set by `electron-vite dev` only; a packaged app never loads anything but app://.
const devServerUrl = isDev ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const rendererRoot = join(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');

// Frozen storage identity (shared/identity.ts): userData must not follow the product name.
app.setPath('userData', join(app.getPath('appData'), USER_DATA_DIR_NAME));
app.enableSandbox();

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      stream: true,
      codeCache: true,
    },
  },
]);

let mainWindow: BrowserWindow | null = null;
let t: Translate = (key) => key;

if (!app.requestSingleInstanceLock()) {
  // Two instances would share one IndexedDB and fight over it; the first one gets focused instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error(`startup failed (${describeError(error)})`);
      app.exit(1);
    });
}

function guardWebContents(contents: WebContents): void {
  guard(contents, {
    devServerUrl,
    openExternal: (url) => shell.openExternal(url),
    warn: (message) => console.warn(message),
  });
}

function hardenSession(ses: Session): void {
  harden(ses, devServerUrl);
}

function serveRenderer(ses: Session): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppRequest(request.url, rendererRoot);
    if (resolved.kind === 'forbidden') return new Response(null, { status: 403 });
    try {
      const body = await readFile(resolved.filePath);
      return new Response(body, { status: 200, headers: responseHeadersFor(resolved.mimeType) });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}

function windowStatePath(): string {
  return join(app.getPath('userData'), WINDOW_STATE_FILE);
}

function loadWindowState(): WindowState {
  let text: string | null = null;
  try {
    text = readFileSync(windowStatePath(), 'utf8');
  } catch {
    // First run, or unreadable: the defaults apply.
  }
  return fitToDisplays(parseWindowState(text), screen.getAllDisplays(), screen.getPrimaryDisplay());
}

function currentWindowState(window: BrowserWindow): WindowState {
  return { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
}

function rememberWindowState(window: BrowserWindow): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (window.isDestroyed()) return;
      writeFileAtomic(windowStatePath(), serializeWindowState(currentWindowState(window))).catch(
        (error: unknown) => console.warn(`window state not saved (${describeError(error)})`),
      );
    }, 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', () => {
    clearTimeout(timer);
    try {
      writeFileAtomicSync(windowStatePath(), serializeWindowState(currentWindowState(window)));
    } catch (error) {
      console.warn(`window state not saved (${describeError(error)})`);
    }
  });
}

function createWindow(): BrowserWindow {
  const state = loadWindowState();
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: APP_NAME,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: webPreferencesFor(preloadPath),
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  rememberWindowState(window);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  const url = devServerUrl ?? `${APP_ORIGIN}/index.html`;
  window.loadURL(url).catch((error: unknown) => {
    console.error(`renderer failed to load (${describeError(error)})`);
  });
  return window;
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  target?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: t('menu.dialogs.aboutTitle', { appName: APP_NAME }),
    message: APP_NAME,
    detail: t('menu.dialogs.aboutDetail', { version: app.getVersion() }),
  };
  const parent = BrowserWindow.getFocusedWindow() ?? mainWindow;
  (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options)).catch(
    () => {},
  );
}

function dialogsFor(contents: WebContents): Dialogs {
  const parent = BrowserWindow.fromWebContents(contents);
  return {
    showSaveDialog: (options) =>
      parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options),
    showOpenDialog: (options) =>
      parent
        ? dialog.showOpenDialog(parent, { ...options, properties: ['openFile'] })
        : dialog.showOpenDialog({ ...options, properties: ['openFile'] }),
  };
}

function registerIpc(): void {
  const handlers = createHandlers<IpcMainInvokeEvent>({
    dialogsFor: (event) => dialogsFor(event.sender),
    defaultDirectory: () => app.getPath('documents'),
    printToPdf: async (event) =>
      new Uint8Array(await event.sender.printToPDF({ printBackground: true, pageSize: 'A4' })),
    appInfo: () => ({
      version: app.getVersion(),
      platform: process.platform,
      locale: app.getLocale(),
    }),
    t,
    backups: createBackups({
      dir: join(app.getPath('userData'), BACKUP_DIR_NAME),
      now: () => new Date(),
      mkdir: async (dir) => {
        await mkdir(dir, { recursive: true });
      },
    }),
  });
  const options = devServerUrl ? { devServerUrl } : {};
  registerHandler(ipcMain, 'app:info', handlers['app:info'], options);
  registerHandler(ipcMain, 'file:save', handlers['file:save'], options);
  registerHandler(ipcMain, 'file:open', handlers['file:open'], options);
  registerHandler(ipcMain, 'print:pdf', handlers['print:pdf'], options);
  registerHandler(ipcMain, 'backup:write', handlers['backup:write'], options);
  registerHandler(ipcMain, 'backup:list', handlers['backup:list'], options);
  registerHandler(ipcMain, 'backup:read', handlers['backup:read'], options);
}

function start(): void {
  t = createTranslator(app.getLocale());
  const ses = session.fromPartition(SESSION_PARTITION);
  hardenSession(ses);
  hardenSession(session.defaultSession);
  serveRenderer(ses);
  registerIpc();
  const entries = buildMenu({ t, appName: APP_NAME, platform: process.platform, isDev });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(toMenuTemplate(entries, { runCommand: sendMenuCommand, showAbout })),
  );
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
}
