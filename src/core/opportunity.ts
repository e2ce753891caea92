import * as v from 'valibot';
import { isCalendarDate } from './calendar-date.ts';
import type { LocalisedText } from './text.ts';

/**
 * A co-production opportunity an officer publishes (issue 8): what residents can change, what is already
 * decided, who is responsible, how and when to take part. Shared by the endpoint (which checks what an
 * officer sends), the officer editor (which shows the same messages beside the fields) and the tablet.
 */
export const SERVICE_AREAS = [
  'libraries',
  'adult-social-care',
  'childrens-services',
  'planning',
  'environment',
  'regulatory-services',
  'housing',
  'leisure-culture',
  'transport-highways',
  'other',
] as const;
export type ServiceArea = (typeof SERVICE_AREAS)[number];

export const OPPORTUNITY_STATUSES = ['draft', 'published', 'closed'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** Who decides: the council itself, a named town or parish council, or another named body. */
export const RESPONSIBLE_KINDS = ['council', 'town-parish', 'other'] as const;
export type ResponsibleKind = (typeof RESPONSIBLE_KINDS)[number];

const LANGUAGE_TAG = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i, 'is not a language tag.'));

/** Resident-facing text: English is required, other languages may be added for translations. */
function localised(label: string, maxLength: number) {
  return v.pipe(
    v.record(
      LANGUAGE_TAG,
      v.pipe(v.string(), v.trim(), v.maxLength(maxLength, `${label} is longer than ${maxLength} characters.`)),
    ),
    v.transform((text) => Object.fromEntries(Object.entries(text).filter(([, value]) => value !== ''))),
    v.check((text) => (text.en ?? '') !== '', `Enter ${label.toLowerCase()} in English.`),
  );
}
function optionalLocalised(label: string, maxLength: number) {
  return v.optional(
    v.pipe(
      v.record(
        LANGUAGE_TAG,
        v.pipe(v.string(), v.trim(), v.maxLength(maxLength, `${label} is longer than ${maxLength} characters.`)),
      ),
      v.transform((text) => Object.fromEntries(Object.entries(text).filter(([, value]) => value !== ''))),
    ),
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;

const date = (label: string) =>
  v.pipe(
    v.string(`Enter the ${label}.`),
    v.check((text) => text !== '', `Enter the ${label}.`),
    v.check(isCalendarDate, `The ${label} must be a real date, like 2027-03-31.`),
  );

/** What an officer writes; the endpoint adds id, status and updatedAt. */
export const OpportunityFieldsSchema = v.pipe(
  v.object({
    title: localised('A title', 150),
    serviceArea: v.picklist(SERVICE_AREAS, 'Choose the service area.'),
    summary: localised('A summary', 1000),
    canInfluence: localised('What residents can influence', 2000),
    alreadyDecided: localised('What is already decided or out of scope', 2000),
    responsible: v.object({
      kind: v.picklist(RESPONSIBLE_KINDS, 'Choose who is responsible.'),
      name: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200, 'The name is longer than 200 characters.'))),
    }),
    howToTakePart: localised('How to take part', 2000),
    startsOn: date('start date'),
    endsOn: date('end date'),
    sessionTimes: optionalLocalised('Session times', 500),
    accessibility: localised('The accessibility of the sessions', 2000),
    contact: v.object({
      name: v.pipe(
        v.string('Enter a contact name.'),
        v.trim(),
        v.minLength(1, 'Enter a contact name.'),
        v.maxLength(200),
      ),
      email: v.optional(
        v.pipe(
          v.string(),
          v.trim(),
          v.check((t) => t === '' || EMAIL.test(t), 'Enter the contact email like name@council.gov.uk.'),
        ),
      ),
      phone: v.optional(
        v.pipe(
          v.string(),
          v.trim(),
          v.check((t) => t === '' || PHONE.test(t), 'Enter the contact phone number, like 01635 123456.'),
        ),
      ),
    }),
  }),
  v.forward(
    v.check(
      (o) => o.responsible.kind === 'council' || (o.responsible.name ?? '') !== '',
      'Enter the name of the town or parish council or other body.',
    ),
    ['responsible', 'name'],
  ),
  v.forward(
    v.check(
      (o) => (o.contact.email ?? '') !== '' || (o.contact.phone ?? '') !== '',
      'Enter a contact email or phone number.',
    ),
    ['contact', 'email'],
  ),
  v.forward(
    v.check(
      (o) => !isCalendarDate(o.startsOn) || !isCalendarDate(o.endsOn) || o.endsOn >= o.startsOn,
      'The end date must be on or after the start date.',
    ),
    ['endsOn'],
  ),
);

export type OpportunityFields = v.InferOutput<typeof OpportunityFieldsSchema>;

export interface Opportunity extends OpportunityFields {
  id: string;
  status: OpportunityStatus;
  /** ISO time of the last change on the endpoint. */
  updatedAt: string;
}

/** One problem with what an officer sent, keyed by the field's dot path ("contact.email"). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Checks an officer's fields; every problem is listed, each keyed to its field. */
export function parseOpportunityFields(
  input: unknown,
): { ok: true; value: OpportunityFields } | { ok: false; problems: FieldProblem[] } {
  const result = v.safeParse(OpportunityFieldsSchema, input);
  if (result.success) return { ok: true, value: clean(result.output) };
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const issue of result.issues) {
    const field = v.getDotPath(issue) ?? '';
    // A localised field's problem belongs to the field, whichever language it was in.
    const key = field.replace(
      /^(title|summary|canInfluence|alreadyDecided|howToTakePart|sessionTimes|accessibility)\..*$/,
      '$1',
    );
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ field: key, message: issue.message });
  }
  return { ok: false, problems };
}

/** Drops empty optional texts so what is stored (and compared) has no blank fields. */
function clean(fields: OpportunityFields): OpportunityFields {
  const { sessionTimes, responsible, contact, ...rest } = fields;
  return {
    ...rest,
    ...(sessionTimes && Object.keys(sessionTimes).length > 0 ? { sessionTimes } : {}),
    responsible:
      responsible.kind === 'council' ? { kind: 'council' } : { kind: responsible.kind, name: responsible.name ?? '' },
    contact: {
      name: contact.name,
      ...(contact.email ? { email: contact.email } : {}),
      ...(contact.phone ? { phone: contact.phone } : {}),
    },
  };
}

/** True when residents may see and register for it on this day (YYYY-MM-DD): published and not yet ended. */
export function isOpen(opportunity: Pick<Opportunity, 'status' | 'endsOn'>, today: string): boolean {
  return opportunity.status === 'published' && opportunity.endsOn >= today;
}

/** Today's date as YYYY-MM-DD in UTC. */
export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

const OpportunitySchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  status: v.picklist(OPPORTUNITY_STATUSES),
  updatedAt: v.string(),
});

/** Checks one opportunity the endpoint listed (the tablet skips one it cannot read rather than show it half). */
export function parseOpportunity(input: unknown): Opportunity | null {
  const head = v.safeParse(OpportunitySchema, input);
  if (!head.success) return null;
  const fields = parseOpportunityFields(input);
  if (!fields.ok) return null;
  return { ...fields.value, id: head.output.id, status: head.output.status, updatedAt: head.output.updatedAt };
}

export type { LocalisedText };
