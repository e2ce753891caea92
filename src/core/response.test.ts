import { describe, expect, test } from 'vitest';
import type { FormDefinition } from './form.ts';
import { type Answers, checkAnswers, validateResponse } from './response.ts';
import { EVERY_TYPE_ANSWERS, EVERY_TYPE_FORM, LOGIC_FORM, TEST_FORM, testResponse } from './test-fixtures.ts';

const forms = [TEST_FORM, EVERY_TYPE_FORM, LOGIC_FORM];
const findForm = (id: string, version: number) => forms.find((f) => f.id === id && f.version === version);

describe('validateResponse', () => {
  test('accepts a complete, valid response', () => {
    const response = testResponse({ answers: { colour: 'blue', pets: ['cat', 'dog'], score: 5, comment: 'Fine' } });
    expect(validateResponse(response, findForm)).toEqual({ ok: true, value: response });
  });

  test('accepts an answer of every shape, to the form with every type', () => {
    const response = testResponse({ formId: EVERY_TYPE_FORM.id, answers: EVERY_TYPE_ANSWERS });
    expect(validateResponse(response, findForm)).toEqual({ ok: true, value: response });
  });

  const shape =
    'answers.colour: An answer must be text, a number, true or false, a list of choices, {"other": text} or {"points": {choice: number}}.';
  test.each([
    [{ id: 'not-a-uuid' }, 'id: The response id must be a UUID made on the device.'],
    [{ channel: 'carrier-pigeon' }, 'channel: The channel must be kiosk, assisted, paper or self.'],
    [{ submittedAt: 'yesterday' }, 'submittedAt: submittedAt must be an ISO 8601 time.'],
    [{ formVersion: 2 }, 'Form "test-form" version 2 is not published.'],
    [{ answers: { colour: null } }, shape],
    [{ answers: { colour: { other: 3 } } }, shape],
    [{ answers: { colour: { other: 'Green', secret: 'x' } } }, shape],
    [{ answers: { colour: { points: { red: 'many' } } } }, shape],
    [{ answers: { colour: [1, 2] } }, shape],
  ])('rejects a bad field %j', (override, error) => {
    expect(validateResponse({ ...testResponse(), ...override }, findForm)).toEqual({ ok: false, error });
  });

  test('rejects something that is not a response at all, naming the first problem', () => {
    const result = validateResponse('hello', findForm);
    expect(result.ok).toBe(false);
  });

  test('checks the answers against the form version named', () => {
    const response = testResponse({
      formId: LOGIC_FORM.id,
      answers: { 'has-pet': 'no', kind: 'dog', transport: ['car'] },
    });
    expect(validateResponse(response, findForm)).toEqual({
      ok: false,
      error: 'Question "kind" was not shown, so it cannot be answered.',
    });
  });
});

describe('checkAnswers', () => {
  test.each<[FormDefinition, Answers, string | null]>([
    [TEST_FORM, {}, 'Question "colour" is required.'],
    [TEST_FORM, { colour: '' }, 'Question "colour" is required.'],
    [TEST_FORM, { colour: 'green' }, 'Question "colour" has no choice "green".'],
    [TEST_FORM, { colour: ['red'] }, 'Question "colour" takes one choice.'],
    [TEST_FORM, { colour: 'red', pets: ['cat', 'dog', 'fish'] }, 'Question "pets" allows at most 2 choices.'],
    [TEST_FORM, { colour: 'red', pets: ['cat', 'cat'] }, 'Question "pets" has a choice given twice.'],
    [TEST_FORM, { colour: 'red', pets: 'cat' }, 'Question "pets" takes a list of choices.'],
    [TEST_FORM, { colour: 'red', score: 6 }, 'Question "score" takes a whole number from 1 to 5.'],
    [TEST_FORM, { colour: 'red', comment: 'x'.repeat(21) }, 'Question "comment" allows at most 20 characters.'],
    [TEST_FORM, { colour: 'red', shoeSize: 9 }, 'The form has no question "shoeSize".'],
    // The first problem in form order is the one given.
    [TEST_FORM, { comment: 'x'.repeat(21), colour: 'green' }, 'Question "colour" has no choice "green".'],
    [TEST_FORM, { colour: 'red' }, null],
    [TEST_FORM, { colour: 'red', pets: [], comment: '  ' }, null],
    [EVERY_TYPE_FORM, EVERY_TYPE_ANSWERS, null],
    [EVERY_TYPE_FORM, { colour: 'red', contact: 'no' }, null],
    [EVERY_TYPE_FORM, { colour: 'red', contact: 'yes' }, 'Question "contact-consent" is required.'],
    // An unticked consent is not an answer.
    [
      EVERY_TYPE_FORM,
      { colour: 'red', contact: 'yes', 'contact-consent': false },
      'Question "contact-consent" is required.',
    ],
    [
      EVERY_TYPE_FORM,
      { colour: 'red', contact: 'no', 'contact-consent': true },
      'Question "contact-consent" was not shown, so it cannot be answered.',
    ],
    [
      EVERY_TYPE_FORM,
      { intro: 'read', colour: 'red', contact: 'no' },
      'Question "intro" is information only and takes no answer.',
    ],
    [
      EVERY_TYPE_FORM,
      { colour: 'red', contact: 'no', pets: ['none', 'cat'] },
      'Question "pets": "none" cannot be chosen with other choices.',
    ],
    // Required applies only to questions shown.
    [LOGIC_FORM, { 'has-pet': 'no', transport: ['car'] }, null],
    [LOGIC_FORM, { 'has-pet': 'yes', transport: ['car'] }, 'Question "kind" is required.'],
    [LOGIC_FORM, { 'has-pet': 'yes', kind: 'dog', transport: ['car'] }, 'Question "walks" is required.'],
    [LOGIC_FORM, { 'has-pet': 'yes', kind: 'dog', walks: 0, transport: ['car'] }, null],
    [LOGIC_FORM, { 'has-pet': 'no', transport: ['bus'] }, 'Question "bus-route" is required.'],
    [LOGIC_FORM, { 'has-pet': 'no', transport: [] }, 'Question "transport" is required.'],
    // An answer to a question that was not shown is refused; a blank one is no answer at all.
    [
      LOGIC_FORM,
      { 'has-pet': 'no', kind: 'dog', transport: ['car'] },
      'Question "kind" was not shown, so it cannot be answered.',
    ],
    [LOGIC_FORM, { 'has-pet': 'no', kind: '', name: ' ', transport: ['car'] }, null],
    [
      LOGIC_FORM,
      { 'has-pet': 'yes', kind: 'dog', walks: 1, transport: ['car'], 'bus-route': '7' },
      'Question "bus-route" was not shown, so it cannot be answered.',
    ],
    [
      LOGIC_FORM,
      { 'has-pet': 'yes', kind: 'cat', walks: 1, transport: ['car'] },
      'Question "walks" was not shown, so it cannot be answered.',
    ],
  ])('%#: %j → %s', (form, answers, error) => {
    expect(checkAnswers(form, answers)).toBe(error);
  });
});

describe('partial responses (a kiosk reset on a "keep-partial" form)', () => {
  const keeping: FormDefinition = { ...TEST_FORM, id: 'keeps-partial', kioskReset: 'keep-partial' };
  const find = (id: string, version: number) => [...forms, keeping].find((f) => f.id === id && f.version === version);

  test('may leave required questions unanswered', () => {
    const response = testResponse({ formId: keeping.id, partial: true, answers: { pets: ['cat'] } });
    expect(validateResponse(response, find)).toEqual({ ok: true, value: response });
    expect(validateResponse(testResponse({ formId: keeping.id, partial: true, answers: {} }), find).ok).toBe(true);
  });

  test('still has what is there checked', () => {
    const tooMany = testResponse({ formId: keeping.id, partial: true, answers: { pets: ['cat', 'dog', 'fish'] } });
    expect(validateResponse(tooMany, find)).toMatchObject({ ok: false });
    const unknown = testResponse({ formId: keeping.id, partial: true, answers: { shoe: 'size 9' } });
    expect(validateResponse(unknown, find)).toEqual({ ok: false, error: 'The form has no question "shoe".' });
  });

  test('a finished response to the same form still needs its required answers', () => {
    const response = testResponse({ formId: keeping.id, answers: { pets: ['cat'] } });
    expect(validateResponse(response, find)).toEqual({ ok: false, error: 'Question "colour" is required.' });
  });

  test('a form that discards answers in progress refuses partial responses', () => {
    const response = testResponse({ partial: true, answers: { colour: 'red' } });
    expect(validateResponse(response, find)).toEqual({
      ok: false,
      error: 'Form "test-form" version 1 does not keep partial responses (kioskReset is not "keep-partial").',
    });
  });

  test('partial is true or left out', () => {
    const response = { ...testResponse({ formId: keeping.id }), partial: false };
    expect(validateResponse(response, find)).toEqual({
      ok: false,
      error: 'partial: partial is true, or left out on a finished response.',
    });
  });
});
