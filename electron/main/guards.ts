// The security decisions of security.ts, attached to Electron objects: navigation and window
// rules for every WebContents, and the permission and network rules for the session. Kept apart
// from index.ts (which runs at import) so that a test can attach them to fakes and check that
// every event is guarded, not only that the decisions are right.
import type { Session, WebContents } from 'electron';
import {
  isAllowedNavigation,
  isAllowedNetworkRequest,
  isSafeExternalUrl,
  permissionDecision,
} from './security';

export type GuardOptions = {
  /** The `electron-vite dev` server, in development only. */
  devServerUrl: string | undefined;
  /** shell.openExternal: called only with URLs isSafeExternalUrl accepts. */
  openExternal: (url: string) => Promise<void>;
  warn: (message: string) => void;
};

/** Navigation and window rules for a WebContents, including ones the app did not create. */
export function guardWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
  options: GuardOptions,
): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, options.devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, options.devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No window ever opens inside the app; vetted https links go to the user's browser.
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      options.openExternal(url).catch(() => options.warn('openExternal failed'));
    }
    return { action: 'deny' };
  });
}

/** Permissions (all refused but the few security.ts allows) and network (nothing leaves). */
export function hardenSession(
  ses: Pick<
    Session,
    | 'setPermissionRequestHandler'
    | 'setPermissionCheckHandler'
    | 'setDevicePermissionHandler'
    | 'webRequest'
  >,
  devServerUrl: string | undefined,
): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permissionDecision(permission)),
  );
  ses.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (details, callback) =>
      callback({ cancel: !isAllowedNetworkRequest(details.url, devServerUrl) }),
  );
}
