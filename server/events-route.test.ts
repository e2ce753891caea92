import { afterEach, beforeEach, expect, test } from 'vitest';
import { TEST_FORM, testResponse } from '../src/core/test-fixtures.ts';
import { testApp } from './test-app.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  app = await testApp();
});
afterEach(() => app.dispose());

test('events are listed per form with their counts, small ones suppressed as reach figures are', async () => {
  await app.store.publishForm({ ...TEST_FORM, id: 'other-form' });
  const at = (event: string | undefined, n: number, formId = TEST_FORM.id) =>
    Array.from({ length: n }, (_, i) =>
      testResponse({ formId, ...(event ? { event } : {}), submittedAt: `2026-12-0${1 + (i % 3)}T10:00:00.000Z` }),
    );
  const responses = [...at('Library', 7), ...at('Fair', 6), ...at(undefined, 2), ...at('Market', 9, 'other-form')];
  expect((await app.sync({ deviceId: 'device-1', responses })).status).toBe(200);

  const { events } = await (await app.asOfficer('/api/events')).json();
  expect(events).toEqual([
    {
      event: 'Market',
      formId: 'other-form',
      count: 9,
      firstSubmittedAt: '2026-12-01T10:00:00.000Z',
      lastSubmittedAt: '2026-12-03T10:00:00.000Z',
      partners: [],
    },
    // The one small group would follow from the form's total, so the next smallest is hidden too.
    {
      event: '',
      formId: TEST_FORM.id,
      count: null,
      suppressed: true,
      firstSubmittedAt: expect.any(String),
      lastSubmittedAt: expect.any(String),
      partners: [],
    },
    {
      event: 'Fair',
      formId: TEST_FORM.id,
      count: null,
      suppressed: true,
      secondary: true,
      firstSubmittedAt: '2026-12-01T10:00:00.000Z',
      lastSubmittedAt: '2026-12-03T10:00:00.000Z',
      partners: [],
    },
    {
      event: 'Library',
      formId: TEST_FORM.id,
      count: 7,
      firstSubmittedAt: '2026-12-01T10:00:00.000Z',
      lastSubmittedAt: '2026-12-03T10:00:00.000Z',
      partners: [],
    },
  ]);
  const one = await (await app.asOfficer('/api/events?form=other-form')).json();
  expect(one.events.map((e: { event: string }) => e.event)).toEqual(['Market']);
});
