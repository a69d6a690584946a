import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/main/security';
import {
  mimeTypeFor,
  resolveAppRequest,
  responseHeadersFor,
} from '../../../electron/main/protocol';

const ROOT = resolve('/opt/Plenary/resources/app.asar/out/renderer');
const at = (...parts: string[]) => join(ROOT, ...parts);

describe('resolveAppRequest', () => {
  it.each([
    ['app://plenary/index.html', at('index.html')],
    ['app://plenary/assets/index-4f3a.js', at('assets', 'index-4f3a.js')],
    [
      'app://plenary/assets/inter-latin-400-normal.woff2?v=1#x',
      at('assets', 'inter-latin-400-normal.woff2'),
    ],
    ['app://plenary/assets/with%20space.css', at('assets', 'with space.css')],
    // Dot segments that stay inside the root are resolved by the URL parser, harmlessly.
    ['app://plenary/assets/../index.html', at('index.html')],
  ])('serves %s from the renderer build', (url, filePath) => {
    expect(resolveAppRequest(url, ROOT)).toMatchObject({ kind: 'file', filePath });
  });

  it.each([
    'app://plenary',
    'app://plenary/',
    'app://plenary/people',
    'app://plenary/people/42/',
    'app://plenary/events/egm-2026',
  ])('answers the client-side route %s with index.html', (url) => {
    expect(resolveAppRequest(url, ROOT)).toEqual({
      kind: 'file',
      filePath: at('index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
  });

  it.each([
    'app://plenary/../../../etc/passwd.txt',
    'app://plenary/%2e%2e/%2e%2e/etc/passwd.txt',
    'app://plenary/%2E%2E/%2e%2E/etc/passwd.txt',
    'app://plenary/assets/..%2f..%2f..%2fetc%2fpasswd.txt',
    'app://plenary/assets/%2e%2e%2f%2e%2e%2fsecret.json',
    'app://plenary/..%5c..%5cwindows%5cwin.ini',
    'app://plenary/assets\\..\\..\\secret.json',
    'app://plenary//etc/passwd.txt',
    'app://plenary/C:/Windows/win.ini',
    'app://plenary/c%3a%5cwindows%5cwin.ini',
    'app://plenary/%00.js',
    'app://plenary/%E0%A4%A.js',
  ])('refuses the traversal attempt %s', (url) => {
    const result = resolveAppRequest(url, ROOT);
    if (result.kind === 'file') {
      // The URL parser clamps leading `..` at the root, as a web server does: what is left names
      // a file inside the renderer build (which does not exist there), never /etc/passwd.
      expect(result.filePath.startsWith(ROOT + sep)).toBe(true);
    } else {
      expect(result.kind).toBe('forbidden');
    }
  });

  it('clamps literal and %2e dot segments at the root instead of climbing out of it', () => {
    for (const url of [
      'app://plenary/../../../etc/passwd.txt',
      'app://plenary/%2e%2e/%2e%2e/etc/passwd.txt',
      'app://plenary/%2E%2E/%2e%2E/etc/passwd.txt',
    ]) {
      expect(resolveAppRequest(url, ROOT), url).toMatchObject({
        filePath: at('etc', 'passwd.txt'),
      });
    }
  });

  it('refuses outright what the URL parser leaves in: encoded separators, backslashes, drives, empty segments', () => {
    for (const url of [
      'app://plenary/assets/..%2f..%2fsecret.json',
      'app://plenary/..%5csecret.json',
      'app://plenary/assets\\..\\secret.json',
      'app://plenary//etc/passwd.txt',
      'app://plenary/C:/win.ini',
      'app://plenary/%00.js',
      'app://plenary/%E0%A4%A.js',
    ]) {
      expect(resolveAppRequest(url, ROOT), url).toEqual({ kind: 'forbidden' });
    }
  });

  it.each([
    'app://evil/index.html',
    'app://plenary.evil/index.html',
    'app://plenary:8080/index.html',
    'app://user@plenary/index.html',
    'http://plenary/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses a request that is not for the app host: %s', (url) => {
    expect(resolveAppRequest(url, ROOT)).toEqual({ kind: 'forbidden' });
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['worker.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['f.woff', 'font/woff'],
    ['f.woff2', 'font/woff2'],
    ['i.svg', 'image/svg+xml'],
    ['i.PNG', 'image/png'],
    ['d.json', 'application/json'],
    ['highs.wasm', 'application/wasm'],
    ['unknown.xyz', 'application/octet-stream'],
  ])('types %s as %s', (name, type) => {
    expect(mimeTypeFor(name)).toBe(type);
  });
});

describe('responseHeadersFor', () => {
  it('sends the full CSP (with frame-ancestors) and forbids MIME sniffing', () => {
    const headers = responseHeadersFor('text/html; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
  });
});
