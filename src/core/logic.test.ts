import { describe, expect, test } from 'vitest';
import type { Condition } from './condition.ts';
import type { FormDefinition, Question } from './form.ts';
import { conditionHolds, pruneHidden, screenIndex, screenProgress, screens, visibleQuestions } from './logic.ts';
import type { Answers } from './response.ts';
import { LOGIC_FORM, TEST_FORM } from './test-fixtures.ts';

const ids = (questions: Question[]) => questions.map((q) => q.id);
const screenIds = (form: FormDefinition, answers: Answers) => screens(form, answers).map((s) => ids(s.questions));

/** A form of yes/no questions, for grouping cases that LOGIC_FORM does not reach. */
function yesNoForm(...questions: Partial<Question>[]): FormDefinition {
  return {
    ...TEST_FORM,
    questions: questions.map((q) => ({ type: 'yesno', required: false, label: { en: 'Q' }, ...q })) as Question[],
  };
}

describe('conditionHolds', () => {
  const answers: Answers = {
    yn: 'yes',
    kind: 'cat',
    pets: ['cat', 'dog'],
    count: 3,
    zero: 0,
    agreed: true,
    blank: '  ',
    empty: [],
    own: { other: 'Green' },
  };
  test.each<[Condition, boolean]>([
    [{ equals: { question: 'yn', value: 'yes' } }, true],
    [{ equals: { question: 'yn', value: 'no' } }, false],
    [{ equals: { question: 'kind', value: 'cat' } }, true],
    [{ equals: { question: 'count', value: 3 } }, true],
    [{ equals: { question: 'count', value: '3' } }, false],
    [{ equals: { question: 'zero', value: 0 } }, true],
    [{ equals: { question: 'agreed', value: true } }, true],
    [{ equals: { question: 'pets', value: 'cat' } }, false],
    [{ equals: { question: 'own', value: 'Green' } }, false],
    [{ equals: { question: 'blank', value: '  ' } }, false],
    [{ equals: { question: 'missing', value: 'yes' } }, false],
    [{ includes: { question: 'pets', value: 'cat' } }, true],
    [{ includes: { question: 'pets', value: 'fish' } }, false],
    [{ includes: { question: 'kind', value: 'cat' } }, false],
    [{ includes: { question: 'empty', value: 'cat' } }, false],
    [{ includes: { question: 'missing', value: 'cat' } }, false],
    [{ answered: 'yn' }, true],
    [{ answered: 'zero' }, true],
    [{ answered: 'own' }, true],
    [{ answered: 'blank' }, false],
    [{ answered: 'empty' }, false],
    [{ answered: 'missing' }, false],
    [{ not: { answered: 'missing' } }, true],
    [{ not: { answered: 'yn' } }, false],
    [{ all: [{ answered: 'yn' }, { includes: { question: 'pets', value: 'dog' } }] }, true],
    [{ all: [{ answered: 'yn' }, { answered: 'missing' }] }, false],
    [{ any: [{ answered: 'missing' }, { equals: { question: 'kind', value: 'cat' } }] }, true],
    [{ any: [{ answered: 'missing' }, { answered: 'blank' }] }, false],
    [{ not: { any: [{ answered: 'missing' }, { all: [{ answered: 'yn' }, { not: { answered: 'count' } }] }] } }, true],
  ])('%j holds: %s', (condition, expected) => {
    expect(conditionHolds(condition, answers)).toBe(expected);
  });
});

describe('visibleQuestions', () => {
  test.each<[string, Answers, string[]]>([
    ['nothing answered', {}, ['has-pet', 'transport']],
    ['a pet', { 'has-pet': 'yes' }, ['has-pet', 'kind', 'transport']],
    ['a cat', { 'has-pet': 'yes', kind: 'cat' }, ['has-pet', 'kind', 'name', 'transport']],
    ['another animal', { 'has-pet': 'yes', kind: { other: 'Owl' } }, ['has-pet', 'kind', 'transport']],
    [
      'a walked dog',
      { 'has-pet': 'yes', kind: 'dog', walks: 0 },
      ['has-pet', 'kind', 'walks', 'walk-note', 'transport'],
    ],
    ['no pet, walking', { 'has-pet': 'no', transport: ['walk'] }, ['has-pet', 'transport', 'follow-up']],
    [
      'by bus',
      { 'has-pet': 'yes', transport: ['bus'], 'bus-route': '7' },
      ['has-pet', 'kind', 'transport', 'bus-route', 'follow-up'],
    ],
    // Answers left on questions that became hidden change nothing further on.
    ['a dog, then no pet', { 'has-pet': 'no', kind: 'dog', walks: 2 }, ['has-pet', 'transport']],
    ['a bus, then a car', { transport: ['car'], 'bus-route': '7' }, ['has-pet', 'transport']],
  ])('%s', (_, answers, expected) => {
    expect(ids(visibleQuestions(LOGIC_FORM, answers))).toEqual(expected);
  });

  test('a condition on a later or missing question never holds', () => {
    const form = yesNoForm(
      { id: 'a', showIf: { answered: 'b' } },
      { id: 'b' },
      { id: 'c', showIf: { not: { answered: 'c' } } },
      { id: 'd', showIf: { answered: 'nowhere' } },
    );
    expect(ids(visibleQuestions(form, { a: 'yes', b: 'yes', c: 'yes' }))).toEqual(['b', 'c']);
  });
});

describe('pruneHidden', () => {
  test.each<[string, Answers, Answers]>([
    [
      'keeps what was shown',
      { 'has-pet': 'yes', kind: 'cat', name: 'Tom' },
      { 'has-pet': 'yes', kind: 'cat', name: 'Tom' },
    ],
    [
      'drops answers to questions hidden later',
      { 'has-pet': 'no', kind: 'dog', walks: 2, transport: ['walk'] },
      { 'has-pet': 'no', transport: ['walk'] },
    ],
    [
      'drops answers to information',
      { 'has-pet': 'yes', kind: 'dog', walks: 1, 'walk-note': 'read' },
      { 'has-pet': 'yes', kind: 'dog', walks: 1 },
    ],
    ['drops answers to questions the form lacks', { 'has-pet': 'no', shoe: 9 }, { 'has-pet': 'no' }],
    [
      'keeps a blank answer to a shown question',
      { 'has-pet': 'no', transport: [] },
      { 'has-pet': 'no', transport: [] },
    ],
  ])('%s', (_, answers, expected) => {
    expect(pruneHidden(LOGIC_FORM, answers)).toEqual(expected);
  });
});

describe('screens', () => {
  test.each<[string, Answers, string[][]]>([
    ['nothing answered', {}, [['has-pet'], ['transport']]],
    [
      'a cat: its name on the same screen',
      { 'has-pet': 'yes', kind: 'cat' },
      [['has-pet'], ['kind', 'name'], ['transport']],
    ],
    [
      'a dog: its note on the walks screen',
      { 'has-pet': 'yes', kind: 'dog', walks: 1 },
      [['has-pet'], ['kind'], ['walks', 'walk-note'], ['transport']],
    ],
  ])('%s', (_, answers, expected) => {
    expect(screenIds(LOGIC_FORM, answers)).toEqual(expected);
  });

  const hidden = { showIf: { answered: 'never' } };
  test.each<[string, FormDefinition, string[][]]>([
    ['one question a screen by default', yesNoForm({ id: 'a' }, { id: 'b' }), [['a'], ['b']]],
    ['grouped questions share a screen', yesNoForm({ id: 'a' }, { id: 'b', sameScreenAsPrevious: true }), [['a', 'b']]],
    [
      'a question grouped with a hidden one that starts its group starts its own screen',
      yesNoForm({ id: 'a' }, { id: 'b', ...hidden }, { id: 'c', sameScreenAsPrevious: true }),
      [['a'], ['c']],
    ],
    [
      'a hidden question in the middle of a group does not split it',
      yesNoForm(
        { id: 'a' },
        { id: 'b', sameScreenAsPrevious: true, ...hidden },
        { id: 'c', sameScreenAsPrevious: true },
      ),
      [['a', 'c']],
    ],
    [
      'a group with nothing shown is skipped',
      yesNoForm({ id: 'a' }, { id: 'b', ...hidden }, { id: 'c' }),
      [['a'], ['c']],
    ],
  ])('%s', (_, form, expected) => {
    expect(screenIds(form, {})).toEqual(expected);
  });

  test("a screen's id is its first question shown", () => {
    const form = yesNoForm({ id: 'a', ...hidden }, { id: 'b', sameScreenAsPrevious: true });
    expect(screens(form, {})).toEqual([{ id: 'b', questions: [form.questions[1]] }]);
  });
});

describe('progress', () => {
  const shown = screens(LOGIC_FORM, { 'has-pet': 'yes', kind: 'cat' });
  test.each([
    ['has-pet', 0, { number: 1, total: 3 }],
    ['name', 1, { number: 2, total: 3 }],
    ['transport', 2, { number: 3, total: 3 }],
    ['walks', -1, undefined],
    ['nowhere', -1, undefined],
  ])('%s is on screen index %i', (id, index, progress) => {
    expect(screenIndex(shown, id)).toBe(index);
    expect(screenProgress(shown, id)).toEqual(progress);
  });

  test('the total follows the answers', () => {
    const dog = screens(LOGIC_FORM, { 'has-pet': 'yes', kind: 'dog', transport: ['bus'] });
    expect(screenProgress(dog, 'transport')).toEqual({ number: 4, total: 5 });
  });
});
