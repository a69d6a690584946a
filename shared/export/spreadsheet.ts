// CSV and XLSX writing. Cells a spreadsheet would execute as a formula — starting with "=", "+",
// "-", "@", a tab or a carriage return (OWASP "CSV injection") — get a leading apostrophe, which
// spreadsheets display as text; the import removes it again, so nothing is lost on a round trip.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Sheet } from './tables';

export function neutralise(cell: string): string {
  // Values that already start with apostrophes before such a character get one more, so that
  // the import's removal of exactly one apostrophe gives the original back.
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** UTF-8 CSV with a BOM (so Excel on Windows reads accents) and CRLF line ends. */
export function toCsv(sheet: Sheet): string {
  const body = Papa.unparse(
    { fields: sheet.headers.map(neutralise), data: sheet.rows.map((r) => r.map(neutralise)) },
    { newline: '\r\n', quotes: false },
  );
  return `\uFEFF${body}\r\n`;
}

export async function toXlsx(sheets: Sheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plenary';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    ws.addRow(sheet.headers);
    ws.getRow(1).font = { bold: true };
    // Values are written as strings, never formulas; neutralised too, for tools that re-save as CSV.
    for (const row of sheet.rows) ws.addRow(row.map(neutralise));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
