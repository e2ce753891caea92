import { MINIMUM_REPORTED_COUNT } from '../suppress-small-counts.ts';

/** How a hidden count is marked: `small` is shown as "fewer than 5"; `secondary` says nothing of its size. */
export type Hidden = 'small' | 'secondary';

/**
 * Which counts of a partition to hide when its total is published, so that no count of 1 to 4 is shown and
 * none can be worked out by adding and subtracting what is shown, knowing what each mark means (`small`:
 * 1 to 4; `secondary`: 5 or more, since only those are hidden to protect another): every hidden count must
 * still have at least two possible values. Counts of 1 to 4 are hidden; then, while some hidden count has
 * only one possible value, the smallest shown count of 5 or more is hidden too (so a lone small count always
 * takes another with it). When even hiding every count leaves one possible value (1 and 5 of 6), the answer
 * is 'withhold': show none, and do not say which are small. Zeros are shown otherwise: they say nothing
 * about anyone.
 *
 * A reader who also reasons about which cells this rule would have chosen can sometimes narrow a hidden
 * count further (the usual limit of secondary suppression, as in suppress-small-counts.ts).
 */
export function protectPartition(counts: readonly number[], total: number): Map<number, Hidden> | 'withhold' {
  const hidden = new Map<number, Hidden>();
  counts.forEach((count, i) => {
    if (count > 0 && count < MINIMUM_REPORTED_COUNT) hidden.set(i, 'small');
  });
  while (!allAmbiguous(counts, total, hidden)) {
    const next = counts
      .map((count, i) => ({ count, i }))
      .filter(({ count, i }) => count >= MINIMUM_REPORTED_COUNT && !hidden.has(i))
      .sort((a, b) => a.count - b.count)[0];
    if (!next) return 'withhold';
    hidden.set(next.i, 'secondary');
  }
  return hidden;
}

/** The range a hidden count could be in, as a reader knows it from its mark alone. */
export function markRange(mark: Hidden): [number, number] {
  return mark === 'small' ? [1, MINIMUM_REPORTED_COUNT - 1] : [MINIMUM_REPORTED_COUNT, Number.POSITIVE_INFINITY];
}

/**
 * The most the hidden count `index` can be, from the total, the shown counts and the marks alone: what the
 * shown counts leave over, less the least each other hidden count can be, and no more than its mark allows.
 */
export function mostPossible(counts: readonly number[], total: number, hidden: Map<number, Hidden>, index: number) {
  const mark = hidden.get(index);
  if (!mark) return counts[index] ?? 0;
  const left = leftOver(counts, total, hidden);
  let othersLeast = 0;
  for (const [i, other] of hidden) if (i !== index) othersLeast += markRange(other)[0];
  return Math.min(markRange(mark)[1], left - othersLeast);
}

function allAmbiguous(counts: readonly number[], total: number, hidden: Map<number, Hidden>): boolean {
  if (hidden.size === 0) return true;
  const left = leftOver(counts, total, hidden);
  for (const [index, mark] of hidden) {
    let othersLeast = 0;
    let othersMost = 0;
    for (const [i, other] of hidden) {
      if (i === index) continue;
      othersLeast += markRange(other)[0];
      othersMost += markRange(other)[1];
    }
    const [least, most] = markRange(mark);
    if (Math.min(most, left - othersLeast) - Math.max(least, left - othersMost) < 1) return false;
  }
  return true;
}

function leftOver(counts: readonly number[], total: number, hidden: Map<number, Hidden>): number {
  return counts.reduce((left, count, i) => (hidden.has(i) ? left : left - count), total);
}
