import { expect, test } from 'vitest';
import type { Question } from '../../../core/form.ts';
import { checkAnswer } from '../../../core/response.ts';
import { EVERY_TYPE_FORM } from '../../../core/test-form-every-type.ts';
import { rankingFrom } from './RankingKeyField.tsx';

const ranking = EVERY_TYPE_FORM.questions.find((q) => q.id === 'priorities') as Extract<Question, { type: 'ranking' }>;

test('numbers written beside the choices become the order, most important first', () => {
  expect(rankingFrom(ranking, { parks: '3', roads: ' 1', schools: '2' })).toEqual(['roads', 'schools', 'parks']);
});

test('all blank is no answer; anything short of 1 to n once each is refused by the shared check', () => {
  expect(rankingFrom(ranking, { parks: '', roads: ' ', schools: '' })).toBeUndefined();
  for (const typed of [
    { parks: '1', roads: '1', schools: '2' },
    { parks: '1', roads: '2', schools: '' },
    { parks: '1', roads: '2', schools: '4' },
    { parks: 'one', roads: '2', schools: '3' },
  ]) {
    const answer = rankingFrom(ranking, typed);
    expect(typeof answer).toBe('string');
    expect(checkAnswer(ranking, answer as string)).not.toBeNull();
  }
});
