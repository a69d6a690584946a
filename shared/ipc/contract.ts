// The typed IPC contract between the renderer (through the preload) and the main process: every
// channel's request and response types, the schemas that main validates each request with, and
// the surface the preload exposes as `window.plenary`.
import { z } from 'zod';
import type { IpcChannel, MenuCommand } from './channels';

export { API_CHANNELS, MENU_COMMAND_CHANNEL, MENU_COMMANDS, isMenuCommand } from './channels';
export type { IpcChannel, MenuCommand } from './channels';

/** Files larger than this are refused by `file:open`: the whole file crosses IPC in memory. */
export const MAX_OPEN_FILE_BYTES = 100 * 1024 * 1024;
/** Upper bound for `file:save` contents (bytes, or UTF-16 code units for a string). */
export const MAX_SAVE_BYTES = 512 * 1024 * 1024;

// Characters that are invalid in a file name on at least one of Windows, macOS or Linux, so that a
// name the renderer suggests is usable everywhere and can never carry a path.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const FORBIDDEN_NAME_CHARS = /[/\\:*?"<>|\u0000-\u001f]/;

export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !FORBIDDEN_NAME_CHARS.test(name), 'file name contains a forbidden character')
  .refine((name) => !/^\.+$/.test(name), 'file name cannot be dots only')
  .refine((name) => name.trim() === name, 'file name cannot start or end with spaces');

export const fileFilterSchema = z
  .strictObject({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/))
      .min(1)
      .max(20)
      .readonly(),
  })
  .readonly();

const filtersSchema = z.array(fileFilterSchema).max(10).readonly();

export const saveFileRequestSchema = z
  .strictObject({
    suggestedName: fileNameSchema,
    contents: z.union([
      z.string().max(MAX_SAVE_BYTES),
      z
        .custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes')
        .refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, 'too large'),
    ]),
    filters: filtersSchema,
  })
  .readonly();

export const openFileRequestSchema = z.strictObject({ filters: filtersSchema }).readonly();

export const printToPdfRequestSchema = z.strictObject({ suggestedName: fileNameSchema }).readonly();

/** Why an automatic backup was written (shown on the Backups screen). */
export const BACKUP_REASONS = [
  'start',
  'import',
  'merge',
  'periodic',
  'before-restore',
  'before-migration',
  'manual',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

const countSchema = z.number().int().min(0).max(100_000_000);
export const backupCountsSchema = z
  .strictObject({
    people: countSchema,
    organisations: countSchema,
    events: countSchema,
    participations: countSchema,
  })
  .readonly();

/** `plenary-backup-20261128T154012345Z-start.json`: the id is the file name, never a path. */
export const BACKUP_ID_PATTERN = /^plenary-backup-\d{8}T\d{9}Z-[a-z]+(?:-[a-z]+)*\.json$/;
export const backupIdSchema = z.string().max(80).regex(BACKUP_ID_PATTERN);

export const writeBackupRequestSchema = z
  .strictObject({
    reason: z.enum(BACKUP_REASONS),
    contents: z
      .custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes')
      .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_SAVE_BYTES, 'size'),
    counts: backupCountsSchema,
  })
  .readonly();
export const readBackupRequestSchema = z.strictObject({ id: backupIdSchema }).readonly();

export type BackupCounts = z.infer<typeof backupCountsSchema>;
export type WriteBackupRequest = z.infer<typeof writeBackupRequestSchema>;
export type ReadBackupRequest = z.infer<typeof readBackupRequestSchema>;
export type BackupInfo = {
  readonly id: string;
  /** ISO 8601, from the file name (the clock of the machine that wrote it). */
  readonly createdAt: string;
  readonly sizeBytes: number;
  readonly reason: BackupReason | 'unknown';
  /** null when the small metadata file beside the backup is missing or unreadable. */
  readonly counts: BackupCounts | null;
};
export type ReadBackupResult = { readonly contents: Uint8Array };

export type FileFilter = z.infer<typeof fileFilterSchema>;
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;
export type PrintToPdfRequest = z.infer<typeof printToPdfRequestSchema>;

/** No file-system paths here on purpose: the renderer never needs them. */
export type AppInfo = {
  readonly version: string;
  /** Node's `process.platform` of the main process: 'win32', 'darwin', 'linux', … */
  readonly platform: string;
  readonly locale: string;
};
export type SaveFileResult = { readonly saved: boolean; readonly fileName?: string };
export type OpenFileResult = { readonly name: string; readonly contents: Uint8Array } | null;
export type PrintToPdfResult = { readonly saved: boolean };

export type IpcContract = {
  'app:info': { request: undefined; response: AppInfo };
  'file:save': { request: SaveFileRequest; response: SaveFileResult };
  'file:open': { request: OpenFileRequest; response: OpenFileResult };
  'print:pdf': { request: PrintToPdfRequest; response: PrintToPdfResult };
  'backup:write': { request: WriteBackupRequest; response: BackupInfo };
  'backup:list': { request: undefined; response: BackupInfo[] };
  'backup:read': { request: ReadBackupRequest; response: ReadBackupResult };
};

export type IpcRequest<C extends IpcChannel> = IpcContract[C]['request'];
export type IpcResponse<C extends IpcChannel> = IpcContract[C]['response'];

/**
 * Failures are data, not thrown errors: Electron flattens an error thrown in a handler into an
 * English message string, which the renderer could neither translate nor branch on.
 */
export type IpcError =
  | { readonly code: 'file-too-large'; readonly limitBytes: number }
  | {
      readonly code:
        | 'untrusted-sender'
        | 'invalid-request'
        | 'io-error'
        | 'disk-full'
        | 'not-found'
        | 'internal';
    };
export type IpcErrorCode = IpcError['code'];
export type IpcResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

export type RequestSchemas = { readonly [C in IpcChannel]: z.ZodType<IpcRequest<C>> };

/** What main validates every incoming request against, before any handler sees it. */
export const requestSchemas: RequestSchemas = {
  'app:info': z.undefined(),
  'file:save': saveFileRequestSchema,
  'file:open': openFileRequestSchema,
  'print:pdf': printToPdfRequestSchema,
  'backup:write': writeBackupRequestSchema,
  'backup:list': z.undefined(),
  'backup:read': readBackupRequestSchema,
};

/** `window.plenary`, as exposed by electron/preload: one intent-named method per channel. */
export type PlenaryApi = {
  appInfo(): Promise<IpcResult<AppInfo>>;
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileResult>>;
  openFile(request: OpenFileRequest): Promise<IpcResult<OpenFileResult>>;
  printToPdf(request: PrintToPdfRequest): Promise<IpcResult<PrintToPdfResult>>;
  writeBackup(request: WriteBackupRequest): Promise<IpcResult<BackupInfo>>;
  listBackups(): Promise<IpcResult<BackupInfo[]>>;
  readBackup(request: ReadBackupRequest): Promise<IpcResult<ReadBackupResult>>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};
