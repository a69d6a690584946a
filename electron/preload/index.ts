// The preload: the renderer's only door to main. One intent-named method per IPC channel; never
// ipcRenderer itself, which would let page script send anything on any channel. Bundled as
// CommonJS because sandboxed preloads cannot be ES modules.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_CHANNELS, MENU_COMMAND_CHANNEL, isMenuCommand } from '@shared/ipc/channels';
import type {
  IpcChannel,
  IpcRequest,
  IpcResponse,
  IpcResult,
  MenuCommand,
  PlenaryApi,
} from '@shared/ipc/contract';

function invoke<C extends IpcChannel>(
  channel: C,
  request: IpcRequest<C>,
): Promise<IpcResult<IpcResponse<C>>> {
  // The shape is guaranteed by main's registerHandler wrapper, which answers every call with an
  // IpcResult.
  return ipcRenderer.invoke(channel, request) as Promise<IpcResult<IpcResponse<C>>>;
}

const api = {
  appInfo: () => invoke(API_CHANNELS.appInfo, undefined),
  saveFile: (request) => invoke(API_CHANNELS.saveFile, request),
  openFile: (request) => invoke(API_CHANNELS.openFile, request),
  printToPdf: (request) => invoke(API_CHANNELS.printToPdf, request),
  writeBackup: (request) => invoke(API_CHANNELS.writeBackup, request),
  listBackups: () => invoke(API_CHANNELS.listBackups, undefined),
  readBackup: (request) => invoke(API_CHANNELS.readBackup, request),
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
} satisfies PlenaryApi;

contextBridge.exposeInMainWorld('plenary', api);
