import { expect, test } from 'vitest';
import { csvCell, csvLine } from './csv.ts';

test.each([
  ['plain', 'plain'],
  ['with, comma', '"with, comma"'],
  ['with "quotes"', '"with ""quotes"""'],
  ['two\nlines', '"two\nlines"'],
  ['=1+1', "'=1+1"],
  ['+44 1635', "'+44 1635"],
  ['-3', "'-3"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\tindent', "'\tindent"],
  ['Zażółć gęślą jaźń', 'Zażółć gęślą jaźń'],
])('csvCell(%j) is %j', (input, expected) => {
  expect(csvCell(input)).toBe(expected);
});

test('numbers are written as numbers and missing values as empty cells', () => {
  expect(csvLine([1, -2, null, undefined, 'a'])).toBe('1,-2,,,a\r\n');
});
