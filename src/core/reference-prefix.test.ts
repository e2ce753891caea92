import { expect, test } from 'vitest';
import { referenceCode } from './reference-code.ts';
import { referenceIdPrefix } from './reference-prefix.ts';

test('a reference gives back the start of the UUID it was made from, however it was typed', () => {
  const id = '01234567-89ab-4def-8123-456789abcdef';
  expect(referenceIdPrefix(referenceCode(id))).toBe('01234567-89');
  expect(referenceIdPrefix('04hm asw9')).toBe('01234567-89');
  const high = 'fedcba98-76ab-4def-8123-456789abcdef';
  expect(referenceIdPrefix(referenceCode(high).toLowerCase())).toBe('fedcba98-76');
  expect(referenceIdPrefix('hello!')).toBeUndefined();
});
