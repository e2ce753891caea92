import { expect, test } from 'vitest';
import { isPostcodeDistrict, tidyPostcodeDistrict } from './postcode-district.ts';

test.each([
  ['RG14', true],
  ['W1A', true],
  ['EC1A', true],
  ['M1', true],
  ['B33', true],
  ['SW1A', true],
  ['CR0', true],
  ['RG14 5AB', false],
  ['RG145AB', false],
  ['14RG', false],
  ['rg14', false],
  [' RG14', false],
  ['RG', false],
  ['ABC1', false],
  ['', false],
])('%o is a postcode district: %s', (text, expected) => {
  expect(isPostcodeDistrict(text)).toBe(expected);
});

test.each([
  [' rg14 ', 'RG14'],
  ['w1a', 'W1A'],
  ['rg14 5ab', 'RG14 5AB'],
])('what was typed, %o, is saved as %o', (typed, saved) => {
  expect(tidyPostcodeDistrict(typed)).toBe(saved);
});
