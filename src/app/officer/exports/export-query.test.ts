import { expect, test } from 'vitest';
import { exportPath, fieldForRefusal } from './export-query.ts';

test('the address names only the filters given, with the endpoint’s query names', () => {
  const blank = {
    form: 'shape-services',
    version: '',
    from: '',
    to: '',
    event: '',
    channel: '',
    language: '',
    partner: '',
    assisted: '',
  };
  expect(exportPath({ ...blank, format: 'csv' })).toBe('/api/responses.csv?form=shape-services');
  expect(
    exportPath({
      ...blank,
      version: '2',
      from: '2026-11-01',
      to: '2026-11-30',
      event: 'Library drop-in',
      channel: 'kiosk',
      language: 'cy',
      format: 'xlsx',
    }),
  ).toBe(
    '/api/responses.xlsx?form=shape-services&version=2&from=2026-11-01&to=2026-11-30&event=Library+drop-in&channel=kiosk&language=cy',
  );
});

test('each refusal points at the field to fix', () => {
  expect(fieldForRefusal('bad-date', '"to" must be a date written YYYY-MM-DD')).toBe('export-to');
  expect(fieldForRefusal('bad-date', '"from" is 2026-02-30, which is not a day')).toBe('export-from');
  expect(fieldForRefusal('unknown-version', '')).toBe('export-version');
  expect(fieldForRefusal('internal', '')).toBe('');
});
