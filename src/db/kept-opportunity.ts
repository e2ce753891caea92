import type { Opportunity } from '../core/opportunity.ts';

/** A published opportunity as the tablet keeps it for offline browsing. */
export interface KeptOpportunity extends Opportunity {
  /** ISO time (device clock) it was fetched. */
  fetchedAt: string;
}
