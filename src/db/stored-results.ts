import type { ResultsPage } from '../core/results-page.ts';

/** A published "You said, we did" page kept on the tablet for offline reading, as the endpoint sent it. */
export interface StoredResults extends ResultsPage {
  fetchedAt: string;
}

/**
 * The reference codes of one consultation's responses stored by the endpoint ("04HMASW9 7ZK3Q9M1 …",
 * without dashes), so any tablet can tell offline which consultation a code belongs to. A code says only
 * that someone answered; nothing else about them is here.
 */
export interface StoredReferences {
  formId: string;
  codes: string;
}
