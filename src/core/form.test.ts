import { describe, expect, test } from 'vitest';
import { checkFormDefinition } from './form.ts';
import { TEST_FORM } from './test-fixtures.ts';

describe('checkFormDefinition', () => {
  test('accepts a well-formed form', () => {
    expect(checkFormDefinition(TEST_FORM)).toEqual({ ok: true, form: TEST_FORM });
  });

  test('refuses two questions with one id, saying so', () => {
    const form = { ...TEST_FORM, questions: [TEST_FORM.questions[0], TEST_FORM.questions[0]] };
    expect(checkFormDefinition(form)).toEqual({
      ok: false,
      errors: ['Two questions share an id: each question needs its own.'],
    });
  });

  test('refuses an unknown question type and a choice without a label, naming where', () => {
    const form = {
      ...TEST_FORM,
      questions: [
        { id: 'a', type: 'hologram', required: true, label: { en: 'A' } },
        { id: 'b', type: 'single', required: true, label: { en: 'B' }, options: [{ value: 'x' }, { value: 'y' }] },
      ],
    };
    const result = checkFormDefinition(form);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.some((e) => e.startsWith('questions.0.type:'))).toBe(true);
      expect(result.errors.some((e) => e.startsWith('questions.1.options.0.label:'))).toBe(true);
    }
  });
});
