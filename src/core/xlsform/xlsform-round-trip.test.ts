import { expect, test } from 'vitest';
import { DEMO_FORM } from '../../../server/demo/demo-form.ts';
import { EV_CHARGING_FORM } from '../../../server/demo/ev-charging-form.ts';
import { LIBRARY_HUBS_FORM } from '../../../server/demo/library-hubs-form.ts';
import type { FormDefinition } from '../form.ts';
import { TEST_FORM } from '../test-fixtures.ts';
import { EVERY_TYPE_FORM } from '../test-form-every-type.ts';
import { LOGIC_FORM } from '../test-form-logic.ts';
import { exportXlsForm } from './export-xlsform.ts';
import { importXlsForm } from './import-xlsform.ts';

const FORMS: FormDefinition[] = [
  EVERY_TYPE_FORM,
  LOGIC_FORM,
  TEST_FORM,
  DEMO_FORM,
  LIBRARY_HUBS_FORM,
  EV_CHARGING_FORM,
  { ...TEST_FORM, id: 'closing-form', closesOn: '2027-01-31' },
];

test.each(FORMS.map((form) => [form.id, form] as const))('%s comes back from its XLSForm unchanged', (_, form) => {
  const imported = importXlsForm(exportXlsForm(form));
  expect(imported.report).toEqual([]);
  expect(imported.form).toEqual(form);
});

test('a closing date that is not YYYY-MM-DD is reported, not imported', () => {
  const sheets = exportXlsForm({ ...TEST_FORM, closesOn: '2027-01-31' });
  const settings = (sheets.settings ?? []).map((row) =>
    row.map((cell) => (cell === '2027-01-31' ? '31/01/2027' : cell)),
  );
  const imported = importXlsForm({ ...sheets, settings });
  expect(imported.form?.closesOn).toBeUndefined();
  expect(imported.report).toEqual([
    expect.objectContaining({ sheet: 'settings', column: 'closes_on', message: expect.stringContaining('31/01/2027') }),
  ]);
});

test('what an XLSForm cannot tell apart comes back in its one spelling, with the same meaning', () => {
  const form: FormDefinition = {
    ...LOGIC_FORM,
    questions: [
      { id: 'a', type: 'number', required: false, wholeNumber: false, label: { en: 'A?' } },
      { id: 'b', type: 'text', required: false, maxLength: 10, sameScreenAsPrevious: false, label: { en: 'B?' } },
      { id: 'c', type: 'yesno', required: false, showIf: { all: [{ answered: 'a' }] }, label: { en: 'C?' } },
    ],
  };
  const back = importXlsForm(exportXlsForm(form)).form;
  expect(back?.questions).toEqual([
    { id: 'a', type: 'number', required: false, label: { en: 'A?' } },
    { id: 'b', type: 'text', required: false, maxLength: 10, label: { en: 'B?' } },
    { id: 'c', type: 'yesno', required: false, showIf: { answered: 'a' }, label: { en: 'C?' } },
  ]);
});
