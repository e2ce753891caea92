import { equalityMeasuresIn } from '../../src/core/equality/equality-measures.ts';
import type { EqualitySection } from '../../src/core/equality/equality-report.ts';
import type { ExportRequest } from '../exports/export-request.ts';
import type { Baseline } from '../store/access-records.ts';
import type { Store } from '../store/store.ts';
import { compareWithBaseline } from './compare-with-baseline.ts';
import { countEquality } from './count-equality.ts';
import { suppressEqualityCounts } from './suppress-equality-counts.ts';

/**
 * The reach report's `equality` section: for each equality measure the form's versions ask, who answered
 * in each Census category (small counts suppressed) beside the baseline's population shares. Undefined when
 * the form asks none and no baseline was asked for, so other forms' reports stay as they were.
 */
export async function equalitySection(
  store: Pick<Store, 'findResponses'>,
  request: Pick<ExportRequest, 'versions' | 'responseFilter'>,
  baseline: Baseline | undefined,
): Promise<EqualitySection | undefined> {
  const measures = equalityMeasuresIn(request.versions);
  if (measures.length === 0 && !baseline) return undefined;
  const counts = await countEquality(store, request.responseFilter, measures);
  return {
    baseline: baseline ? { id: baseline.id, name: baseline.name } : null,
    measures: measures.flatMap((measure) => {
      const exact = counts.get(measure.id);
      return exact ? [compareWithBaseline(measure, suppressEqualityCounts(exact), baseline?.rows)] : [];
    }),
  };
}
