import type { EqualityMeasure } from '../../src/core/equality/equality-measures.ts';
import type { EqualityCategoryRow, EqualityMeasureReport } from '../../src/core/equality/equality-report.ts';
import type { BaselineRow } from '../store/access-records.ts';
import type { SafeMeasureCounts } from './suppress-equality-counts.ts';

/** Under-represented: a share of responses below this fraction of the population share (the "four-fifths" rule)… */
export const UNDER_REPRESENTED_RATIO = 0.8;
/** …and at least this many percentage points below it, so a group of 0.4% of the area is not flagged for 0 replies. */
export const MINIMUM_SHORTFALL_POINTS = 1;

/**
 * One measure's safe counts set beside the area's population shares. Flags use only published figures
 * (a shown share, or a hidden count's `shareAtMost`), so a flag says nothing a reader could not work out.
 * Percentage points alone would flag a large group that is a little short before a small group that is
 * nearly absent, so a group is flagged when it is short both in proportion and in points.
 */
export function compareWithBaseline(
  measure: EqualityMeasure,
  counts: SafeMeasureCounts,
  baselineRows: readonly BaselineRow[] | undefined,
): EqualityMeasureReport {
  const population = new Map(
    (baselineRows ?? []).filter((r) => r.question === measure.id).map((r) => [r.category, r.share]),
  );
  return {
    measure: measure.id,
    label: measure.label,
    answered: counts.answered,
    notGiven: counts.notGiven,
    categories: counts.categories.map(({ value, ...cell }): EqualityCategoryRow => {
      const populationShare = population.get(value) ?? null;
      const reached = cell.share ?? cell.shareAtMost ?? null;
      const underRepresented =
        populationShare !== null &&
        reached !== null &&
        reached < populationShare * UNDER_REPRESENTED_RATIO &&
        (populationShare - reached) * 100 >= MINIMUM_SHORTFALL_POINTS;
      return {
        category: value,
        label: measure.categories.find((c) => c.value === value)?.label ?? { en: value },
        ...cell,
        populationShare,
        differencePoints:
          cell.share !== null && populationShare !== null ? roundPoints((cell.share - populationShare) * 100) : null,
        ...(underRepresented && { underRepresented: true as const }),
      };
    }),
  };
}

function roundPoints(points: number): number {
  return Math.round(points * 10) / 10;
}
