// The security rules as main attaches them: every WebContents gets navigation, redirect, webview
// and window-open guards; every session refuses permissions and network requests. Driven through
// fake WebContents and Session objects that record what main registers, so a guard that is
// dropped or wired to the wrong event fails here even though the pure decisions still pass.
import { describe, expect, it, vi } from 'vitest';
import { guardWebContents, hardenSession } from '../../../electron/main/guards';

type Listener = (event: { url: string; preventDefault: () => void }) => void;
type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: OpenHandler | null = null;
  const contents = {
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: OpenHandler) => {
      openHandler = handler;
    },
  };
  /** Whether `event` to `url` was let through (not prevented). */
  const fire = (event: string, url: string): boolean => {
    const listener = listeners.get(event);
    if (!listener) throw new Error(`no listener for ${event}`);
    let prevented = false;
    listener({ url, preventDefault: () => (prevented = true) });
    return !prevented;
  };
  const open = (url: string) => {
    if (!openHandler) throw new Error('no window-open handler');
    return openHandler({ url });
  };
  return { contents, fire, open };
}

const LOOK_ALIKES = [
  'app://plenary.evil/',
  'app://plenary@evil.com/',
  'app://user@plenary/',
  'app://plenary:80/',
  'app://pl%65nary/',
  'https://plenary/',
  'file:///etc/passwd',
  'javascript:alert(1)',
];

function guarded(devServerUrl?: string) {
  const fake = fakeContents();
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  const warn = vi.fn();
  guardWebContents(fake.contents as never, { devServerUrl, openExternal, warn });
  return { ...fake, openExternal, warn };
}

describe('guardWebContents', () => {
  it('lets navigation and redirects stay inside the app only', () => {
    const g = guarded();
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(g.fire(event, 'app://plenary/index.html#/people')).toBe(true);
      for (const url of LOOK_ALIKES) expect(g.fire(event, url), `${event} ${url}`).toBe(false);
      expect(g.fire(event, 'https://www.un.org/')).toBe(false);
    }
  });

  it('allows the dev server only in development', () => {
    expect(guarded('http://localhost:5173').fire('will-navigate', 'http://localhost:5173/')).toBe(
      true,
    );
    expect(guarded().fire('will-navigate', 'http://localhost:5173/')).toBe(false);
  });

  it('never attaches a webview', () => {
    expect(guarded().fire('will-attach-webview', 'app://plenary/')).toBe(false);
  });

  it('never opens a window; vetted https links go to the system browser, nothing else does', () => {
    const g = guarded();
    expect(g.open('https://www.un.org/en/')).toEqual({ action: 'deny' });
    expect(g.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.un.org/en/');
    for (const url of [
      ...LOOK_ALIKES,
      'app://plenary/',
      'http://example.org/',
      'https://user@example.org/',
      'https://localhost/',
      'smb://server/share',
    ]) {
      expect(g.open(url), url).toEqual({ action: 'deny' });
    }
    expect(g.openExternal).toHaveBeenCalledTimes(1);
  });

  it('a failing openExternal is logged without the URL', async () => {
    const g = guarded();
    g.openExternal.mockImplementationOnce(() => Promise.reject(new Error('no browser')));
    g.open('https://example.org/private?name=Amina');
    await vi.waitFor(() => expect(g.warn).toHaveBeenCalledTimes(1));
    expect(String(g.warn.mock.calls[0]?.[0])).not.toContain('example.org');
  });
});

describe('hardenSession', () => {
  function hardened(devServerUrl?: string) {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    let filter: { urls: string[] } | null = null;
    let onBefore: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null =
      null;
    const ses = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
      webRequest: {
        onBeforeRequest: (f: { urls: string[] }, h: typeof onBefore) => {
          filter = f;
          onBefore = h;
        },
      },
    };
    hardenSession(ses as never, devServerUrl);
    const cancelled = (url: string) => {
      let result: boolean | null = null;
      onBefore?.({ url }, (r) => (result = r.cancel));
      return result;
    };
    return { handlers, filter: () => filter, cancelled };
  }

  it('refuses every permission request and check, and every device', () => {
    const { handlers } = hardened();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      (handlers.request as (c: unknown, p: string, cb: (ok: boolean) => void) => void)(
        {},
        permission,
        callback,
      );
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect((handlers.check as (c: unknown, p: string) => boolean)({}, permission)).toBe(false);
    }
    expect((handlers.device as () => boolean)()).toBe(false);
  });

  it('cancels every network request in production, for every web scheme', () => {
    const h = hardened();
    expect(h.filter()?.urls.sort()).toEqual(
      ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'].sort(),
    );
    for (const url of ['https://www.un.org/', 'http://127.0.0.1:5173/', 'wss://evil.example/']) {
      expect(h.cancelled(url), url).toBe(true);
    }
  });

  it('lets only the dev server through in development', () => {
    const h = hardened('http://localhost:5173');
    expect(h.cancelled('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(h.cancelled('https://www.un.org/')).toBe(true);
  });
});
