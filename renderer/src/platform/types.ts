// What the renderer may ask of the machine it runs on. Two implementations: desktop.ts (Electron,
// over window.plenary) and browser.ts (any Chromium), picked by index.ts.
import type {
  BackupCounts,
  BackupInfo,
  BackupReason,
  FileFilter,
  IpcError,
  MenuCommand,
} from '@shared/ipc/contract';

export type {
  BackupCounts,
  BackupInfo,
  BackupReason,
  FileFilter,
  MenuCommand,
} from '@shared/ipc/contract';

/** Automatic backups, written by the desktop app's main process outside the database. */
export type PlatformBackups = {
  write(reason: BackupReason, contents: Uint8Array, counts: BackupCounts): Promise<BackupInfo>;
  /** Newest first. */
  list(): Promise<BackupInfo[]>;
  read(id: string): Promise<Uint8Array>;
};

export type SaveResult = { readonly saved: boolean; readonly fileName?: string };
export type OpenedFile = { readonly name: string; readonly bytes: Uint8Array };
export type PrintResult = { readonly saved: boolean };
export type PlatformInfo = {
  readonly kind: 'desktop' | 'browser';
  /** The app's version; null in the browser build, which has no installed version. */
  readonly version: string | null;
  /** The operating system ('win32', 'darwin', 'linux') on desktop; 'browser' otherwise. */
  readonly platform: string;
  readonly locale: string;
};

export type Platform = {
  readonly kind: 'desktop' | 'browser';
  /**
   * Asks where to save and writes the file. `saved: false` means the user cancelled. In the
   * browser the file goes to the downloads folder and `saved: true` means the download started.
   */
  saveFile(
    name: string,
    contents: string | Uint8Array,
    filters: readonly FileFilter[],
  ): Promise<SaveResult>;
  /** Asks for a file and reads it; null when the user cancels. Throws PlatformError. */
  openFile(filters: readonly FileFilter[]): Promise<OpenedFile | null>;
  /**
   * Prints the current view to a PDF file. In the browser this opens the print dialog, whose
   * "Save as PDF" the page cannot observe, so it always reports `saved: false`.
   */
  printToPdf(name: string): Promise<PrintResult>;
  appInfo(): Promise<PlatformInfo>;
  /**
   * Automatic backups; null in the browser build, which has no file system of its own (the app
   * reminds the user to export a workspace file instead).
   */
  readonly backups: PlatformBackups | null;
  /** Menu commands (desktop only); returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** A failure the UI should explain: `error.code` picks the message, e.g. file-too-large. */
export class PlatformError extends Error {
  constructor(readonly error: IpcError) {
    super(error.code);
    this.name = 'PlatformError';
  }

  get code(): IpcError['code'] {
    return this.error.code;
  }
}
