// Delimited text → a table of strings. papaparse handles quoting (including newlines inside
// quotes); we pick the delimiter ourselves so that the choice is explainable.
import Papa from 'papaparse';

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export type Table = {
  headers: string[];
  /** Data rows, each padded or cut to the header length. */
  rows: string[][];
};

/** Counts each delimiter outside quotes on the first lines and keeps the most consistent one. */
export function detectDelimiter(text: string): Delimiter {
  const lines: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < 20; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === '\n' || ch === '\r')) {
      if (current.trim() !== '') lines.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim() !== '' && lines.length < 20) lines.push(current);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === d) n++;
  }
  return n;
}

/** Called with the share of the text parsed so far (0–1), every few thousand rows. */
export type Progress = (fraction: number) => void;
const PROGRESS_ROWS = 2000;

export function parseDelimited(
  text: string,
  delimiter: Delimiter = detectDelimiter(text),
  onProgress?: Progress,
): Table {
  const data: string[][] = [];
  // Row by row, so that a large file can report how far it got (the import's progress bar).
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: 'greedy',
    step: (result) => {
      data.push(result.data);
      if (onProgress && data.length % PROGRESS_ROWS === 0 && text.length > 0)
        onProgress(Math.min(1, result.meta.cursor / text.length));
    },
  });
  onProgress?.(1);
  const [head = [], ...body] = data;
  const headers = head.map((h) => h.trim());
  // Trailing empty header cells (a trailing delimiter) carry nothing.
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const width = headers.length;
  const rows = body.map((r) => {
    const row = r.slice(0, width).map((c) => c.normalize('NFC'));
    while (row.length < width) row.push('');
    return row;
  });
  return { headers, rows };
}
