import { expect, test } from 'vitest';
import { localise } from './text.ts';

test('gives the text in the chosen language, else the form language, and says when it fell back', () => {
  const text = { en: 'Hello', cy: 'Helo' };
  expect(localise(text, 'cy', 'en')).toEqual({ text: 'Helo', language: 'cy', isFallback: false });
  expect(localise(text, 'pl', 'en')).toEqual({ text: 'Hello', language: 'en', isFallback: true });
  expect(localise({ ur: 'سلام' }, 'pl', 'en')).toEqual({ text: 'سلام', language: 'ur', isFallback: true });
});
