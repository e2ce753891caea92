import { describe, expect, test } from 'vitest';
import { checkAnswers, validateResponse } from './response.ts';
import { TEST_FORM, testResponse } from './test-fixtures.ts';

const findForm = (id: string, version: number) =>
  id === TEST_FORM.id && version === TEST_FORM.version ? TEST_FORM : undefined;

describe('validateResponse', () => {
  test('accepts a complete, valid response', () => {
    const response = testResponse({ answers: { colour: 'blue', pets: ['cat', 'dog'], score: 5, comment: 'Fine' } });
    expect(validateResponse(response, findForm)).toEqual({ ok: true, value: response });
  });

  test.each([
    [{ id: 'not-a-uuid' }, 'id: The response id must be a UUID made on the device.'],
    [{ channel: 'carrier-pigeon' }, 'channel: The channel must be kiosk, assisted, paper or self.'],
    [{ submittedAt: 'yesterday' }, 'submittedAt: submittedAt must be an ISO 8601 time.'],
    [{ formVersion: 2 }, 'Form "test-form" version 2 is not published.'],
  ])('rejects a bad envelope field %o', (override, error) => {
    expect(validateResponse({ ...testResponse(), ...override }, findForm)).toEqual({ ok: false, error });
  });

  test('rejects something that is not a response at all, naming the first problem', () => {
    const result = validateResponse('hello', findForm);
    expect(result.ok).toBe(false);
  });
});

describe('checkAnswers', () => {
  test.each([
    [{}, 'Question "colour" is required.'],
    [{ colour: 'green' }, 'Question "colour" has no choice "green".'],
    [{ colour: ['red'] }, 'Question "colour" takes one choice.'],
    [{ colour: 'red', pets: ['cat', 'dog', 'fish'] }, 'Question "pets" allows at most 2 choices.'],
    [{ colour: 'red', pets: ['cat', 'cat'] }, 'Question "pets" has a choice given twice.'],
    [{ colour: 'red', pets: 'cat' }, 'Question "pets" takes a list of choices.'],
    [{ colour: 'red', score: 6 }, 'Question "score" takes a whole number from 1 to 5.'],
    [{ colour: 'red', score: 2.5 }, 'Question "score" takes a whole number from 1 to 5.'],
    [{ colour: 'red', comment: 'x'.repeat(21) }, 'Question "comment" allows at most 20 characters.'],
    [{ colour: 'red', shoeSize: 9 }, 'The form has no question "shoeSize".'],
  ])('%o is refused: %s', (answers, error) => {
    expect(checkAnswers(TEST_FORM, answers)).toBe(error);
  });

  test('optional questions may be skipped, and blank answers count as skipped', () => {
    expect(checkAnswers(TEST_FORM, { colour: 'red' })).toBeNull();
    expect(checkAnswers(TEST_FORM, { colour: 'red', pets: [], comment: '  ' })).toBeNull();
  });
});
