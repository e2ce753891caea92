import { afterEach, beforeEach, expect, test } from 'vitest';
import type { SubmittedResponse } from '../src/core/response.ts';
import { testResponse } from '../src/core/test-fixtures.ts';
import { testApp } from './test-app.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  app = await testApp();
});
afterEach(() => app.dispose());

/** `count` responses to TEST_FORM alike but for `overrides`. */
function many(count: number, overrides: Partial<SubmittedResponse>): SubmittedResponse[] {
  return Array.from({ length: count }, () => testResponse(overrides));
}

async function store(responses: SubmittedResponse[]): Promise<void> {
  const reply = await app.sync({ deviceId: 'device-1', responses });
  const body = (await reply.json()) as { results: { status: string }[] };
  expect(body.results.map((r) => r.status)).toEqual(responses.map(() => 'stored'));
}

async function reach(query: string) {
  const reply = await app.asOfficer(`/api/reach?${query}`);
  return { status: reply.status, body: (await reply.json()) as Record<string, unknown> };
}

const NEXT_DAY = '2026-12-01T09:00:00.000+01:00'; // 08:00 UTC: counted on 1 December.

/**
 * 22 responses: kiosk 12 (library 6, market 6), assisted 6 (no event), paper 2, self 2. Languages: en 15,
 * cy 5, pl 2. Days: 30 November 16, 1 December 6.
 */
function fixture(): SubmittedResponse[] {
  return [
    ...many(6, { channel: 'kiosk', event: 'library', language: 'en' }),
    ...many(5, { channel: 'kiosk', event: 'market', language: 'cy', submittedAt: NEXT_DAY }),
    ...many(1, { channel: 'kiosk', event: 'market', language: 'en', submittedAt: NEXT_DAY }),
    ...many(6, { channel: 'assisted', language: 'en' }),
    ...many(2, { channel: 'paper', event: 'library', language: 'pl' }),
    ...many(2, { channel: 'self', event: 'library', language: 'en' }),
  ];
}

const hidden = (key: string) => ({ key, count: null, suppressed: true });

test('counts the responses to a form by channel, language, event and UTC day', async () => {
  await store(fixture());
  const { status, body } = await reach('form=test-form');
  expect(status).toBe(200);
  expect(body).toEqual({
    form: 'test-form',
    total: 22,
    // Two groups under 5: each is suppressed, and no difference of exact numbers gives either back.
    byChannel: [{ key: 'assisted', count: 6 }, { key: 'kiosk', count: 12 }, hidden('paper'), hidden('self')],
    // One group under 5 (pl): the next smallest (cy) is suppressed too, or 22 − 15 would give pl's 2.
    byLanguage: [{ ...hidden('cy'), secondary: true }, { key: 'en', count: 15 }, hidden('pl')],
    byEvent: [
      { key: '', count: 6 },
      { key: 'library', count: 10 },
      { key: 'market', count: 6 },
    ],
    byDay: [
      { key: '2026-11-30', count: 16 },
      { key: '2026-12-01', count: 6 },
    ],
    byPartner: [{ key: '', count: 22 }],
    byAssistedBy: [],
    byConversationLanguage: [],
  });
});

test('each filter narrows every count, and the total', async () => {
  await store(fixture());
  const market = await reach('form=test-form&event=market');
  expect(market.body).toMatchObject({
    total: 6,
    byChannel: [{ key: 'kiosk', count: 6 }],
    byEvent: [{ key: 'market', count: 6 }],
    byDay: [{ key: '2026-12-01', count: 6 }],
  });
  expect((await reach('form=test-form&channel=kiosk')).body).toMatchObject({
    total: 12,
    byEvent: [
      { key: 'library', count: 6 },
      { key: 'market', count: 6 },
    ],
  });
  expect((await reach('form=test-form&language=en')).body).toMatchObject({ total: 15 });
  expect((await reach('form=test-form&from=2026-12-01')).body).toMatchObject({ total: 6 });
  expect((await reach('form=test-form&to=2026-11-30')).body).toMatchObject({ total: 16 });
  expect((await reach('form=test-form&version=1&channel=assisted')).body).toMatchObject({
    total: 6,
    byEvent: [{ key: '', count: 6 }],
  });
});

test('a total of 1 to 4 and every group of 1 to 4 are suppressed, never given as a number', async () => {
  await store([
    ...many(3, { channel: 'paper', event: 'library', language: 'pl' }),
    ...many(1, { channel: 'self', language: 'so', submittedAt: NEXT_DAY }),
  ]);
  const { body } = await reach('form=test-form');
  expect(body).toEqual({
    form: 'test-form',
    total: null,
    totalSuppressed: true,
    byChannel: [hidden('paper'), hidden('self')],
    byLanguage: [hidden('pl'), hidden('so')],
    byEvent: [hidden(''), hidden('library')],
    byDay: [hidden('2026-11-30'), hidden('2026-12-01')],
    byPartner: [hidden('')],
    byAssistedBy: [],
    byConversationLanguage: [],
  });
  expect(JSON.stringify(body)).not.toMatch(/:\s*[1-4]\b/);
});

test('a form with no responses yet reports no groups and a suppressed total', async () => {
  expect((await reach('form=test-form')).body).toEqual({
    form: 'test-form',
    total: null,
    totalSuppressed: true,
    byChannel: [],
    byLanguage: [],
    byEvent: [],
    byDay: [],
    byPartner: [],
    byAssistedBy: [],
    byConversationLanguage: [],
  });
});

test('an unknown form is 404 and a bad filter is 400, each with a reason', async () => {
  const unknown = await reach('form=no-such-form');
  expect(unknown.status).toBe(404);
  expect(unknown.body).toMatchObject({ error: { code: 'unknown-form' } });

  for (const [query, code] of [
    ['', 'missing-form'],
    ['form=test-form&channel=carrier-pigeon', 'bad-channel'],
    ['form=test-form&from=2026-02-30', 'bad-date'],
    ['form=test-form&from=2026-12-02&to=2026-12-01', 'dates-reversed'],
    ['form=test-form&version=9', 'unknown-version'],
    ['form=test-form&colour=red', 'unknown-parameter'],
  ] as const) {
    const reply = await reach(query);
    expect(reply.status, query).toBe(400);
    expect(reply.body, query).toMatchObject({ error: { code } });
  }
});
