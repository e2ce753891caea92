import { isOpen, type Opportunity, todayOf } from '../core/opportunity.ts';
import { db } from './db.ts';
import type { KeptOpportunity } from './kept-opportunity.ts';

/** Replaces the kept opportunities with those the endpoint lists now (closed or ended ones leave the tablet). */
export async function keepOpportunities(published: Opportunity[], now = new Date()): Promise<void> {
  const fetchedAt = now.toISOString();
  await db.transaction('rw', db.opportunities, async () => {
    await db.opportunities.clear();
    await db.opportunities.bulkPut(published.map((o) => ({ ...o, fetchedAt })));
  });
}

/** The opportunities a resident may see today, soonest start first (an ended one is hidden even offline). */
export async function listCurrentOpportunities(now = new Date()): Promise<KeptOpportunity[]> {
  const today = todayOf(now);
  const all = await db.opportunities.toArray();
  return all
    .filter((o) => isOpen(o, today))
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id.localeCompare(b.id));
}

export async function getOpportunity(id: string, now = new Date()): Promise<KeptOpportunity | undefined> {
  const found = await db.opportunities.get(id);
  return found && isOpen(found, todayOf(now)) ? found : undefined;
}
