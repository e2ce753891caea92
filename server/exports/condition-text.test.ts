import { expect, test } from 'vitest';
import type { Condition } from '../../src/core/condition.ts';
import { conditionText } from './condition-text.ts';

test.each<[Condition, string]>([
  [{ equals: { question: 'contact', value: 'yes' } }, 'contact equals "yes"'],
  [{ equals: { question: 'age', value: 3 } }, 'age equals 3'],
  [{ includes: { question: 'pets', value: 'cat' } }, 'pets includes "cat"'],
  [{ answered: 'name' }, 'name is answered'],
  [{ not: { answered: 'name' } }, 'not (name is answered)'],
  [
    { all: [{ answered: 'name' }, { includes: { question: 'pets', value: 'dog' } }] },
    'name is answered and pets includes "dog"',
  ],
  [
    {
      all: [{ equals: { question: 'contact', value: 'yes' } }, { any: [{ answered: 'email' }, { answered: 'phone' }] }],
    },
    'contact equals "yes" and (email is answered or phone is answered)',
  ],
  [{ any: [{ all: [{ answered: 'a' }] }, { answered: 'b' }] }, 'a is answered or b is answered'],
])('%j reads "%s"', (condition, text) => {
  expect(conditionText(condition)).toBe(text);
});
