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
];

test.each(FORMS.map((form) => [form.id, form] as const))('%s comes back from its XLSForm unchanged', (_, form) => {
  const imported = importXlsForm(exportXlsForm(form));
  expect(imported.report).toEqual([]);
  expect(imported.form).toEqual(form);
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
