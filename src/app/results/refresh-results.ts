import { parseResultsPage, type ReferenceIndex, type ResultsPage } from '../../core/results-page.ts';
import { keepPublishedResults, keepReferenceIndex } from '../../db/results.ts';
import { getDeviceToken } from '../../db/tablet-setup.ts';

/**
 * Fetches the published results pages and (on a set-up tablet) the reference index and keeps them for offline use; does
 * nothing (the last copies stay) when the endpoint cannot be reached. Called with the forms' refresh.
 */
export async function refreshResults(): Promise<void> {
  try {
    // The reference index goes only to a set-up tablet (it would tell anyone how many answered); a tablet not
    // set up finds codes from its own outbox, and online from the endpoint's lookup.
    const token = await getDeviceToken();
    const [pages, references] = await Promise.all([
      fetch('/api/results', { cache: 'no-store' }),
      token
        ? fetch('/api/results/references', { cache: 'no-store', headers: { Authorization: `Bearer ${token}` } })
        : undefined,
    ]);
    if (pages.ok) {
      const body = (await pages.json()) as { pages?: unknown };
      if (Array.isArray(body.pages)) {
        // One that fails the shared check is skipped (and logged) rather than shown half, as forms are.
        const kept: ResultsPage[] = [];
        for (const candidate of body.pages) {
          const page = parseResultsPage(candidate);
          if (page) kept.push(page);
          else console.warn('Skipped a published results page that failed its check.');
        }
        await keepPublishedResults(kept);
      }
    }
    if (references?.ok) {
      const index = (await references.json()) as ReferenceIndex;
      if (index.forms && typeof index.forms === 'object') await keepReferenceIndex(index);
    }
  } catch {
    // Offline: the copies already on the tablet stay.
  }
}
