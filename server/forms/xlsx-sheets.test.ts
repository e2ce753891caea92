import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { EVERY_TYPE_FORM, LOGIC_FORM, TEST_FORM } from '../../src/core/test-fixtures.ts';
import { exportXlsForm } from '../../src/core/xlsform/export-xlsform.ts';
import { importXlsForm } from '../../src/core/xlsform/import-xlsform.ts';
import { SEEDED_FORMS } from '../demo/seed-demo.ts';
import { unzippedSize } from './unzipped-size.ts';
import { MAX_UNZIPPED_BYTES, readXlsxSheets, writeXlsxSheets } from './xlsx-sheets.ts';

test.each([EVERY_TYPE_FORM, LOGIC_FORM, TEST_FORM, ...SEEDED_FORMS].map((form) => [form.id, form] as const))(
  '%s round-trips through a real .xlsx file',
  async (_, form) => {
    const read = await readXlsxSheets(await writeXlsxSheets(exportXlsForm(form)));
    if (!read.ok) throw new Error(read.message);
    expect(importXlsForm(read.sheets)).toEqual({ form, report: [] });
  },
);

test('cells are read as a person sees them: numbers, booleans, rich text, formulas and dates', async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('survey');
  sheet.addRow(['type', 'name', 'label', 'required', 'constraint']);
  sheet.addRow([
    'integer',
    'age',
    { richText: [{ text: 'Your ' }, { text: 'age', font: { bold: true } }] },
    true,
    '. <= 120',
  ]);
  sheet.addRow([]);
  sheet.addRow(['date', 'when', { formula: '"When?"', result: 'When?' }, 1, '']);
  sheet.addRow(['text', 'x', new Date(Date.UTC(2026, 0, 31)), '', '']);
  const read = await readXlsxSheets(new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
  expect(read).toEqual({
    ok: true,
    sheets: {
      survey: [
        ['type', 'name', 'label', 'required', 'constraint'],
        ['integer', 'age', 'Your age', 'true', '. <= 120'],
        [],
        ['date', 'when', 'When?', '1', ''],
        ['text', 'x', '2026-01-31', '', ''],
      ],
    },
  });
});

test('a file that is not a zip, or would unzip to too much, is refused before exceljs opens it', async () => {
  expect(await readXlsxSheets(new TextEncoder().encode('type,name,label'))).toMatchObject({
    ok: false,
    code: 'not-xlsx',
  });
  const bytes = await writeXlsxSheets({ survey: [['type']] });
  expect(unzippedSize(bytes)).toBeGreaterThan(0);
  // Claim one entry is larger than the limit, as a zip bomb's directory would.
  const bomb = new Uint8Array(bytes);
  const view = new DataView(bomb.buffer);
  for (let at = 0; at < bomb.length - 4; at++) {
    if (view.getUint32(at, true) === 0x02014b50) {
      view.setUint32(at + 24, MAX_UNZIPPED_BYTES + 1, true);
      break;
    }
  }
  expect(await readXlsxSheets(bomb)).toMatchObject({ ok: false, code: 'xlsx-too-large' });
});
