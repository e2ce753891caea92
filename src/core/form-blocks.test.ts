import { describe, expect, test } from 'vitest';
import { checkFormDefinition, type FormDefinition, type Question } from './form.ts';
import { FORM_BLOCKS, withFreeIds } from './form-blocks.ts';
import { TEST_FORM } from './test-fixtures.ts';

const minimal: FormDefinition = { ...TEST_FORM, questions: [TEST_FORM.questions[0] as Question] };

function added(form: FormDefinition, blockId: string): FormDefinition {
  const block = FORM_BLOCKS.find((b) => b.id === blockId);
  if (!block) throw new Error(`No block ${blockId}`);
  return { ...form, questions: [...form.questions, ...block.questions(new Set(form.questions.map((q) => q.id)))] };
}

describe.each(FORM_BLOCKS.map((b) => b.id))('the %s block', (blockId) => {
  test('passes the publishing checks when added to a minimal form', () => {
    const form = added(minimal, blockId);
    expect(form.questions.length).toBeGreaterThan(1);
    expect(checkFormDefinition(form)).toEqual({ ok: true, form });
  });

  test('added twice, its ids never clash and the form still passes', () => {
    const form = added(added(minimal, blockId), blockId);
    const ids = form.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(checkFormDefinition(form).ok).toBe(true);
  });

  test('has an officer-facing title and description, and English text throughout', () => {
    const block = FORM_BLOCKS.find((b) => b.id === blockId);
    expect(block?.title).toBeTruthy();
    expect(block?.description).toBeTruthy();
    for (const q of block?.questions(new Set()) ?? []) expect(q.label.en).toBeTruthy();
  });
});

test('a second involvement block gets -2 ids, and its show-ifs follow the renamed yes/no', () => {
  const form = added(added(minimal, 'involvement'), 'involvement');
  const second = form.questions.slice(-4);
  expect(second.map((q) => q.id)).toEqual([
    'involve-further-2',
    'involve-name-2',
    'involve-contact-2',
    'involve-consent-2',
  ]);
  for (const q of second.slice(1))
    expect(q.showIf).toEqual({ equals: { question: 'involve-further-2', value: 'yes' } });
});

test('ids already taken go on counting: -2 taken means -3', () => {
  const [q] = withFreeIds(
    [{ id: 'consent', type: 'yesno', required: false, label: { en: 'x' } }],
    new Set(['consent', 'consent-2']),
  );
  expect(q?.id).toBe('consent-3');
});

test('nested conditions follow renamed ids, and ids outside the block are left alone', () => {
  const questions: Question[] = [
    { id: 'a', type: 'yesno', required: false, label: { en: 'A' } },
    {
      id: 'b',
      type: 'yesno',
      required: false,
      label: { en: 'B' },
      showIf: { all: [{ not: { answered: 'a' } }, { any: [{ equals: { question: 'outside', value: 'yes' } }] }] },
    },
  ];
  const [, b] = withFreeIds(questions, new Set(['a']));
  expect(b?.showIf).toEqual({
    all: [{ not: { answered: 'a-2' } }, { any: [{ equals: { question: 'outside', value: 'yes' } }] }],
  });
});

test('the equality block explains itself first, offers "Prefer not to say" on every item, and is all optional', () => {
  const questions = FORM_BLOCKS.find((b) => b.id === 'equality')?.questions(new Set()) ?? [];
  expect(questions[0]?.type).toBe('info');
  for (const q of questions) {
    expect(q.required).toBe(false);
    if ('options' in q) expect(q.options.map((o) => o.value)).toContain('prefer-not-to-say');
  }
});

test('the equality block keeps its Census ids: only the questions a form lacks are added', () => {
  const once = added(minimal, 'equality');
  const again = FORM_BLOCKS.find((b) => b.id === 'equality')?.questions(new Set(once.questions.map((q) => q.id)));
  expect(again).toEqual([]);
});

test('the involvement block asks for contact details and consent only after "yes"', () => {
  const [ask, ...details] = FORM_BLOCKS.find((b) => b.id === 'involvement')?.questions(new Set()) ?? [];
  expect(ask?.type).toBe('yesno');
  expect(details.map((q) => q.type)).toEqual(['text', 'text', 'consent']);
  for (const q of details) expect(q.showIf).toEqual({ equals: { question: 'involve-further', value: 'yes' } });
});

test('"How did you hear" is multiple choice with a box shown only for "other"', () => {
  const [choice, other] = FORM_BLOCKS.find((b) => b.id === 'heard-about')?.questions(new Set()) ?? [];
  expect(choice?.type).toBe('multiple');
  expect(other?.showIf).toEqual({ includes: { question: 'heard-about', value: 'other' } });
});

test('every block but the equality one (worded as the Census asks it in English) has Welsh beside its English', () => {
  for (const block of FORM_BLOCKS.filter((b) => b.id !== 'equality')) {
    for (const q of block.questions(new Set())) expect(q.label.cy, `${block.id}: ${q.id}`).toBeTruthy();
  }
});
