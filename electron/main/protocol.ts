// Maps app://plenary/... request URLs to files inside the built renderer, refusing anything that
// could reach outside it. Pure (path arithmetic only) so that traversal attempts have unit tests.
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from '@shared/identity';
import { contentSecurityPolicy } from './security';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** Served with nosniff, so an unknown type is inert rather than guessed at. */
const FALLBACK_MIME_TYPE = 'application/octet-stream';

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? FALLBACK_MIME_TYPE;
}

// Separators smuggled in encoded (%2f, %5c), drive-letter colons and control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const UNSAFE_SEGMENT_CHARS = /[/\\:\u0000-\u001f]/;

export type AppRequestResolution =
  | { readonly kind: 'file'; readonly filePath: string; readonly mimeType: string }
  | { readonly kind: 'forbidden' };

/**
 * Resolves a request URL against `distRoot` (the renderer build folder). A path without a file
 * extension is a client-side route and gets index.html; a path with one is an asset and must
 * exist under the root (the caller answers 404 if it does not).
 */
export function resolveAppRequest(requestUrl: string, distRoot: string): AppRequestResolution {
  const forbidden = { kind: 'forbidden' } as const;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return forbidden;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return forbidden;
  if (url.username !== '' || url.password !== '') return forbidden;

  // The URL parser has already removed literal and %2e dot segments; what is checked below is
  // what it leaves in: encoded separators, backslashes, drive letters and empty segments.
  const rawSegments = url.pathname.split('/').slice(1);
  if (rawSegments.length > 0 && rawSegments[rawSegments.length - 1] === '') rawSegments.pop();
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return forbidden;
    }
    if (
      segment === '' ||
      segment === '.' ||
      segment === '..' ||
      UNSAFE_SEGMENT_CHARS.test(segment)
    ) {
      return forbidden;
    }
    segments.push(segment);
  }

  const root = resolve(distRoot);
  const last = segments[segments.length - 1];
  const isAsset = last !== undefined && extname(last) !== '';
  const filePath = isAsset ? join(root, ...segments) : join(root, 'index.html');
  const inside = relative(root, filePath);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return forbidden;
  }
  return { kind: 'file', filePath, mimeType: mimeTypeFor(filePath) };
}

/** Headers for every file the protocol serves; the CSP header also carries frame-ancestors. */
export function responseHeadersFor(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}
