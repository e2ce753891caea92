import type { EqualityCount } from '../../src/core/equality/equality-report.ts';
import { MINIMUM_REPORTED_COUNT } from '../suppress-small-counts.ts';
import { mostPossible, protectPartition } from './protect-partition.ts';

/** Exact counts for one equality measure. Exact: only suppressEqualityCounts may hand them out. */
export interface MeasureCounts {
  /** Responses that gave one of the measure's categories. */
  answered: number;
  /** Responses that did not: "Prefer not to say", skipped, or a form version without the question. */
  notGiven: number;
  /** Every category of the measure, in order, 0 where nobody gave it. */
  categories: { value: string; count: number }[];
}

export type SafeCategory = EqualityCount & {
  value: string;
  /** count ÷ answered, rounded to 0.1%; null when the count is hidden or nobody answered. */
  share: number | null;
  /** For a hidden count: its share can be no more than this (rounded up), from the shown figures alone. */
  shareAtMost?: number;
};

export interface SafeMeasureCounts {
  answered: EqualityCount;
  notGiven: EqualityCount;
  categories: SafeCategory[];
}

const SUPPRESSED = { count: null, suppressed: true } as const;
const SECONDARY = { count: null, suppressed: true, secondary: true } as const;

/**
 * One measure's counts made safe to show: no count of 1 to 4 is shown, and none can be worked out by adding
 * and subtracting the other counts, the shares and the report's total (suppress-equality-counts.test.ts
 * tries every combination of small counts to prove it).
 *
 * Why shares are of `answered`, and `answered` is shown: the comparison with the population is among the
 * people who gave a category, so that is the denominator. A shown count divided by its shown share gives
 * the denominator back, so it cannot be kept secret while shares are shown; we publish it, and protect the
 * counts as if every reader knew it:
 *
 * 1. The report's total (published) splits into `answered` and `notGiven`. When either is 1 to 4, both are
 *    hidden with the same mark (saying which was small would let the total pin it down: 4 and 4 of 8), and
 *    with `answered` hidden so is every category count and share of the measure (any share would give the
 *    hidden denominator back). Population shares are still shown.
 * 2. The categories split `answered`, protected as a partition with a published total
 *    (protect-partition.ts): counts of 1 to 4 hidden, then the next smallest until every hidden count has
 *    at least two possible values; or, when that cannot be done, none shown.
 * 3. A hidden category has no share: shown shares add up with the hidden ones to 100%, so a share is as
 *    revealing as its count. Its `shareAtMost` is worked out from the published figures alone, so it tells
 *    nobody anything they could not work out already; it lets a small group still be flagged as missing.
 *
 * Comparing differently filtered reports can still narrow a group down, as with the other reach tables;
 * officer sign-in and the `reach` permission are the control there.
 */
export function suppressEqualityCounts({ answered, notGiven, categories }: MeasureCounts): SafeMeasureCounts {
  if (isSmall(answered) || isSmall(notGiven)) {
    // Both hidden, with the same mark: "fewer than 5" on one would tell which of the two was small, and with
    // the total that can be enough to pin it down (4 and 4 of 8).
    return {
      answered: SECONDARY,
      notGiven: SECONDARY,
      categories: categories.map(({ value }) => ({ value, ...SECONDARY, share: null })),
    };
  }
  const safe = { answered: { count: answered }, notGiven: { count: notGiven } };
  const counts = categories.map((c) => c.count);
  const inner = protectPartition(counts, answered);
  if (inner === 'withhold') {
    return { ...safe, categories: categories.map(({ value }) => ({ value, ...SECONDARY, share: null })) };
  }
  return {
    ...safe,
    categories: categories.map(({ value, count }, i): SafeCategory => {
      const mark = inner.get(i);
      if (!mark) return { value, count, share: answered > 0 ? roundShare(count / answered) : null };
      const most = mostPossible(counts, answered, inner, i);
      return {
        value,
        ...(mark === 'small' ? SUPPRESSED : SECONDARY),
        share: null,
        shareAtMost: roundUp(most / answered),
      };
    }),
  };
}

function roundShare(share: number): number {
  return Math.round(share * 1000) / 1000;
}

/** Rounded up, so it stays a bound. */
function roundUp(share: number): number {
  return Math.ceil(share * 1000 - 1e-9) / 1000;
}

function isSmall(count: number): boolean {
  return count > 0 && count < MINIMUM_REPORTED_COUNT;
}
