import { expect, test } from 'vitest';
import { closingDate } from './closing-date.ts';

test('a closing date reads as a day in the screen language, whatever the time zone', () => {
  expect(closingDate('2027-01-31', 'en-GB')).toBe('31 January 2027');
  expect(closingDate('2027-01-31', 'cy')).toBe('31 Ionawr 2027');
  expect(closingDate('2027-01-01', 'en-GB')).toBe('1 January 2027');
});
