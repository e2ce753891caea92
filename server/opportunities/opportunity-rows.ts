import type { Opportunity, OpportunityFields, OpportunityStatus } from '../../src/core/opportunity.ts';
import type { ContactMethod } from '../../src/core/registration.ts';
import type { StoredRegistration } from './opportunity-store.ts';

/** An opportunities row, the same in both stores. */
export interface OpportunityRow {
  id: string;
  status: string;
  fields: string;
  updated_at: string;
}

export function toOpportunity(row: OpportunityRow): Opportunity {
  return {
    ...(JSON.parse(row.fields) as OpportunityFields),
    id: row.id,
    status: row.status as OpportunityStatus,
    updatedAt: row.updated_at,
  };
}

/** The row's columns for an opportunity, fields as JSON (without id, status and updatedAt, kept as columns). */
export function opportunityColumns(opportunity: Opportunity) {
  const { id, status, updatedAt, ...fields } = opportunity;
  return {
    id,
    status,
    startsOn: fields.startsOn,
    endsOn: fields.endsOn,
    fields: JSON.stringify(fields),
    updatedAt,
  };
}

export const REGISTRATION_COLUMNS =
  'id, opportunity_id, name, contact_method, contact_value, language, event, device_id, submitted_at, received_at';

export interface RegistrationRow {
  id: string;
  opportunity_id: string;
  name: string | null;
  contact_method: string;
  contact_value: string | null;
  language: string;
  event: string | null;
  device_id: string;
  submitted_at: string;
  received_at: string;
}

export function toStoredRegistration(row: RegistrationRow): StoredRegistration {
  return {
    id: row.id,
    opportunityId: row.opportunity_id,
    ...(row.name !== null ? { name: row.name } : {}),
    contactMethod: row.contact_method as ContactMethod,
    ...(row.contact_value !== null ? { contactValue: row.contact_value } : {}),
    consent: true,
    language: row.language,
    ...(row.event !== null ? { event: row.event } : {}),
    deviceId: row.device_id,
    submittedAt: row.submitted_at,
    receivedAt: row.received_at,
  };
}
