import type { ResultsPage } from '../../../core/results-page.ts';

/**
 * The consultation's published "You said, we did" page for the report, found by form in the public list
 * (`GET /api/results`, with its participation figures); null when none is published or it cannot be read.
 */
export async function loadResultsPage(formId: string): Promise<ResultsPage | null> {
  try {
    const list = await fetch('/api/results', { cache: 'no-store' });
    if (list.status !== 200) return null;
    const { pages = [] } = (await list.json()) as { pages?: ResultsPage[] };
    return pages.find((page) => page.formId === formId) ?? null;
  } catch {
    return null;
  }
}
