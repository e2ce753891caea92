import type { Opportunity } from '../../src/core/opportunity.ts';
import type { Registration } from '../../src/core/registration.ts';
import type { StoreStatus } from '../store/store.ts';

/** A registration as the endpoint keeps it: personal data, for officers with the `opportunities` permission. */
export interface StoredRegistration extends Registration {
  receivedAt: string;
}

/** A validated registration with the hash of its canonical content, ready to store. */
export interface RegistrationToStore {
  registration: Registration;
  contentHash: string;
}

/**
 * Opportunities and registrations of interest (issue 8), on `Store.opportunities`: implemented for SQLite
 * (sqlite-opportunities.ts) and PostgreSQL (postgres-opportunities.ts), both held to store-contract.ts.
 */
export interface OpportunityStore {
  /** Every opportunity, whatever its status, soonest start first, then by id. */
  listOpportunities(): Promise<Opportunity[]>;
  findOpportunity(id: string): Promise<Opportunity | undefined>;
  /** Creates the opportunity, or replaces the one with its id. */
  saveOpportunity(opportunity: Opportunity): Promise<void>;
  /** Stores each registration exactly once by id, in one transaction; one status per input, in order. */
  storeRegistrations(batch: RegistrationToStore[], now?: Date): Promise<StoreStatus[]>;
  /** An opportunity's registrations in the order they arrived. */
  listRegistrations(opportunityId: string): Promise<StoredRegistration[]>;
  /** How many registrations each opportunity has (those with none are left out). */
  countRegistrations(): Promise<Record<string, number>>;
}
