import type { ResultsParticipation } from '../../src/core/results-page.ts';
import type { Store } from '../store/store.ts';
import { suppressSmallCounts } from '../suppress-small-counts.ts';

/**
 * How many took part in a consultation, by channel and by event, counted now and suppressed exactly as reach
 * figures are (suppress-small-counts.ts): groups of 1 to 4 are never shown, nor given away by subtraction.
 */
export async function countParticipation(store: Store, formId: string): Promise<ResultsParticipation> {
  const { total, totalSuppressed, byChannel, byEvent } = suppressSmallCounts(await store.countReach({ formId }));
  return { total, ...(totalSuppressed && { totalSuppressed }), byChannel, byEvent };
}
