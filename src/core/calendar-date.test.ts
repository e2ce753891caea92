import { expect, test } from 'vitest';
import { calendarDate, isCalendarDate } from './calendar-date.ts';

test.each([
  ['2026-11-30', true],
  ['2024-02-29', true],
  ['2000-02-29', true],
  ['2023-02-29', false],
  ['1900-02-29', false],
  ['2026-04-31', false],
  ['2026-12-31', true],
  ['2026-13-01', false],
  ['2026-00-10', false],
  ['2026-01-00', false],
  ['2026-1-5', false],
  ['26-01-05', false],
  ['2026-01-05T00:00', false],
  ['', false],
])('%o is a real date: %s', (text, expected) => {
  expect(isCalendarDate(text)).toBe(expected);
});

test.each([
  [2026, 1, 5, '2026-01-05'],
  [2024, 2, 29, '2024-02-29'],
  [2023, 2, 29, undefined],
  [2026, 13, 1, undefined],
  [2026, -1, 1, undefined],
  [2026, 1.5, 1, undefined],
  [0, 1, 1, undefined],
  [Number.NaN, 1, 1, undefined],
])('day boxes %i-%i-%i make %o', (year, month, day, expected) => {
  expect(calendarDate(year, month, day)).toBe(expected);
});
