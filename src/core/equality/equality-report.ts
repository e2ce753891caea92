import type { LocalisedText } from '../text.ts';

/**
 * A count safe to show: the number, or null and `suppressed` when it is 1 to 4; with `secondary` too when it
 * is hidden so that a small count cannot be worked out from the others (then its size is not said: it may be
 * any number). See server/reach/suppress-equality-counts.ts.
 */
export type EqualityCount = { count: number } | { count: null; suppressed: true; secondary?: true };

/** One Census category of a measure, in a reach report compared with a population baseline. */
export type EqualityCategoryRow = EqualityCount & {
  category: string;
  label: LocalisedText;
  /** Share (0 to 1) of the responses that gave a category; null when the count is hidden or nobody did. */
  share: number | null;
  /** For a hidden count: the most its share can be, worked out from the shown figures alone. */
  shareAtMost?: number;
  /** The area's share (0 to 1) from the baseline; null without a baseline or a row for this category. */
  populationShare: number | null;
  /** share − populationShare, in percentage points (one decimal); null when either is unknown. */
  differencePoints: number | null;
  /**
   * Among the most under-represented: the share of responses (or, when hidden, the most it can be) is
   * under four-fifths of the population share and at least 1 point below it.
   */
  underRepresented?: true;
};

export interface EqualityMeasureReport {
  measure: string;
  label: LocalisedText;
  /** Responses that gave one of the categories: the shares' denominator. */
  answered: EqualityCount;
  /** Responses that did not: "Prefer not to say", skipped, or a form version without the question. */
  notGiven: EqualityCount;
  categories: EqualityCategoryRow[];
}

/** The `equality` section of `GET /api/reach`: present when the form asks the equality monitoring block. */
export interface EqualitySection {
  baseline: { id: string; name: string } | null;
  measures: EqualityMeasureReport[];
}
