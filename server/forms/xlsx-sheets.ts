import type { CellValue, Workbook } from 'exceljs';
import type { Sheets } from '../../src/core/xlsform/xlsform-sheets.ts';
import { unzippedSize } from './unzipped-size.ts';

/** An XLSForm unzips to far less than this; more is a zip bomb or not a form. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

export type ReadSheets = { ok: true; sheets: Sheets } | { ok: false; code: string; message: string };

/**
 * The cells of every sheet of an .xlsx file as text, row by row (row 1 first), for import-xlsform.ts.
 * The zip's own directory is checked first, so a small file that would unzip to gigabytes is refused
 * before exceljs opens it.
 */
export async function readXlsxSheets(bytes: Uint8Array): Promise<ReadSheets> {
  const size = unzippedSize(bytes);
  const notXlsx = {
    ok: false as const,
    code: 'not-xlsx',
    message: 'This is not an Excel workbook (.xlsx). Save the XLSForm as .xlsx and upload it again.',
  };
  if (size === undefined) return notXlsx;
  if (size > MAX_UNZIPPED_BYTES)
    return {
      ok: false,
      code: 'xlsx-too-large',
      message: `This workbook unzips to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB, far more than any form needs. Nothing was imported.`,
    };
  // Loaded on first use, as the exports do: exceljs is large and most endpoints never need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    return notXlsx;
  }
  const sheets: Sheets = {};
  workbook.eachSheet((worksheet) => {
    const rows: string[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      const values = row.values as CellValue[];
      const cells: string[] = [];
      for (let column = 1; column < values.length; column++) cells.push(cellText(values[column]));
      rows[number - 1] = cells;
    });
    sheets[worksheet.name] = Array.from(rows, (row) => row ?? []);
  });
  return { ok: true, sheets };
}

/** What a person sees in the cell: formulas by their result, rich text as its text, dates as YYYY-MM-DD. */
function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result as CellValue);
  if ('text' in value) return cellText(value.text as CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

/** An .xlsx file of the sheets: every cell written as text, so nothing is reread as a number or a date. */
export async function writeXlsxSheets(sheets: Sheets): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of rows) worksheet.addRow(row);
    worksheet.columns.forEach((column, i) => {
      const longest = Math.max(...rows.map((row) => (row[i] ?? '').length));
      column.width = Math.min(60, Math.max(10, longest + 2));
    });
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
