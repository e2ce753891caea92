import { expect, test } from 'vitest';
import { checkFormDefinition, formKey } from './form.ts';
import { checkFormDefinition as fromItsOwnFile } from './form-checks.ts';

test('the publishing checks are still importable from form.ts', () => {
  expect(checkFormDefinition).toBe(fromItsOwnFile);
});

test.each([
  ['shape-services', 1, 'shape-services@1'],
  ['test-form', 12, 'test-form@12'],
])('%s version %i is kept under %s', (id, version, key) => {
  expect(formKey(id, version)).toBe(key);
});
