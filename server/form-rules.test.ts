import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Answers } from '../src/core/response.ts';
import { EVERY_TYPE_ANSWERS, EVERY_TYPE_FORM, testResponse } from '../src/core/test-fixtures.ts';
import { allPages } from './store/all-pages.ts';
import { testApp } from './test-app.ts';

/**
 * The endpoint holds every response to its form version's rules, with the same shared checks the page uses:
 * a response that breaks them is rejected on its own, naming the question, and the rest of its batch is stored.
 */

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  app = await testApp();
  await app.store.publishForm(EVERY_TYPE_FORM);
});
afterEach(() => app.dispose());

const toEveryType = (answers: Answers, version = EVERY_TYPE_FORM.version) =>
  testResponse({ formId: EVERY_TYPE_FORM.id, formVersion: version, answers });

async function send(...responses: unknown[]) {
  const reply = await app.sync({ deviceId: 'device-1', responses });
  expect(reply.status).toBe(200);
  return (await reply.json()).results as { id: string; status: string; error?: string }[];
}

describe('a response that breaks its form version’s rules', () => {
  const minimal: Answers = { colour: 'red', contact: 'no' };
  test.each<[string, Answers, string]>([
    ['an answer of the wrong type', { ...minimal, hours: '3' }, 'Question "hours" takes a number.'],
    ['a required question unanswered', { colour: 'red' }, 'Question "contact" is required.'],
    [
      'a required question shown by logic unanswered',
      { colour: 'red', contact: 'yes' },
      'Question "contact-consent" is required.',
    ],
    [
      'an answer to a question hidden by logic',
      { ...minimal, 'contact-consent': true },
      'Question "contact-consent" was not shown, so it cannot be answered.',
    ],
    ['an unknown choice', { ...minimal, colour: 'green' }, 'Question "colour" has no choice "green".'],
    [
      'an unknown choice in a list',
      { ...minimal, priorities: ['parks', 'roads', 'pool'] },
      'Question "priorities" has no choice "pool".',
    ],
    ['an unknown question', { ...minimal, shoe: 9 }, 'The form has no question "shoe".'],
    [
      '"None of these" with a choice',
      { ...minimal, pets: ['none', 'cat'] },
      'Question "pets": "none" cannot be chosen with other choices.',
    ],
    [
      'points that do not add up',
      { ...minimal, budget: { points: { parks: 9 } } },
      'Question "budget" shares out exactly 10 points, but these add up to 9.',
    ],
    [
      'a full postcode',
      { ...minimal, district: 'RG14 5AB' },
      'Question "district" takes the first half of a UK postcode in capitals, like "RG14"; "RG14 5AB" is not one.',
    ],
    [
      'a day that does not exist',
      { ...minimal, visited: '2026-02-30' },
      'Question "visited" takes a real date written YYYY-MM-DD.',
    ],
  ])('%s is rejected, naming the question, and the valid one beside it is stored', async (_, answers, error) => {
    const bad = toEveryType(answers);
    const good = toEveryType(EVERY_TYPE_ANSWERS);
    expect(await send(bad, good)).toEqual([
      { id: bad.id, status: 'rejected', error },
      { id: good.id, status: 'stored' },
    ]);
    expect(await app.store.countResponses(EVERY_TYPE_FORM.id)).toBe(1);
  });

  test('an answer of a shape no question takes is rejected before its form is read', async () => {
    const bad = toEveryType({ ...minimal, colour: { other: 'Green', secret: 'x' } as unknown as Answers[string] });
    const [result] = await send(bad);
    expect(result).toMatchObject({
      id: bad.id,
      status: 'rejected',
      error: expect.stringMatching(/^answers\.colour: /),
    });
  });

  test('each response is checked against the version it names', async () => {
    // Version 2 drops "Other" from the colour question: the same answer is fine for version 1 only.
    const colour = { ...EVERY_TYPE_FORM.questions[1], other: undefined };
    const v2 = {
      ...EVERY_TYPE_FORM,
      version: 2,
      questions: EVERY_TYPE_FORM.questions.map((q) => (q.id === 'colour' ? colour : q)),
    };
    await app.store.publishForm(v2 as typeof EVERY_TYPE_FORM);
    const forV1 = toEveryType(EVERY_TYPE_ANSWERS, 1);
    const forV2 = toEveryType(EVERY_TYPE_ANSWERS, 2);
    expect(await send(forV1, forV2)).toEqual([
      { id: forV1.id, status: 'stored' },
      { id: forV2.id, status: 'rejected', error: 'Question "colour" has no "Other" choice.' },
    ]);
  });
});

describe('a valid response with every type of answer', () => {
  test('is stored as sent, and a resend with its keys in another order is a duplicate', async () => {
    const response = toEveryType(EVERY_TYPE_ANSWERS);
    expect(await send(response)).toEqual([{ id: response.id, status: 'stored' }]);
    const [page] = await allPages(app.store.responsesForForm(EVERY_TYPE_FORM.id));
    expect(page?.[0]?.answers).toEqual(EVERY_TYPE_ANSWERS);

    const reordered = {
      ...response,
      answers: { ...EVERY_TYPE_ANSWERS, budget: { points: { schools: 5, roads: 0, parks: 5 } } },
    };
    expect(await send(reordered)).toEqual([{ id: response.id, status: 'duplicate' }]);
    expect(await app.store.countResponses(EVERY_TYPE_FORM.id)).toBe(1);
  });
});
