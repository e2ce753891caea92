import { describe, expect, test } from 'vitest';
import { baseLanguage, easyReadTag, localise, textLanguages } from './text.ts';

test('gives the text in the chosen language, else the form language, and says when it fell back', () => {
  const text = { en: 'Hello', cy: 'Helo' };
  expect(localise(text, 'cy', 'en')).toEqual({ text: 'Helo', language: 'cy', isFallback: false });
  expect(localise(text, 'pl', 'en')).toEqual({ text: 'Hello', language: 'en', isFallback: true });
  expect(localise({ ur: 'سلام' }, 'pl', 'en')).toEqual({ text: 'سلام', language: 'ur', isFallback: true });
});

describe('localise with Easy Read', () => {
  const all = { en: 'Plain', 'en-x-easy': 'Easy', cy: 'Plaen', 'cy-x-easy': 'Hawdd' };
  test.each([
    // [text, language, easyRead, expected text, expected language, isFallback]
    [all, 'cy', true, 'Hawdd', 'cy-x-easy', false],
    [all, 'cy', false, 'Plaen', 'cy', false],
    [all, 'en', true, 'Easy', 'en-x-easy', false],
    [{ en: 'Plain', 'en-x-easy': 'Easy', cy: 'Plaen' }, 'cy', true, 'Plaen', 'cy', false],
    [{ en: 'Plain', 'en-x-easy': 'Easy' }, 'cy', true, 'Easy', 'en-x-easy', true],
    [{ en: 'Plain' }, 'cy', true, 'Plain', 'en', true],
    [{ pl: 'Cześć', 'pl-x-easy': 'Łatwe' }, 'cy', true, 'Cześć', 'pl', true],
    [{ 'pl-x-easy': 'Łatwe' }, 'cy', true, 'Łatwe', 'pl-x-easy', true],
    // Without Easy Read asked for, an Easy Read version is never chosen over a plain one.
    [{ 'en-x-easy': 'Easy', en: 'Plain' }, 'cy', false, 'Plain', 'en', true],
    [{ 'pl-x-easy': 'Łatwe', pl: 'Cześć' }, 'cy', false, 'Cześć', 'pl', true],
    [{ 'en-x-easy': 'Easy' }, 'en', false, 'Easy', 'en-x-easy', false],
  ])('%o in %s (Easy Read %s) → %s', (text, language, easyRead, expected, tag, isFallback) => {
    expect(localise(text, language, 'en', { easyRead })).toEqual({ text: expected, language: tag, isFallback });
  });
});

test.each([
  ['en', 'en-x-easy', 'en'],
  ['en-x-easy', 'en-x-easy', 'en'],
  ['pt-BR', 'pt-BR-x-easy', 'pt-BR'],
])('%s: Easy Read tag %s, language %s', (tag, easy, base) => {
  expect(easyReadTag(tag)).toBe(easy);
  expect(baseLanguage(tag)).toBe(base);
});

test('textLanguages lists each language once, Easy Read counted as its language', () => {
  expect(textLanguages({ en: 'a', 'en-x-easy': 'b', cy: 'c', 'pl-x-easy': 'd' })).toEqual(['en', 'cy', 'pl']);
});
