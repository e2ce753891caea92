import { describe, expect, test } from 'vitest';
import type { FormDefinition } from './form.ts';
import { checkFormDefinition } from './form-checks.ts';
import { EVERY_TYPE_FORM, LOGIC_FORM, TEST_FORM } from './test-fixtures.ts';

/** EVERY_TYPE_FORM, changed by `change` on a deep copy. Question indexes: see test-form-every-type.ts. */
function everyType(change: (form: FormDefinition & Record<string, unknown>) => void): unknown {
  const form = structuredClone(EVERY_TYPE_FORM) as FormDefinition & Record<string, unknown>;
  change(form);
  return form;
}
// Loosely typed views of a question, to break rules the types would not allow.
const q = (form: FormDefinition, index: number) => form.questions[index] as unknown as Record<string, unknown>;
const options = (form: FormDefinition, index: number) => q(form, index).options as Record<string, unknown>[];

describe('checkFormDefinition', () => {
  test.each([TEST_FORM, EVERY_TYPE_FORM, LOGIC_FORM])('accepts $id', (form) => {
    expect(checkFormDefinition(form)).toEqual({ ok: true, form });
  });

  test.each<[string, unknown, string[]]>([
    [
      'two questions with one id',
      everyType((f) => {
        q(f, 3).id = 'colour';
      }),
      ['questions.3.id: "colour" is also the id of questions.1; each question needs its own.'],
    ],
    [
      'two choices with one value',
      everyType((f) => {
        options(f, 1)[1] = { value: 'red', label: { en: 'Red again' } };
      }),
      ['questions.1.options.1.value: "red" is given twice in question "colour"; each choice needs its own.'],
    ],
    [
      'more choices needed than allowed',
      everyType((f) => {
        q(f, 2).minChoices = 3;
      }),
      ['questions.2.minChoices: question "pets" needs at least 3 choices but allows at most 2.'],
    ],
    [
      'more choices needed than can be chosen together',
      everyType((f) => {
        q(f, 2).minChoices = 4;
        q(f, 2).maxChoices = undefined;
      }),
      ['questions.2.minChoices: question "pets" needs at least 4 choices but has only 3 to choose together.'],
    ],
    [
      'two exclusive choices',
      everyType((f) => {
        (options(f, 2)[2] as Record<string, unknown>).exclusive = true;
      }),
      ['questions.2.options.3.exclusive: question "pets" already has "fish" as its one exclusive choice.'],
    ],
    [
      'an exclusive choice on a single-choice question',
      everyType((f) => {
        (options(f, 1)[0] as Record<string, unknown>).exclusive = true;
      }),
      [
        'questions.1.options.0.exclusive: only a multiple-choice question has a "None of these" choice, and question "colour" is single.',
      ],
    ],
    [
      'the first question on the screen before it',
      everyType((f) => {
        q(f, 0).sameScreenAsPrevious = true;
      }),
      ['questions.0.sameScreenAsPrevious: the first question has no screen before it to join.'],
    ],
    [
      'a number range with nothing in it',
      everyType((f) => {
        q(f, 5).min = 10;
        q(f, 5).max = 5;
      }),
      ['questions.5.min: question "hours" has min 10 and max 5, so no answer could fit.'],
    ],
    [
      'a date range with nothing in it',
      everyType((f) => {
        q(f, 6).min = '2027-01-01';
      }),
      ['questions.6.min: question "visited" has min 2027-01-01 and max 2026-12-31, so no answer could fit.'],
    ],
    [
      '"Other" that allows nothing',
      everyType((f) => {
        (q(f, 1).other as Record<string, unknown>).maxLength = 0;
      }),
      ['questions.1.other.maxLength: question "colour" must allow "Other" at least 1 character.'],
    ],
    [
      'a show-if on a later question',
      everyType((f) => {
        q(f, 3).showIf = { answered: 'district' };
      }),
      [
        'questions.3.showIf: Question "name" shows only if "district" is answered, but "district" comes later; a condition can only use earlier questions.',
      ],
    ],
    [
      'texts without the default language, or blank',
      everyType((f) => {
        f.title = { cy: 'Pob math' };
        f.privacy.rights = { cy: 'Hawliau' };
        q(f, 3).label = { cy: 'Enw' };
        options(f, 9)[2] = { value: 'schools', label: { pl: 'Szkoły' } };
        q(f, 11).statement = { en: ' ' };
      }),
      [
        "title has no text in en, the form's default language.",
        "privacy.rights has no text in en, the form's default language.",
        "questions.3.label has no text in en, the form's default language.",
        "questions.9.options.2.label has no text in en, the form's default language.",
        'questions.11.statement.en is blank.',
      ],
    ],
    [
      'a consent question without its statement',
      everyType((f) => {
        q(f, 11).statement = undefined;
      }),
      ['questions.11.statement is missing.'],
    ],
    [
      'an unknown question type, and a question without one',
      everyType((f) => {
        q(f, 0).type = 'hologram';
        q(f, 3).type = undefined;
      }),
      [
        'questions.0.type: Unknown question type "hologram". A question\'s type is one of: info, single, multiple, text, longtext, number, date, scale, ranking, points, yesno, consent, postcode-district.',
        'questions.3.type is missing.',
      ],
    ],
    [
      'a choice without a label',
      everyType((f) => {
        options(f, 1)[0] = { value: 'red' };
      }),
      ['questions.1.options.0.label is missing.'],
    ],
    [
      'several problems at once, each named',
      everyType((f) => {
        q(f, 4).id = 'name';
        q(f, 2).minChoices = 3;
        q(f, 12).showIf = { equals: { question: 'contact', value: 'maybe' } };
        f.description = { cy: 'Disgrifiad' };
      }),
      [
        'questions.4.id: "name" is also the id of questions.3; each question needs its own.',
        'questions.2.minChoices: question "pets" needs at least 3 choices but allows at most 2.',
        'questions.12.showIf: Question "district" shows only if "contact" is "maybe", but "contact" is answered "yes" or "no".',
        "description has no text in en, the form's default language.",
      ],
    ],
  ])('refuses %s, saying where', (_, form, errors) => {
    expect(checkFormDefinition(form)).toEqual({ ok: false, errors });
  });

  test('accepts what a kiosk reset does with answers in progress, and refuses anything else', () => {
    for (const kioskReset of ['discard', 'keep-partial']) {
      expect(checkFormDefinition({ ...TEST_FORM, kioskReset })).toMatchObject({ ok: true });
    }
    expect(checkFormDefinition({ ...TEST_FORM, kioskReset: 'keep' })).toEqual({
      ok: false,
      errors: ['kioskReset: kioskReset is "discard" or "keep-partial".'],
    });
  });

  test('accepts quoteConsent naming a consent question, and refuses any other', () => {
    expect(checkFormDefinition({ ...EVERY_TYPE_FORM, quoteConsent: 'contact-consent' })).toMatchObject({ ok: true });
    expect(checkFormDefinition({ ...EVERY_TYPE_FORM, quoteConsent: 'contact' })).toEqual({
      ok: false,
      errors: ['quoteConsent: "contact" is a yesno question; it must be a consent question.'],
    });
    expect(checkFormDefinition({ ...EVERY_TYPE_FORM, quoteConsent: 'nobody' })).toEqual({
      ok: false,
      errors: ['quoteConsent: there is no question "nobody" in this form.'],
    });
  });

  test('refuses what is not a form at all', () => {
    expect(checkFormDefinition('hello')).toEqual({ ok: false, errors: [expect.stringMatching(/^Invalid type/)] });
  });
});
