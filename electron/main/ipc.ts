// The one way main registers an IPC handler: sender check, payload validation, typed result, and
// logs that never contain payload contents (they hold personal data).
import {
  requestSchemas,
  type IpcChannel,
  type IpcError,
  type IpcRequest,
  type IpcResponse,
  type IpcResult,
} from '@shared/ipc/contract';
import { describeError } from './files';
import { isTrustedSender } from './security';

/** The part of Electron's `IpcMainInvokeEvent` the wrapper reads. */
export type InvokeEventLike = { readonly senderFrame: { readonly url: string } | null };

/** The part of Electron's `ipcMain` the wrapper uses; a fake one in tests. */
export type IpcMainLike<E extends InvokeEventLike> = {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => unknown): void;
};

export type IpcHandler<C extends IpcChannel, E> = (
  request: IpcRequest<C>,
  event: E,
) => Promise<IpcResponse<C>> | IpcResponse<C>;

export type RegisterOptions = {
  /** The Vite dev server's URL in development; its pages are trusted senders too. */
  readonly devServerUrl?: string;
  readonly log?: (message: string) => void;
};

/** Thrown by a handler for an expected failure the renderer should show (file too large, …). */
export class IpcHandlerError extends Error {
  constructor(readonly error: IpcError) {
    super(error.code);
    this.name = 'IpcHandlerError';
  }
}

function failure(error: IpcError): { ok: false; error: IpcError } {
  return { ok: false, error };
}

export function registerHandler<C extends IpcChannel, E extends InvokeEventLike>(
  ipcMain: IpcMainLike<E>,
  channel: C,
  handler: IpcHandler<C, E>,
  options: RegisterOptions = {},
): void {
  const log = options.log ?? ((message: string) => console.warn(message));
  const schema = requestSchemas[channel];

  ipcMain.handle(channel, async (event, ...args): Promise<IpcResult<IpcResponse<C>>> => {
    if (!isTrustedSender(event.senderFrame?.url, options.devServerUrl)) {
      // The URL is not logged either: it is attacker-chosen text.
      log(`ipc ${channel}: refused a call from an untrusted frame`);
      return failure({ code: 'untrusted-sender' });
    }
    const parsed = args.length <= 1 ? schema.safeParse(args[0]) : null;
    if (!parsed?.success) {
      const where = parsed
        ? parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}:${issue.code}`)
        : ['(arguments):too_many'];
      log(`ipc ${channel}: refused an invalid request [${where.join(', ')}]`);
      return failure({ code: 'invalid-request' });
    }
    try {
      return { ok: true, value: await handler(parsed.data, event) };
    } catch (error) {
      if (error instanceof IpcHandlerError) {
        log(`ipc ${channel}: ${error.error.code}`);
        return failure(error.error);
      }
      log(`ipc ${channel}: handler failed (${describeError(error)})`);
      return failure({ code: 'internal' });
    }
  });
}
