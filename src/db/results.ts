import type { ReferenceIndex, ResultsPage } from '../core/results-page.ts';
import { db } from './db.ts';

/** Keeps exactly the published results pages the endpoint listed: an unpublished page leaves the tablet. */
export async function keepPublishedResults(pages: ResultsPage[], now = new Date()): Promise<void> {
  const fetchedAt = now.toISOString();
  await db.transaction('rw', db.results, async () => {
    await db.results.clear();
    await db.results.bulkPut(pages.map((page) => ({ ...page, fetchedAt })));
  });
}

/** Keeps the endpoint's reference index in place of the last one. */
export async function keepReferenceIndex(index: ReferenceIndex): Promise<void> {
  await db.transaction('rw', db.references, async () => {
    await db.references.clear();
    await db.references.bulkPut(Object.entries(index.forms).map(([formId, codes]) => ({ formId, codes })));
  });
}

/** The forms whose index holds this code ("7ZK3-Q9M1" or "7ZK3Q9M1"). */
export async function formsWithReference(code: string): Promise<string[]> {
  const plain = ` ${code.replace('-', '')} `;
  const all = await db.references.toArray();
  return all.filter((entry) => ` ${entry.codes} `.includes(plain)).map((entry) => entry.formId);
}
