import { expect, test } from 'vitest';
import type { FormDefinition, Question } from './form.ts';
import { diffForms, type FormChange } from './form-diff.ts';
import { TEST_FORM } from './test-fixtures.ts';

const v1 = TEST_FORM;
/** v1 with its questions changed by `change`, as version 2. */
function v2(change: (questions: Question[]) => Question[], extra: Partial<FormDefinition> = {}): FormDefinition {
  return { ...v1, version: 2, questions: change(structuredClone(v1.questions)), ...extra };
}
const summaries = (changes: FormChange[]) => changes.map((c) => c.summary);
const colour = (qs: Question[]) => qs[0] as Extract<Question, { type: 'single' }>;

test('the same form has no changes', () => {
  expect(diffForms(v1, { ...v1, version: 2 })).toEqual([]);
});

test('details: each changed field is named', () => {
  const changes = diffForms(v1, {
    ...v1,
    title: { en: 'New title' },
    estimatedMinutes: 5,
    privacy: { ...v1.privacy, retention: { en: 'One year.' } },
  });
  expect(changes).toEqual([
    { kind: 'details', field: 'title', summary: 'The title changed from “Test form” to “New title”.' },
    { kind: 'details', field: 'estimatedMinutes', summary: 'The time it takes changed from 2 to 5.' },
    {
      kind: 'details',
      field: 'privacy.retention',
      summary: 'The privacy notice: how long answers are kept changed from “Two years.” to “One year.”.',
    },
  ]);
});

test('questions added and removed', () => {
  const changes = diffForms(
    v1,
    v2((qs) => [
      ...qs.filter((q) => q.id !== 'score'),
      { id: 'age', type: 'yesno', required: false, label: { en: 'Over 18?' } },
    ]),
  );
  expect(changes).toEqual([
    { kind: 'question-added', questionId: 'age', summary: 'Added question 4, “Over 18?” (yesno).' },
    { kind: 'question-removed', questionId: 'score', summary: 'Removed the question “Score?”.' },
  ]);
});

test('a question moved: only the one that moved is reported, not those it passed', () => {
  const changes = diffForms(
    v1,
    v2(([a, b, c, d]) => [a, d, b, c] as Question[]),
  );
  expect(changes).toEqual([
    { kind: 'question-moved', questionId: 'comment', summary: 'Moved from question 4 to question 2.' },
  ]);
});

test('label, hint, required and type changes', () => {
  const changes = diffForms(
    v1,
    v2((qs) => {
      colour(qs).label = { en: 'Favourite colour?' };
      colour(qs).hint = { en: 'Pick one.' };
      colour(qs).required = false;
      qs[3] = { id: 'comment', type: 'longtext', maxLength: 500, required: false, label: { en: 'Comment?' } };
      return qs;
    }),
  );
  expect(changes.map((c) => [c.kind === 'question-changed' ? c.aspect : c.kind, c.summary])).toEqual([
    ['label', 'The question changed from “Colour?” to “Favourite colour?”.'],
    ['hint', 'The hint was added: “Pick one.”.'],
    ['required', 'Now optional (was required).'],
    ['type', 'The type changed from text to longtext.'],
  ]);
});

test('show-if added, changed and removed', () => {
  const when = { equals: { question: 'colour', value: 'red' } } as const;
  const withIf = v2((qs) => qs.map((q) => (q.id === 'pets' ? { ...q, showIf: when } : q)));
  expect(summaries(diffForms(v1, withIf))).toEqual(['Now shown only when a condition holds (a show-if was added).']);
  const changed = v2((qs) => qs.map((q) => (q.id === 'pets' ? { ...q, showIf: { answered: 'colour' } } : q)));
  expect(summaries(diffForms(withIf, changed))).toEqual(['The show-if condition changed.']);
  expect(summaries(diffForms(withIf, v1))).toEqual(['Now always shown (the show-if condition was removed).']);
});

test('limits', () => {
  const changes = diffForms(
    v1,
    v2((qs) =>
      qs.map((q) =>
        q.type === 'text' ? { ...q, maxLength: 50 } : q.type === 'multiple' ? { ...q, maxChoices: 3 } : q,
      ),
    ),
  );
  expect(summaries(changes)).toEqual([
    'The most choices changed from 2 to 3.',
    'The longest answer changed from 20 to 50.',
  ]);
});

test('options added, removed, relabelled and recoded', () => {
  const changes = diffForms(
    v1,
    v2((qs) => {
      colour(qs).options = [
        { value: 'crimson', label: { en: 'Red' } },
        { value: 'green', label: { en: 'Green' } },
      ];
      const pets = qs[1] as Extract<Question, { type: 'multiple' }>;
      pets.options = pets.options.map((o) => (o.value === 'cat' ? { ...o, label: { en: 'Cat or kitten' } } : o));
      return qs;
    }),
  );
  expect(changes.map((c) => [c.kind === 'question-changed' ? c.aspect : '', c.summary])).toEqual([
    ['option-recoded', 'The choice “Red” is now recorded as “crimson” (was “red”).'],
    ['option-added', 'Added the choice “Green” (green).'],
    ['option-removed', 'Removed the choice “Blue” (blue).'],
    ['option-relabelled', 'The choice “cat” changed from “Cat” to “Cat or kitten”.'],
  ]);
});

test('translations added, then changed, per language; the default language is not a translation', () => {
  const welsh = v2(
    (qs) => {
      colour(qs).label = { en: 'Colour?', cy: 'Lliw?' };
      colour(qs).options = colour(qs).options.map((o) => ({ ...o, label: { ...o.label, cy: `${o.value}-cy` } }));
      return qs;
    },
    { title: { en: 'Test form', cy: 'Ffurflen brawf' } },
  );
  expect(diffForms(v1, welsh)).toEqual([
    { kind: 'translation-added', language: 'cy', summary: 'Welsh added (4 texts).' },
  ]);

  const edited: FormDefinition = { ...welsh, version: 3, title: { en: 'Test form', cy: 'Ffurflen' } };
  const easy: FormDefinition = { ...edited, description: { ...edited.description, 'en-x-easy': 'Easy words.' } };
  expect(diffForms(welsh, easy)).toEqual([
    { kind: 'translation-changed', language: 'cy', summary: 'Welsh: 1 text changed.' },
    { kind: 'translation-added', language: 'en-x-easy', summary: 'Easy Read (English) added (1 text).' },
  ]);
  expect(diffForms(welsh, v1)).toContainEqual({
    kind: 'translation-removed',
    language: 'cy',
    summary: 'Welsh removed.',
  });
});

test('a picture added to an information screen, and its description changed', () => {
  const info: Question = {
    id: 'intro',
    type: 'info',
    required: false,
    label: { en: 'Hello' },
    body: { en: 'Read this.' },
  };
  const older = v2((qs) => [info, ...qs]);
  const image = { src: '/api/images/abc', alt: { en: 'A map of the park' } };
  const withPicture = v2((qs) => [{ ...info, image }, ...qs]);
  expect(summaries(diffForms(older, withPicture))).toEqual(['A picture was added.']);
  const described = v2((qs) => [{ ...info, image: { ...image, alt: { en: 'A map of the new park' } } }, ...qs]);
  expect(summaries(diffForms(withPicture, described))).toEqual([
    'The picture’s description changed from “A map of the park” to “A map of the new park”.',
  ]);
});

test('"Other, please specify" and "None of these" changes', () => {
  const withOther = v2((qs) => {
    colour(qs).other = { label: { en: 'Another colour' } };
    return qs;
  });
  expect(summaries(diffForms(v1, withOther))).toEqual(['An “Other, please specify” choice was added.']);
  const reworded = v2((qs) => {
    colour(qs).other = { label: { en: 'Some other colour' }, maxLength: 30 };
    return qs;
  });
  expect(summaries(diffForms(withOther, reworded))).toEqual([
    'The “Other” choice changed from “Another colour” to “Some other colour”.',
    'The longest “Other” answer changed from none to 30.',
  ]);
  const noneOfThese = v2((qs) => {
    const pets = qs[1] as Extract<Question, { type: 'multiple' }>;
    pets.options = pets.options.map((o) => (o.value === 'fish' ? { ...o, exclusive: true } : o));
    return qs;
  });
  expect(summaries(diffForms(v1, noneOfThese))).toEqual(['The choice “Fish” now clears the others (“None of these”).']);
});
