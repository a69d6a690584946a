// What each IPC channel does, over injected dialogs and printing, so that the decisions (cancel,
// size limit, which name goes back to the renderer) are unit-tested without Electron.
import { basename, extname, join } from 'node:path';
import {
  MAX_OPEN_FILE_BYTES,
  type AppInfo,
  type FileFilter,
  type IpcChannel,
} from '@shared/ipc/contract';
import type { Backups } from './backups';
import { FileTooLargeError, readFileLimited, writeFileAtomic } from './files';
import { IpcHandlerError, type IpcHandler } from './ipc';

/** Electron's dialog filter shape (mutable arrays). */
export type DialogFilter = { name: string; extensions: string[] };

/** Dialogs bound to the window that asked, so that they open as its modal sheets. */
export type Dialogs = {
  showSaveDialog(options: {
    title: string;
    defaultPath: string;
    filters: DialogFilter[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: {
    title: string;
    filters: DialogFilter[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
};

export type HandlerDeps<E> = {
  readonly dialogsFor: (event: E) => Dialogs;
  /** The folder save dialogs start in (the user's Documents). */
  readonly defaultDirectory: () => string;
  readonly printToPdf: (event: E) => Promise<Uint8Array>;
  readonly appInfo: () => AppInfo;
  readonly t: (key: string) => string;
  readonly writeFile?: (path: string, data: string | Uint8Array) => Promise<void>;
  readonly readFile?: (path: string, limitBytes: number) => Promise<Uint8Array>;
  /** Automatic backups (electron/main/backups.ts); absent, the backup channels report io-error. */
  readonly backups?: Pick<Backups, 'write' | 'list' | 'read'>;
};

export type Handlers<E> = { readonly [C in IpcChannel]: IpcHandler<C, E> };

function toDialogFilters(filters: readonly FileFilter[]): DialogFilter[] {
  return filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));
}

function ioError(): IpcHandlerError {
  return new IpcHandlerError({ code: 'io-error' });
}

/** A full disk or quota gets its own code, so the renderer can say what to do about it. */
export function backupError(error: unknown): IpcHandlerError {
  const code =
    error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (code === 'ENOSPC' || code === 'EDQUOT') return new IpcHandlerError({ code: 'disk-full' });
  if (code === 'ENOENT') return new IpcHandlerError({ code: 'not-found' });
  return ioError();
}

export function createHandlers<E>(deps: HandlerDeps<E>): Handlers<E> {
  const writeFile = deps.writeFile ?? writeFileAtomic;
  const readFile = deps.readFile ?? readFileLimited;

  async function saveWithDialog(
    event: E,
    title: string,
    suggestedName: string,
    filters: DialogFilter[],
    contents: string | Uint8Array,
  ): Promise<{ saved: boolean; fileName?: string }> {
    const choice = await deps.dialogsFor(event).showSaveDialog({
      title,
      defaultPath: join(deps.defaultDirectory(), suggestedName),
      filters,
    });
    if (choice.canceled || !choice.filePath) return { saved: false };
    try {
      await writeFile(choice.filePath, contents);
    } catch {
      throw ioError();
    }
    // The name only: the renderer has no use for the user's directory layout.
    return { saved: true, fileName: basename(choice.filePath) };
  }

  function backups(): NonNullable<HandlerDeps<E>['backups']> {
    if (!deps.backups) throw ioError();
    return deps.backups;
  }

  return {
    'app:info': () => deps.appInfo(),

    'backup:write': async (request) => {
      try {
        return await backups().write(request);
      } catch (error) {
        throw error instanceof IpcHandlerError ? error : backupError(error);
      }
    },

    'backup:list': async () => {
      try {
        return await backups().list();
      } catch (error) {
        throw error instanceof IpcHandlerError ? error : backupError(error);
      }
    },

    'backup:read': async (request) => {
      try {
        return { contents: await backups().read(request.id) };
      } catch (error) {
        throw error instanceof IpcHandlerError ? error : backupError(error);
      }
    },

    'file:save': (request, event) =>
      saveWithDialog(
        event,
        deps.t('menu.dialogs.saveTitle'),
        request.suggestedName,
        toDialogFilters(request.filters),
        request.contents,
      ),

    'file:open': async (request, event) => {
      const choice = await deps.dialogsFor(event).showOpenDialog({
        title: deps.t('menu.dialogs.openTitle'),
        filters: toDialogFilters(request.filters),
      });
      const path = choice.filePaths[0];
      if (choice.canceled || path === undefined) return null;
      try {
        const contents = await readFile(path, MAX_OPEN_FILE_BYTES);
        return { name: basename(path), contents };
      } catch (error) {
        if (error instanceof FileTooLargeError) {
          throw new IpcHandlerError({ code: 'file-too-large', limitBytes: error.limitBytes });
        }
        throw ioError();
      }
    },

    'print:pdf': async (request, event) => {
      // Printed before the dialog opens, so the PDF shows the page as it was when asked for.
      const pdf = await deps.printToPdf(event);
      const name =
        extname(request.suggestedName).toLowerCase() === '.pdf'
          ? request.suggestedName
          : `${request.suggestedName}.pdf`;
      const result = await saveWithDialog(
        event,
        deps.t('menu.dialogs.printTitle'),
        name,
        [{ name: deps.t('menu.dialogs.pdfFilter'), extensions: ['pdf'] }],
        pdf,
      );
      return { saved: result.saved };
    },
  };
}
