// The Platform in a plain browser: downloads, a file input and window.print. This is what the
// end-to-end tests exercise, so the DOM-touching parts stay thin around pure helpers.
import { MAX_OPEN_FILE_BYTES } from '@shared/ipc/contract';
import { PlatformError, type FileFilter, type Platform } from './types';

const MIME_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json',
  csv: 'text/csv',
  txt: 'text/plain',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  svg: 'image/svg+xml',
  png: 'image/png',
  html: 'text/html',
};

/** The download's MIME type, from the file name's extension. */
export function mimeTypeForName(name: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

/** The file input's `accept` value; undefined (anything) when a filter allows `*`. */
export function acceptAttribute(filters: readonly FileFilter[]): string | undefined {
  const extensions = filters.flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return undefined;
  return [...new Set(extensions.map((extension) => `.${extension.toLowerCase()}`))].join(',');
}

/** The same limit as the desktop build, so that a file behaves alike in both. */
export function checkOpenSize(sizeBytes: number): void {
  if (sizeBytes > MAX_OPEN_FILE_BYTES) {
    throw new PlatformError({ code: 'file-too-large', limitBytes: MAX_OPEN_FILE_BYTES });
  }
}

function blobFor(name: string, contents: string | Uint8Array): Blob {
  // Copied so that the Blob owns a plain ArrayBuffer-backed view.
  const part = typeof contents === 'string' ? contents : new Uint8Array(contents);
  return new Blob([part], { type: mimeTypeForName(name) });
}

// Long enough for the browser to start reading the object URL, short enough not to hold a large
// export in memory for the rest of the session.
const REVOKE_AFTER_MS = 10_000;

export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    backups: null,
    saveFile: (name, contents) => {
      const url = URL.createObjectURL(blobFor(name, contents));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = name;
      anchor.rel = 'noopener';
      anchor.click();
      setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
      return Promise.resolve({ saved: true, fileName: name });
    },
    openFile: (filters) =>
      new Promise((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        const accept = acceptAttribute(filters);
        if (accept) input.accept = accept;
        input.addEventListener('cancel', () => resolve(null), { once: true });
        input.addEventListener(
          'change',
          () => {
            const file = input.files?.[0];
            if (!file) {
              resolve(null);
              return;
            }
            try {
              checkOpenSize(file.size);
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
              return;
            }
            file.arrayBuffer().then(
              (buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }),
              () => reject(new PlatformError({ code: 'io-error' })),
            );
          },
          { once: true },
        );
        input.click();
      }),
    printToPdf: (name) => {
      // Chromium's "Save as PDF" proposes the document title as the file name.
      const title = document.title;
      document.title = name.replace(/\.pdf$/i, '');
      try {
        window.print();
      } finally {
        document.title = title;
      }
      return Promise.resolve({ saved: false });
    },
    appInfo: () =>
      Promise.resolve({
        kind: 'browser',
        version: null,
        platform: 'browser',
        locale: navigator.language,
      }),
    onMenuCommand: () => () => {},
  };
}
