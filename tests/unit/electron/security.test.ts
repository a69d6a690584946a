import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SESSION_PARTITION } from '@shared/identity';
import {
  contentSecurityPolicy,
  isAllowedNavigation,
  isAllowedNetworkRequest,
  isAppUrl,
  isSafeExternalUrl,
  isTrustedSender,
  permissionDecision,
  webPreferencesFor,
} from '../../../electron/main/security';

const DEV = 'http://localhost:5173';

// Look-alikes of the app's own origin. Every one must be refused wherever a URL is trusted.
const LOOK_ALIKES = [
  'app://plenary.evil/',
  'app://plenary.evil/index.html',
  'app://plenary@evil.com/',
  'app://user:pass@plenary/',
  'app://user@plenary/',
  'app://:pass@plenary/',
  'app://evil/plenary',
  'app://evil.com/app://plenary/',
  'app://plenary:80/',
  'app://plenary./',
  'app://pl%65nary/',
  'app:plenary',
  'app:///plenary/index.html',
  'APP://PLENARY/',
  'javascript:alert(1)',
  'javascript://plenary/%0aalert(1)',
  'file:///etc/passwd',
  'file://plenary/index.html',
  'http://plenary/',
  'https://plenary/',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://plenary/4b7e0c2e-8d4a-4b8c-9c8f-1f2e3d4c5b6a',
  'about:blank',
  'devtools://devtools/bundled/inspector.html',
  'chrome://settings',
  'plenary',
  '/index.html',
  '',
];

describe('isAppUrl', () => {
  it.each([
    'app://plenary',
    'app://plenary/',
    'app://plenary/index.html',
    'app://plenary/people/42?tab=notes#top',
  ])('accepts the app origin: %s', (url) => expect(isAppUrl(url)).toBe(true));

  it.each(LOOK_ALIKES)('refuses the look-alike %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses missing values', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts frames of the app origin', () => {
    expect(isTrustedSender('app://plenary/index.html')).toBe(true);
  });

  it.each(LOOK_ALIKES)('distrusts a frame at %s', (url) => {
    expect(isTrustedSender(url)).toBe(false);
    expect(isTrustedSender(url, DEV)).toBe(false);
  });

  it('distrusts a destroyed frame (no URL)', () => {
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender(undefined, DEV)).toBe(false);
  });

  it('trusts the dev server only when running under it, and only its exact origin', () => {
    expect(isTrustedSender('http://localhost:5173/')).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', DEV)).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', DEV)).toBe(false);
    expect(isTrustedSender('http://localhost.evil.com:5173/', DEV)).toBe(false);
    expect(isTrustedSender('https://localhost:5173/', DEV)).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('allows navigation inside the app only', () => {
    expect(isAllowedNavigation('app://plenary/people')).toBe(true);
    for (const url of LOOK_ALIKES) expect(isAllowedNavigation(url), url).toBe(false);
    expect(isAllowedNavigation('https://www.un.org/')).toBe(false);
  });

  it('allows the dev server in development only', () => {
    expect(isAllowedNavigation('http://localhost:5173/#/people', DEV)).toBe(true);
    expect(isAllowedNavigation('http://localhost:5173/#/people')).toBe(false);
  });
});

describe('isAllowedNetworkRequest', () => {
  it('cancels every network request in production', () => {
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://localhost:5173/',
      'ws://localhost:5173/',
    ]) {
      expect(isAllowedNetworkRequest(url), url).toBe(false);
    }
  });

  it('lets the dev server and its hot-reload socket through in development', () => {
    expect(isAllowedNetworkRequest('http://localhost:5173/src/main.tsx', DEV)).toBe(true);
    expect(isAllowedNetworkRequest('ws://localhost:5173/', DEV)).toBe(true);
    expect(isAllowedNetworkRequest('https://example.org/', DEV)).toBe(false);
    expect(isAllowedNetworkRequest('ws://localhost:9229/', DEV)).toBe(false);
    expect(isAllowedNetworkRequest('http://user@localhost:5173/', DEV)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://www.un.org/en/', 'https://example.org/path?q=1#x', 'https://EXAMPLE.org/'])(
    'lets %s open in the browser',
    (url) => expect(isSafeExternalUrl(url)).toBe(true),
  );

  it.each([
    'http://example.org/',
    'file:///etc/passwd',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:alert(1)',
    'mailto:someone@example.org',
    'app://plenary/',
    'https://user:pw@example.org/',
    'https://user@example.org/',
    'https://127.0.0.1/',
    'https://0x7f.1/',
    'https://2130706433/',
    'https://[::1]/',
    'https://localhost/',
    'https://localhost./',
    'https://api.localhost/',
    'https://intranet/',
    'https://example.org:8443/',
    'not a url',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('refuses to open %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('permissionDecision', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'fullscreen',
    'openExternal',
    'pointerLock',
    'midi',
    'hid',
    'serial',
    'usb',
    'display-capture',
    'window-management',
    'unknown-future-permission',
  ])('denies %s', (permission) => {
    expect(permissionDecision(permission)).toBe(false);
  });
});

describe('webPreferencesFor', () => {
  it('isolates and sandboxes the renderer, with the preload and the frozen partition', () => {
    expect(webPreferencesFor('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      partition: SESSION_PARTITION,
      navigateOnDragDrop: false,
    });
  });
});

function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

describe('contentSecurityPolicy', () => {
  const policy = parsePolicy(contentSecurityPolicy());

  it('allows nothing from outside the app and no eval or inline script (WebAssembly only)', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    const all = contentSecurityPolicy();
    expect(all).not.toMatch(/(?<!wasm-)unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('is the same policy as the meta tag in renderer/index.html, which cannot carry frame-ancestors', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta, 'renderer/index.html has a CSP meta tag').not.toBeNull();
    const fromMeta = parsePolicy(meta?.[1] ?? '');
    const expected = new Map(policy);
    expected.delete('frame-ancestors');
    expect(fromMeta).toEqual(expected);
  });
});
