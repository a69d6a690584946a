// Reading sheets from an XLSX workbook with exceljs, after the archive checks of zip-guard.ts.
import ExcelJS from 'exceljs';
import type { Table } from './csv';
import type { ZipProblem } from './zip-guard';
import { checkXlsxArchive } from './zip-guard';

/** More rows than this in one sheet are refused (a participant list is far smaller). */
export const MAX_SHEET_ROWS = 200_000;

export type XlsxError = ZipProblem | { kind: 'too-many-rows' } | { kind: 'no-sheets' };

export type Workbook = { sheets: { name: string; table: Table }[] };

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    // Dates without a time are the common case (birth dates, consent dates).
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    // Never evaluate: take the value the spreadsheet cached when it was saved.
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return result === undefined || typeof result === 'object'
      ? cellText(result ?? null)
      : String(result);
  }
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('error' in value) return '';
  return '';
}

export async function readXlsx(
  bytes: Uint8Array,
): Promise<{ ok: true; value: Workbook } | { ok: false; error: XlsxError }> {
  const problem = checkXlsxArchive(bytes);
  if (problem) return { ok: false, error: problem };
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for a Node Buffer; JSZip underneath accepts any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, error: { kind: 'corrupt' } };
  }
  const sheets: Workbook['sheets'] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.rowCount > MAX_SHEET_ROWS) return { ok: false, error: { kind: 'too-many-rows' } };
    const grid: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        cells.push(cellText(row.getCell(c).value).normalize('NFC'));
      }
      grid[rowNumber - 1] = cells;
    });
    const rows = Array.from(grid, (r) => r ?? []).filter((r) => r.some((c) => c.trim() !== ''));
    const [head = [], ...body] = rows;
    const headers = head.map((h) => h.trim());
    while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
    const width = headers.length;
    sheets.push({
      name: sheet.name,
      table: {
        headers,
        rows: body.map((r) => {
          const row = r.slice(0, width);
          while (row.length < width) row.push('');
          return row;
        }),
      },
    });
  }
  if (sheets.length === 0) return { ok: false, error: { kind: 'no-sheets' } };
  return { ok: true, value: { sheets } };
}
