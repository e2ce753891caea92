import { expect, test } from 'vitest';
import { findEqualityMeasure } from '../../src/core/equality/equality-measures.ts';
import { compareWithBaseline } from './compare-with-baseline.ts';
import type { SafeMeasureCounts } from './suppress-equality-counts.ts';

const sex = (() => {
  const found = findEqualityMeasure('sex');
  if (!found) throw new Error('The block measures sex.');
  return found;
})();

function compare(female: SafeMeasureCounts['categories'][number], male: SafeMeasureCounts['categories'][number]) {
  const counts: SafeMeasureCounts = { answered: { count: 100 }, notGiven: { count: 0 }, categories: [female, male] };
  const rows = [
    { question: 'sex', category: 'female', share: 0.5 },
    { question: 'sex', category: 'male', share: 0.5 },
    { question: 'age', category: 'male', share: 1 },
  ];
  return compareWithBaseline(sex, counts, rows).categories.map((c) => [
    c.category,
    c.differencePoints,
    c.underRepresented ?? false,
  ]);
}

test('a group is flagged when its share is under four-fifths of the population share and 1 point or more below', () => {
  expect(compare({ value: 'female', count: 61, share: 0.61 }, { value: 'male', count: 39, share: 0.39 })).toEqual([
    ['female', 11, false],
    ['male', -11, true],
  ]);
  // 40% of 50% is exactly four-fifths: not under it.
  expect(compare({ value: 'female', count: 60, share: 0.6 }, { value: 'male', count: 40, share: 0.4 })).toEqual([
    ['female', 10, false],
    ['male', -10, false],
  ]);
});

test('a hidden count is flagged only when even the most it could be is short; its difference is not given', () => {
  const hidden = { count: null, suppressed: true, share: null } as const;
  expect(compare({ value: 'female', count: 97, share: 0.97 }, { value: 'male', ...hidden, shareAtMost: 0.04 })).toEqual(
    [
      ['female', 47, false],
      ['male', null, true],
    ],
  );
  expect(compare({ value: 'female', count: 50, share: 0.5 }, { value: 'male', ...hidden })).toEqual([
    ['female', 0, false],
    ['male', null, false],
  ]);
});

test('without a baseline there is no population share, difference or flag', () => {
  const counts: SafeMeasureCounts = {
    answered: { count: 10 },
    notGiven: { count: 0 },
    categories: [
      { value: 'female', count: 10, share: 1 },
      { value: 'male', count: 0, share: 0 },
    ],
  };
  expect(compareWithBaseline(sex, counts, undefined).categories).toEqual([
    { category: 'female', label: { en: 'Female' }, count: 10, share: 1, populationShare: null, differencePoints: null },
    { category: 'male', label: { en: 'Male' }, count: 0, share: 0, populationShare: null, differencePoints: null },
  ]);
});
