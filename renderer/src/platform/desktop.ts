// The Platform over Electron: each call goes through window.plenary (electron/preload) to main.
import type { IpcResult, PlenaryApi } from '@shared/ipc/contract';
import { PlatformError, type Platform } from './types';

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new PlatformError(result.error);
  return result.value;
}

export function createDesktopPlatform(api: PlenaryApi): Platform {
  return {
    kind: 'desktop',
    saveFile: async (name, contents, filters) =>
      unwrap(await api.saveFile({ suggestedName: name, contents, filters })),
    openFile: async (filters) => {
      const file = unwrap(await api.openFile({ filters }));
      return file && { name: file.name, bytes: file.contents };
    },
    printToPdf: async (name) => unwrap(await api.printToPdf({ suggestedName: name })),
    appInfo: async () => ({ kind: 'desktop', ...unwrap(await api.appInfo()) }),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    backups: {
      write: async (reason, contents, counts) =>
        unwrap(await api.writeBackup({ reason, contents, counts })),
      list: async () => unwrap(await api.listBackups()),
      read: async (id) => unwrap(await api.readBackup({ id })).contents,
    },
  };
}
