// A file's bytes → its sheets of rows, whatever the format: the single entry point of parsing,
// used by the import worker and the command line alike.
import type { Delimiter, Progress, Table } from './csv';
import { detectDelimiter, parseDelimited } from './csv';
import type { TextEncodingName } from './decode';
import { decodeText } from './decode';
import type { XlsxError } from './xlsx';
import { readXlsx } from './xlsx';
import { isCompoundFile, isZip, XLSX_LIMITS } from './zip-guard';

/** Text files larger than this are refused (≈ 250,000 typical registration rows). */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024;

export type ReadError = { kind: 'empty' } | { kind: 'binary' } | { kind: 'too-large' } | XlsxError;

export type ReadResult = {
  format: 'csv' | 'xlsx';
  sheets: { name: string; table: Table }[];
  encoding: TextEncodingName | null;
  /** false when the text encoding was a guess. */
  confident: boolean;
  delimiter: Delimiter | null;
};

export type ReadOptions = { encoding?: TextEncodingName; delimiter?: Delimiter };

export async function readTableFile(
  bytes: Uint8Array,
  options: ReadOptions = {},
  onProgress: Progress = () => undefined,
): Promise<{ ok: true; value: ReadResult } | { ok: false; error: ReadError }> {
  if (bytes.length === 0) return { ok: false, error: { kind: 'empty' } };
  // Sniff the content, not the name: a renamed file is still what its bytes say.
  if (isZip(bytes) || isCompoundFile(bytes)) {
    if (bytes.length > XLSX_LIMITS.maxFileBytes) return { ok: false, error: { kind: 'too-large' } };
    // The workbook is unzipped and parsed in one go: report before and after it.
    onProgress(0.05);
    const book = await readXlsx(bytes);
    onProgress(1);
    if (!book.ok) return book;
    return {
      ok: true,
      value: {
        format: 'xlsx',
        sheets: book.value.sheets,
        encoding: null,
        confident: true,
        delimiter: null,
      },
    };
  }
  if (bytes.length > MAX_TEXT_BYTES) return { ok: false, error: { kind: 'too-large' } };
  const decoded = decodeText(bytes, options.encoding);
  if (!decoded.ok) return decoded;
  onProgress(0.1);
  const delimiter = options.delimiter ?? detectDelimiter(decoded.value.text);
  // Decoding is the first tenth of the work, parsing the rest.
  const table = parseDelimited(decoded.value.text, delimiter, (f) => onProgress(0.1 + 0.9 * f));
  if (table.headers.length === 0) return { ok: false, error: { kind: 'empty' } };
  return {
    ok: true,
    value: {
      format: 'csv',
      sheets: [{ name: '', table }],
      encoding: decoded.value.encoding,
      confident: decoded.value.confident,
      delimiter,
    },
  };
}

/** English text for the command line (the UI uses the transfer.readError.* keys). */
export function describeReadError(error: ReadError): string {
  switch (error.kind) {
    case 'empty':
      return 'The file is empty.';
    case 'binary':
      return 'The file is not a CSV, TSV or XLSX file (it looks like binary data).';
    case 'too-large':
      return `The file is larger than the limit (${MAX_TEXT_BYTES / 1024 / 1024} MB).`;
    case 'encrypted':
      return 'The workbook is password-protected (or an old .xls file): save it as an unprotected .xlsx and try again.';
    case 'corrupt':
      return 'The workbook is damaged or incomplete and cannot be read.';
    case 'zip-bomb':
      return 'The workbook declares far more data than a participant list holds; it was not opened.';
    case 'not-xlsx':
      return 'The file is an archive but not an Excel workbook.';
    case 'too-many-rows':
      return 'A sheet has more rows than the import limit (200,000).';
    case 'no-sheets':
      return 'The workbook has no sheets.';
  }
}
