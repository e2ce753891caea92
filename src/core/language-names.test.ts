import { expect, test } from 'vitest';
import { endonym } from './language-names.ts';

test.each([
  ['cy', 'Cymraeg'],
  ['pl', 'Polski'],
  ['ur', 'اردو'],
  ['pa-Guru', 'ਪੰਜਾਬੀ'],
  ['ar', 'العربية'],
  ['ro', 'Română'],
  ['en-x-easy', 'Easy Read'],
])('%s is named in itself: %s', (code, name) => {
  expect(endonym(code)).toBe(name);
});

test('an unlisted language asks the browser, then shows its code', () => {
  expect(endonym('haw', () => 'ʻŌlelo Hawaiʻi')).toBe('ʻŌlelo Hawaiʻi');
  expect(endonym('haw')).toBe('haw');
});
