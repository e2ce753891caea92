import { describe, expect, test } from 'vitest';
import { type MeasureCounts, suppressEqualityCounts } from './suppress-equality-counts.ts';

/** Counts of a three-category measure (a, b, c) with `notGiven` responses that gave none. */
function measure(a: number, b: number, c: number, notGiven = 0): MeasureCounts {
  return {
    answered: a + b + c,
    notGiven,
    categories: [
      { value: 'a', count: a },
      { value: 'b', count: b },
      { value: 'c', count: c },
    ],
  };
}

const small = { count: null, suppressed: true };
const secondary = { count: null, suppressed: true, secondary: true };

test('large counts are shown with their share of those who gave a category; zeros are shown', () => {
  expect(suppressEqualityCounts(measure(30, 10, 0, 12))).toEqual({
    answered: { count: 40 },
    notGiven: { count: 12 },
    categories: [
      { value: 'a', count: 30, share: 0.75 },
      { value: 'b', count: 10, share: 0.25 },
      { value: 'c', count: 0, share: 0 },
    ],
  });
});

test('a lone small count hides the next smallest too, and neither has a share, only the most it could be', () => {
  const safe = suppressEqualityCounts(measure(30, 7, 3, 10));
  expect(safe.answered).toEqual({ count: 40 });
  expect(safe.categories).toEqual([
    { value: 'a', count: 30, share: 0.75 },
    // 40 − 30 = 10 is left for b and c. b is at least 5, so c is at most 4 (its mark says so anyway)...
    { value: 'b', ...secondary, share: null, shareAtMost: 0.225 },
    // ...and c at least 1, so b is at most 9 of 40.
    { value: 'c', ...small, share: null, shareAtMost: 0.1 },
  ]);
});

test('shown shares never add up to give a hidden one back: hidden shares are null, not 100% minus the rest', () => {
  const safe = suppressEqualityCounts(measure(30, 7, 3, 10));
  const shown = safe.categories.flatMap((c) => (c.share === null ? [] : [c.share]));
  expect(shown).toEqual([0.75]);
  expect(safe.categories.filter((c) => c.count === null)).toHaveLength(2);
});

test('under 5 people giving a category hides the whole measure; population shares are the only figures left', () => {
  expect(suppressEqualityCounts(measure(2, 1, 0, 20))).toEqual({
    // Both the same mark: "fewer than 5" on one of the two would say which, and the total would do the rest.
    answered: secondary,
    notGiven: secondary,
    categories: ['a', 'b', 'c'].map((value) => ({ value, ...secondary, share: null })),
  });
});

test('under 5 not giving a category hides the answered count too, so every share goes (they would give it back)', () => {
  const safe = suppressEqualityCounts(measure(20, 10, 5, 3));
  expect(safe.answered).toEqual(secondary);
  expect(safe.notGiven).toEqual(secondary);
  expect(safe.categories.every((c) => c.count === null && c.share === null && c.shareAtMost === undefined)).toBe(true);
});

test('when even hiding every count would leave one possible value, nothing is said of any (1 and 5 of 6)', () => {
  const safe = suppressEqualityCounts({
    answered: 6,
    notGiven: 0,
    categories: [
      { value: 'female', count: 1 },
      { value: 'male', count: 5 },
    ],
  });
  expect(safe.answered).toEqual({ count: 6 });
  expect(safe.categories).toEqual([
    { value: 'female', ...secondary, share: null },
    { value: 'male', ...secondary, share: null },
  ]);
});

/**
 * The subtraction risk, tried as a reader could: from the published figures alone (each shown count, which
 * counts are hidden and how they are marked, the share bounds, and the report's total when it is 5 or more)
 * list every combination of counts that fits: categories adding up to `answered`, `answered` and
 * `notGiven` adding up to the total, a count marked "fewer than 5" between 1 and 4, and one hidden beside
 * it 5 or more. Every hidden count of 1 to 4 must still have at least two possible values, so no sum or
 * difference of published numbers gives it back. Tried for every combination of up to 8 in each of three
 * categories and of not given.
 */
describe('no hidden small count can be worked out from the published figures', () => {
  type Safe = ReturnType<typeof suppressEqualityCounts>;

  /** Every value each hidden count could have, given what is published. */
  function possibleValues(safe: Safe, total: number | null): Map<string, Set<number>> {
    const found = new Map<string, Set<number>>();
    const note = (name: string, value: number) => found.set(name, (found.get(name) ?? new Set()).add(value));
    const anySmall = safe.categories.some((c) => c.count === null && !c.secondary);
    const fits = (cell: Safe['categories'][number], value: number, answered: number) => {
      if (cell.count !== null) return value === cell.count;
      if (cell.shareAtMost !== undefined && value > cell.shareAtMost * answered + 1e-9) return false;
      if (!cell.secondary) return value >= 1 && value <= 4;
      return anySmall ? value >= 5 : value >= 0;
    };
    const most = total ?? 4;
    for (let answered = 0; answered <= most; answered++) {
      if (safe.answered.count !== null && answered !== safe.answered.count) continue;
      for (let notGiven = 0; notGiven <= most - answered; notGiven++) {
        if (total !== null && answered + notGiven !== total) continue;
        if (safe.notGiven.count !== null && notGiven !== safe.notGiven.count) continue;
        const assign = (i: number, left: number, chosen: number[]) => {
          const cell = safe.categories[i];
          if (!cell) {
            if (left !== 0) return;
            note('answered', answered);
            note('notGiven', notGiven);
            chosen.forEach((value, j) => {
              note(safe.categories[j]?.value ?? '', value);
            });
            return;
          }
          const options = i === safe.categories.length - 1 ? [left] : Array.from({ length: left + 1 }, (_, v) => v);
          for (const value of options) if (fits(cell, value, answered)) assign(i + 1, left - value, [...chosen, value]);
        };
        assign(0, answered, []);
      }
    }
    return found;
  }

  function pinned(counts: MeasureCounts): string[] {
    const total = counts.answered + counts.notGiven;
    const safe = suppressEqualityCounts(counts);
    const possible = possibleValues(safe, total >= 5 ? total : null);
    const cells: [string, number, boolean][] = [
      ['answered', counts.answered, safe.answered.count === null],
      ['notGiven', counts.notGiven, safe.notGiven.count === null],
      ...counts.categories.map((c, i): [string, number, boolean] => [
        c.value,
        c.count,
        safe.categories[i]?.count === null,
      ]),
    ];
    return cells
      .filter(([name, value, hidden]) => value >= 1 && value <= 4 && (!hidden || (possible.get(name)?.size ?? 0) < 2))
      .map(
        ([name, value, hidden]) => `${name} = ${value} ${hidden ? 'worked out' : 'shown'} in ${JSON.stringify(counts)}`,
      );
  }

  test('two categories', () => {
    const found: string[] = [];
    for (let a = 0; a <= 8; a++)
      for (let b = 0; b <= 8; b++)
        for (let g = 0; g <= 8; g++)
          found.push(
            ...pinned({
              answered: a + b,
              notGiven: g,
              categories: [
                { value: 'a', count: a },
                { value: 'b', count: b },
              ],
            }),
          );
    expect(found.slice(0, 5)).toEqual([]);
  });

  test('three categories', () => {
    const found: string[] = [];
    for (let a = 0; a <= 8; a++)
      for (let b = 0; b <= 8; b++)
        for (let c = 0; c <= 8; c++) for (let g = 0; g <= 8; g++) found.push(...pinned(measure(a, b, c, g)));
    expect(found.slice(0, 5)).toEqual([]);
  });
});
