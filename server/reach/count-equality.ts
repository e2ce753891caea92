import { PREFER_NOT_TO_SAY } from '../../src/core/equality/equality-block.ts';
import type { EqualityMeasure } from '../../src/core/equality/equality-measures.ts';
import type { ResponseFilter, Store } from '../store/store.ts';
import type { MeasureCounts } from './suppress-equality-counts.ts';

/**
 * Exact counts of each measure's categories among the responses that match the filter, read page by page
 * (the store filters; the answers are JSON, so counting them here keeps both stores free of
 * answer-specific SQL). Every matching response is counted once per measure: in a category, or as not given.
 */
export async function countEquality(
  store: Pick<Store, 'findResponses'>,
  filter: ResponseFilter,
  measures: readonly EqualityMeasure[],
): Promise<Map<string, MeasureCounts>> {
  const tallies = measures.map((measure) => ({
    measure,
    byCategory: new Map(measure.categories.map((c) => [c.value, 0])),
    notGiven: 0,
  }));
  for await (const page of store.findResponses(filter)) {
    for (const response of page) {
      for (const tally of tallies) {
        const category = tally.measure.categorise(response.answers);
        const count =
          category === undefined || category === PREFER_NOT_TO_SAY ? undefined : tally.byCategory.get(category);
        if (count === undefined || category === undefined) tally.notGiven++;
        else tally.byCategory.set(category, count + 1);
      }
    }
  }
  return new Map(
    tallies.map(({ measure, byCategory, notGiven }) => {
      const categories = [...byCategory].map(([value, count]) => ({ value, count }));
      const answered = categories.reduce((sum, c) => sum + c.count, 0);
      return [measure.id, { answered, notGiven, categories }];
    }),
  );
}
