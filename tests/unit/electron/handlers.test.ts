import { describe, expect, it, vi } from 'vitest';
import { MAX_OPEN_FILE_BYTES } from '@shared/ipc/contract';
import { FileTooLargeError } from '../../../electron/main/files';
import { createHandlers, type Dialogs, type HandlerDeps } from '../../../electron/main/handlers';
import { IpcHandlerError } from '../../../electron/main/ipc';

type FakeEvent = { readonly window: string };
const event: FakeEvent = { window: 'main' };

function setup(overrides: Partial<HandlerDeps<FakeEvent>> = {}, dialogs: Partial<Dialogs> = {}) {
  const showSaveDialog = vi.fn<Dialogs['showSaveDialog']>(() =>
    Promise.resolve({ canceled: false, filePath: '/home/aicha/Documents/chosen.json' }),
  );
  const showOpenDialog = vi.fn<Dialogs['showOpenDialog']>(() =>
    Promise.resolve({ canceled: false, filePaths: ['/home/aicha/Downloads/people.csv'] }),
  );
  const writeFile = vi.fn<(path: string, data: string | Uint8Array) => Promise<void>>(() =>
    Promise.resolve(),
  );
  const readFile = vi.fn<(path: string, limit: number) => Promise<Uint8Array>>(() =>
    Promise.resolve(new Uint8Array([1, 2, 3])),
  );
  const printToPdf = vi.fn<(event: FakeEvent) => Promise<Uint8Array>>(() =>
    Promise.resolve(new Uint8Array([37, 80, 68, 70])),
  );
  const dialogsFor = vi.fn((_event: FakeEvent): Dialogs => ({
    showSaveDialog,
    showOpenDialog,
    ...dialogs,
  }));
  const handlers = createHandlers<FakeEvent>({
    dialogsFor,
    defaultDirectory: () => '/home/aicha/Documents',
    printToPdf,
    appInfo: () => ({ version: '0.1.0', platform: 'linux', locale: 'en-GB' }),
    t: (key) => `<${key}>`,
    writeFile,
    readFile,
    ...overrides,
  });
  return { handlers, showSaveDialog, showOpenDialog, writeFile, readFile, printToPdf, dialogsFor };
}

const save = {
  suggestedName: 'Workspace.json',
  contents: '{}',
  filters: [{ name: 'Workspace', extensions: ['json'] }],
};

describe('file:save', () => {
  it('asks where to save (in Documents, modal to the asking window) and writes there', async () => {
    const { handlers, showSaveDialog, writeFile, dialogsFor } = setup();
    await expect(handlers['file:save'](save, event)).resolves.toEqual({
      saved: true,
      fileName: 'chosen.json',
    });
    expect(dialogsFor).toHaveBeenCalledWith(event);
    expect(showSaveDialog).toHaveBeenCalledWith({
      title: '<menu.dialogs.saveTitle>',
      defaultPath: '/home/aicha/Documents/Workspace.json',
      filters: [{ name: 'Workspace', extensions: ['json'] }],
    });
    expect(writeFile).toHaveBeenCalledWith('/home/aicha/Documents/chosen.json', '{}');
  });

  it('returns only the file name, never the folder', async () => {
    const { handlers } = setup();
    const result = await handlers['file:save'](save, event);
    expect(JSON.stringify(result)).not.toContain('/home');
  });

  it('writes nothing when the user cancels', async () => {
    const { handlers, writeFile } = setup(
      {},
      { showSaveDialog: () => Promise.resolve({ canceled: true }) },
    );
    await expect(handlers['file:save'](save, event)).resolves.toEqual({ saved: false });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('reports a failed write as io-error', async () => {
    const { handlers } = setup({ writeFile: () => Promise.reject(new Error('ENOSPC')) });
    await expect(handlers['file:save'](save, event)).rejects.toEqual(
      new IpcHandlerError({ code: 'io-error' }),
    );
  });
});

describe('file:open', () => {
  it('reads the chosen file within the size limit and returns its name and bytes', async () => {
    const { handlers, readFile } = setup();
    await expect(handlers['file:open']({ filters: [] }, event)).resolves.toEqual({
      name: 'people.csv',
      contents: new Uint8Array([1, 2, 3]),
    });
    expect(readFile).toHaveBeenCalledWith('/home/aicha/Downloads/people.csv', MAX_OPEN_FILE_BYTES);
  });

  it('returns null when the user cancels', async () => {
    const { handlers, readFile } = setup(
      {},
      { showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) },
    );
    await expect(handlers['file:open']({ filters: [] }, event)).resolves.toBeNull();
    expect(readFile).not.toHaveBeenCalled();
  });

  it('refuses a file above the limit with file-too-large and the limit', async () => {
    const { handlers } = setup({
      readFile: (_path, limit) => Promise.reject(new FileTooLargeError(limit + 1, limit)),
    });
    const error = await Promise.resolve(handlers['file:open']({ filters: [] }, event)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IpcHandlerError);
    expect((error as IpcHandlerError).error).toEqual({
      code: 'file-too-large',
      limitBytes: MAX_OPEN_FILE_BYTES,
    });
  });

  it('reports an unreadable file as io-error', async () => {
    const { handlers } = setup({ readFile: () => Promise.reject(new Error('EACCES')) });
    await expect(handlers['file:open']({ filters: [] }, event)).rejects.toEqual(
      new IpcHandlerError({ code: 'io-error' }),
    );
  });
});

describe('print:pdf', () => {
  it('prints the asking window and saves the PDF where the user chooses', async () => {
    const { handlers, printToPdf, showSaveDialog, writeFile } = setup();
    await expect(
      handlers['print:pdf']({ suggestedName: 'Representation report' }, event),
    ).resolves.toEqual({ saved: true });
    expect(printToPdf).toHaveBeenCalledWith(event);
    expect(showSaveDialog).toHaveBeenCalledWith({
      title: '<menu.dialogs.printTitle>',
      defaultPath: '/home/aicha/Documents/Representation report.pdf',
      filters: [{ name: '<menu.dialogs.pdfFilter>', extensions: ['pdf'] }],
    });
    expect(writeFile).toHaveBeenCalledWith(
      '/home/aicha/Documents/chosen.json',
      new Uint8Array([37, 80, 68, 70]),
    );
  });

  it('does not add a second .pdf', async () => {
    const { handlers, showSaveDialog } = setup();
    await handlers['print:pdf']({ suggestedName: 'report.PDF' }, event);
    expect(showSaveDialog.mock.calls[0]?.[0].defaultPath).toBe('/home/aicha/Documents/report.PDF');
  });

  it('writes nothing when the user cancels', async () => {
    const { handlers, writeFile } = setup(
      {},
      { showSaveDialog: () => Promise.resolve({ canceled: true }) },
    );
    await expect(handlers['print:pdf']({ suggestedName: 'r' }, event)).resolves.toEqual({
      saved: false,
    });
    expect(writeFile).not.toHaveBeenCalled();
  });
});

describe('app:info', () => {
  it('returns version, platform and locale, and no paths', async () => {
    const { handlers } = setup();
    expect(await handlers['app:info'](undefined, event)).toEqual({
      version: '0.1.0',
      platform: 'linux',
      locale: 'en-GB',
    });
  });
});
