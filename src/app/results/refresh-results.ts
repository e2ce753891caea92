import type { ReferenceIndex, ResultsPage } from '../../core/results-page.ts';
import { keepPublishedResults, keepReferenceIndex } from '../../db/results.ts';

/**
 * Fetches the published results pages and the reference index and keeps them for offline use; does
 * nothing (the last copies stay) when the endpoint cannot be reached. Called with the forms' refresh.
 */
export async function refreshResults(): Promise<void> {
  try {
    const [pages, references] = await Promise.all([
      fetch('/api/results', { cache: 'no-store' }),
      fetch('/api/results/references', { cache: 'no-store' }),
    ]);
    if (pages.ok) {
      const body = (await pages.json()) as { pages?: ResultsPage[] };
      if (Array.isArray(body.pages)) await keepPublishedResults(body.pages);
    }
    if (references.ok) {
      const index = (await references.json()) as ReferenceIndex;
      if (index.forms && typeof index.forms === 'object') await keepReferenceIndex(index);
    }
  } catch {
    // Offline: the copies already on the tablet stay.
  }
}
