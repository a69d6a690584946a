// Parses an import file off the UI thread: decoding, CSV parsing and XLSX unzipping of a large
// file would otherwise freeze the window. Cancelling terminates the worker.
import { readTableFile } from '@shared/import';
import type { ReadOptions } from '@shared/import';

type Request = { bytes: Uint8Array; options: ReadOptions };

self.onmessage = (event: MessageEvent<Request>) => {
  const { bytes, options } = event.data;
  readTableFile(bytes, options).then(
    (result) => self.postMessage({ type: 'done', result }),
    () => self.postMessage({ type: 'done', result: { ok: false, error: { kind: 'corrupt' } } }),
  );
};
