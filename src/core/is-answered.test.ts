import { expect, test } from 'vitest';
import { isAnswered } from './is-answered.ts';
import type { Answer } from './response.ts';

test.each<[Answer | undefined, boolean]>([
  [undefined, false],
  ['', false],
  ['  \n', false],
  ['red', true],
  [[], false],
  [['cat'], true],
  [0, true],
  [3, true],
  [false, false],
  [true, true],
  [{ points: {} }, false],
  [{ points: { parks: 0 } }, true],
  [{ other: 'Green' }, true],
  // "Other" chosen but not yet said: given, so checkAnswer can ask for the words.
  [{ other: ' ' }, true],
])('%o is answered: %s', (answer, expected) => {
  expect(isAnswered(answer)).toBe(expected);
});
