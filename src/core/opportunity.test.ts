import { expect, test } from 'vitest';
import { isOpen, parseOpportunity, parseOpportunityFields } from './opportunity.ts';
import { checkRegistrationDraft, parseRegistration } from './registration.ts';
import { TEST_OPPORTUNITY_FIELDS, testOpportunity, testRegistration } from './test-opportunity.ts';

test('good fields pass; blank optional texts and the name of a council-run one are dropped', () => {
  const result = parseOpportunityFields({
    ...TEST_OPPORTUNITY_FIELDS,
    title: { en: ' Library group ', cy: '' },
    sessionTimes: { en: '' },
    responsible: { kind: 'council', name: 'ignored' },
    contact: { name: 'Team', email: '', phone: '01635 123456' },
  });
  expect(result).toEqual({
    ok: true,
    value: {
      ...TEST_OPPORTUNITY_FIELDS,
      title: { en: 'Library group' },
      sessionTimes: undefined,
      responsible: { kind: 'council' },
      contact: { name: 'Team', phone: '01635 123456' },
    },
  });
});

test('every problem is keyed to its field, whatever language the text was in', () => {
  const result = parseOpportunityFields({
    ...TEST_OPPORTUNITY_FIELDS,
    summary: { cy: 'Dim Saesneg' },
    serviceArea: 'parks',
    responsible: { kind: 'other', name: ' ' },
    startsOn: '2026-02-30',
    contact: { name: '', phone: 'call me' },
  });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems).toEqual([
    { field: 'serviceArea', message: 'Choose the service area.' },
    { field: 'summary', message: 'Enter a summary in English.' },
    { field: 'startsOn', message: 'The start date must be a real date, like 2027-03-31.' },
    { field: 'contact.name', message: 'Enter a contact name.' },
    { field: 'contact.phone', message: 'Enter the contact phone number, like 01635 123456.' },
  ]);
});

test('an opportunity is open while published and not past its end date', () => {
  expect(isOpen(testOpportunity({ endsOn: '2026-12-01' }), '2026-12-01')).toBe(true);
  expect(isOpen(testOpportunity({ endsOn: '2026-12-01' }), '2026-12-02')).toBe(false);
  expect(isOpen(testOpportunity({ status: 'closed' }), '2026-12-01')).toBe(false);
  expect(isOpen(testOpportunity({ status: 'draft' }), '2026-12-01')).toBe(false);
});

test('the tablet reads what the endpoint lists, and skips what it cannot', () => {
  expect(parseOpportunity(testOpportunity())).toEqual(testOpportunity());
  expect(parseOpportunity({ ...testOpportunity(), status: 'secret' })).toBeNull();
  expect(parseOpportunity({ ...testOpportunity(), title: {} })).toBeNull();
});

test('a registration needs consent, a UUID, and a contact that fits its method', () => {
  expect(parseRegistration(testRegistration()).ok).toBe(true);
  expect(parseRegistration(testRegistration({ contactMethod: 'none', contactValue: undefined })).ok).toBe(true);
  expect(parseRegistration({ ...testRegistration(), consent: false })).toMatchObject({ ok: false });
  expect(parseRegistration(testRegistration({ id: 'not-a-uuid' }))).toMatchObject({ ok: false });
  expect(parseRegistration(testRegistration({ contactValue: 'nope' }))).toEqual({
    ok: false,
    error: 'contactValue is not an email address.',
  });
  expect(parseRegistration(testRegistration({ contactMethod: 'venue', contactValue: '' }))).toMatchObject({
    ok: false,
  });
  expect(parseRegistration(testRegistration({ contactMethod: 'none' }))).toMatchObject({ ok: false });
  expect(parseRegistration({ ...testRegistration(), extra: 'field' })).toMatchObject({ ok: false });
});

test('the form’s own checks name each field to fix, in the order of the form', () => {
  expect(checkRegistrationDraft({ name: '', contactMethod: '', contactValue: '', consent: false })).toEqual([
    { field: 'contactMethod', problem: 'method-missing' },
    { field: 'consent', problem: 'consent-missing' },
  ]);
  expect(checkRegistrationDraft({ name: '', contactMethod: 'email', contactValue: 'x@', consent: true })).toEqual([
    { field: 'email', problem: 'email-invalid' },
  ]);
  expect(checkRegistrationDraft({ name: '', contactMethod: 'post', contactValue: ' ', consent: true })).toEqual([
    { field: 'post', problem: 'post-missing' },
  ]);
  expect(
    checkRegistrationDraft({ name: 'Ada', contactMethod: 'venue', contactValue: 'Newbury library', consent: true }),
  ).toEqual([]);
});
