import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { needsDrain, zipInputs } from './xlsx-export.ts';

// The XLSX export keeps memory flat by waiting on the zip's input stream, which exceljs does not expose:
// if an exceljs upgrade moves it, this fails here instead of exports quietly buffering whole sheets.
test("the XLSX writer can still see the zip's input stream and whether it is full", async () => {
  const out = new PassThrough().resume();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Responses');
  sheet.addRow(['a', 1]).commit();
  const deadline = Date.now() + 2000;
  while (zipInputs(sheet).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  const [input] = zipInputs(sheet);
  expect(input).toBeDefined();
  const state = (input as unknown as { _writableState?: { needDrain?: unknown } })._writableState;
  expect(typeof (input?.writableNeedDrain ?? state?.needDrain)).toBe('boolean');
  expect(input && needsDrain(input)).toBe(false);
  sheet.commit();
  await workbook.commit();
});
