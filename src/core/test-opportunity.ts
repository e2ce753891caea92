import type { Opportunity, OpportunityFields } from './opportunity.ts';
import type { Registration } from './registration.ts';

/** Valid fields of an opportunity, for tests in every runtime. */
export const TEST_OPPORTUNITY_FIELDS: OpportunityFields = {
  title: { en: 'Library co-design group' },
  serviceArea: 'libraries',
  summary: { en: 'Plan the new library with us.' },
  canInfluence: { en: 'The layout and the opening hours.' },
  alreadyDecided: { en: 'The budget is set.' },
  responsible: { kind: 'council' },
  howToTakePart: { en: 'Come to three sessions.' },
  startsOn: '2026-11-01',
  endsOn: '2099-12-31',
  sessionTimes: { en: 'Tuesdays 6pm to 8pm' },
  accessibility: { en: 'Step-free access and a hearing loop.' },
  contact: { name: 'Engagement team', email: 'engage@council.example' },
};

/** A published opportunity with the test fields. */
export function testOpportunity(overrides: Partial<Opportunity> = {}): Opportunity {
  return {
    ...TEST_OPPORTUNITY_FIELDS,
    id: 'library-group',
    status: 'published',
    updatedAt: '2026-11-30T09:00:00.000Z',
    ...overrides,
  };
}

let counter = 0;

/** A valid registration for "library-group"; a new id each call unless given. */
export function testRegistration(overrides: Partial<Registration> = {}): Registration {
  counter++;
  return {
    id: `00000000-0000-4000-9000-${String(counter).padStart(12, '0')}`,
    opportunityId: 'library-group',
    name: 'Ada',
    contactMethod: 'email',
    contactValue: 'ada@example.org',
    consent: true,
    language: 'en',
    event: 'Newbury library',
    deviceId: 'device-1',
    submittedAt: '2026-11-30T10:00:00.000Z',
    ...overrides,
  };
}
