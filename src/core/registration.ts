import * as v from 'valibot';
import type { Validation } from './response.ts';

/**
 * A resident's registration of interest in an opportunity, made on the device and sent through the same
 * outbox and sync contract as responses (sync-protocol.ts). Immutable once made; stored once by its id.
 */
export const CONTACT_METHODS = ['email', 'phone', 'post', 'venue', 'none'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE_PATTERN = /^\+?[0-9 ()-]{6,20}$/;

export const RegistrationSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(UUID, 'The registration id must be a UUID made on the device.')),
    opportunityId: v.pipe(v.string(), v.minLength(1, 'opportunityId is empty.'), v.maxLength(100)),
    name: v.optional(v.pipe(v.string(), v.maxLength(200, 'The name is longer than 200 characters.'))),
    contactMethod: v.picklist(CONTACT_METHODS, 'contactMethod must be email, phone, post, venue or none.'),
    /** The email, phone number or postal address; for "venue", the place to be told at (the tablet's event). */
    contactValue: v.optional(v.pipe(v.string(), v.maxLength(500, 'The contact is longer than 500 characters.'))),
    consent: v.literal(true, 'A registration needs the person’s consent (consent: true).'),
    language: v.pipe(v.string(), v.minLength(2), v.maxLength(20)),
    event: v.optional(v.pipe(v.string(), v.maxLength(200))),
    deviceId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
    submittedAt: v.pipe(v.string(), v.isoTimestamp('submittedAt must be an ISO 8601 time.')),
  }),
  v.check(
    (r) => r.contactMethod === 'none' || (r.contactValue ?? '').trim() !== '',
    'contactValue is needed for this contactMethod.',
  ),
  v.check(
    (r) => r.contactMethod !== 'none' || r.contactValue === undefined,
    'contactValue must be left out when contactMethod is none.',
  ),
  v.check(
    (r) => r.contactMethod !== 'email' || EMAIL_PATTERN.test(r.contactValue ?? ''),
    'contactValue is not an email address.',
  ),
  v.check(
    (r) => r.contactMethod !== 'phone' || PHONE_PATTERN.test(r.contactValue ?? ''),
    'contactValue is not a phone number.',
  ),
);

export type Registration = v.InferOutput<typeof RegistrationSchema>;

export function parseRegistration(input: unknown): Validation<Registration> {
  const result = v.safeParse(RegistrationSchema, input);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  return { ok: false, error: path ? `${path}: ${issue.message}` : issue.message };
}

/** What a resident typed on the form, checked before it becomes a registration: a message key per field. */
export interface RegistrationDraft {
  name: string;
  contactMethod: ContactMethod | '';
  contactValue: string;
  consent: boolean;
}

export type RegistrationProblem =
  | 'method-missing'
  | 'email-missing'
  | 'email-invalid'
  | 'phone-missing'
  | 'phone-invalid'
  | 'post-missing'
  | 'consent-missing'
  | 'name-too-long';

/** The problems with a draft, in the order of the form's fields (the page shows them in an error summary). */
export function checkRegistrationDraft(draft: RegistrationDraft): { field: string; problem: RegistrationProblem }[] {
  const problems: { field: string; problem: RegistrationProblem }[] = [];
  const value = draft.contactValue.trim();
  if (draft.name.trim().length > 200) problems.push({ field: 'name', problem: 'name-too-long' });
  if (draft.contactMethod === '') problems.push({ field: 'contactMethod', problem: 'method-missing' });
  else if (draft.contactMethod === 'email') {
    if (value === '') problems.push({ field: 'email', problem: 'email-missing' });
    else if (!EMAIL_PATTERN.test(value)) problems.push({ field: 'email', problem: 'email-invalid' });
  } else if (draft.contactMethod === 'phone') {
    if (value === '') problems.push({ field: 'phone', problem: 'phone-missing' });
    else if (!PHONE_PATTERN.test(value)) problems.push({ field: 'phone', problem: 'phone-invalid' });
  } else if (draft.contactMethod === 'post' && value === '') problems.push({ field: 'post', problem: 'post-missing' });
  if (!draft.consent) problems.push({ field: 'consent', problem: 'consent-missing' });
  return problems;
}
