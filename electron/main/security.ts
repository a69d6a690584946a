// The security decisions of the main process as pure functions, so that each one has a table
// test. index.ts only wires them to Electron's events.
import type { WebPreferences } from 'electron';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, SESSION_PARTITION } from '@shared/identity';

export function webPreferencesFor(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // The spellchecker downloads dictionaries from a Google CDN; the app makes no network requests.
    spellcheck: false,
    partition: SESSION_PARTITION,
    // Dropping a file on the window would otherwise navigate away from the app to file://.
    navigateOnDragDrop: false,
  };
}

/**
 * The policy sent as a header by the app:// protocol handler. renderer/index.html carries the
 * same policy in a meta tag (for the browser build), minus frame-ancestors, which a meta tag
 * cannot set; a unit test keeps the two in step.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'self'"]],
  // WebAssembly compilation only (the planner's HiGHS solver); JavaScript eval stays forbidden.
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'", 'blob:']],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
];

export function contentSecurityPolicy(): string {
  return CSP_DIRECTIVES.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

function parseUrl(url: string | undefined | null): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` belongs to the app's own origin. WHATWG URL gives non-special schemes an opaque
 * origin ("null"), so the origin is rebuilt from scheme and host and compared exactly. Host case
 * is kept as written: Chromium canonicalises our registered standard scheme to lower case, so a
 * non-canonical spelling never comes from our own pages and is refused.
 */
export function isAppUrl(url: string | undefined | null): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    `${parsed.protocol}//${parsed.host}` === APP_ORIGIN
  );
}

function devOrigin(devServerUrl: string | undefined): string | null {
  const parsed = parseUrl(devServerUrl);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null;
  return parsed.origin;
}

/** In development (electron-vite dev) the renderer comes from the Vite dev server instead. */
function isDevServerUrl(url: string | undefined | null, devServerUrl: string | undefined): boolean {
  const origin = devOrigin(devServerUrl);
  const parsed = parseUrl(url);
  return origin !== null && parsed !== null && parsed.origin === origin;
}

/** May a frame of the app navigate to `url`? Only within the app itself. */
export function isAllowedNavigation(url: string, devServerUrl?: string): boolean {
  return isAppUrl(url) || isDevServerUrl(url, devServerUrl);
}

/** May a frame at `frameUrl` use the IPC API? `undefined` is a destroyed or navigated frame. */
export function isTrustedSender(
  frameUrl: string | undefined | null,
  devServerUrl?: string,
): boolean {
  return isAppUrl(frameUrl) || isDevServerUrl(frameUrl, devServerUrl);
}

/**
 * The app needs no network. Every http(s)/ws(s) request is cancelled except, in development, the
 * Vite dev server and its hot-reload socket.
 */
export function isAllowedNetworkRequest(url: string, devServerUrl?: string): boolean {
  const origin = devOrigin(devServerUrl);
  const parsed = parseUrl(url);
  if (origin === null || parsed === null) return false;
  const dev = new URL(origin);
  const sameHost = parsed.host === dev.host && parsed.username === '' && parsed.password === '';
  const scheme = parsed.protocol;
  const expected = dev.protocol === 'https:' ? ['https:', 'wss:'] : ['http:', 'ws:'];
  return sameHost && expected.includes(scheme);
}

const IPV4_LITERAL = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * May `url` be handed to the operating system's browser (shell.openExternal)? Only plain https to
 * a public-looking host name: no other schemes (file:, smb:, custom handlers can run programs),
 * no credentials, no IP literals, no localhost or single-label intranet names.
 */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed || url.length > 2048) return false;
  if (parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.port !== '') return false;
  // WHATWG parsing has lower-cased the host and normalised numeric forms (0x7f.1 → 127.0.0.1).
  const host = parsed.hostname.replace(/\.$/, '');
  if (host.startsWith('[') || IPV4_LITERAL.test(host)) return false;
  if (host === 'localhost' || host.endsWith('.localhost')) return false;
  if (!host.includes('.')) return false;
  return /^[a-z0-9.-]+$/.test(host);
}

/**
 * The answer to every permission request and check. Plenary uses no camera, microphone,
 * geolocation, notifications, clipboard-read, MIDI, HID, serial or other permission: file access
 * goes through main's dialogs and printing through main. Denying all of them means a compromised
 * renderer cannot gain any, and a future feature must add its permission here deliberately.
 */
export function permissionDecision(_permission: string): boolean {
  return false;
}
