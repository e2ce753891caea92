import { useState } from 'preact/hooks';
import type { Question } from '../../../core/form.ts';
import type { Answer } from '../../../core/response.ts';
import { NumberPerChoice } from '../../questions/NumberPerChoice.tsx';
import { QuestionFrame, type QuestionProps } from '../../questions/QuestionFrame.tsx';

type RankingQuestionType = Extract<Question, { type: 'ranking' }>;

/**
 * A ranking keyed from paper as the person wrote it: the number beside each choice, typed into a box. A full
 * set of 1 to n, each once, becomes the order; anything else is kept as typed text, which the shared check
 * refuses, so saving says what to fix. (The tablet's Move up / Move down list suits a person choosing an
 * order, not a keyer copying one.)
 */
export function RankingKeyField(props: QuestionProps<RankingQuestionType>) {
  const { question, answer, pick, onAnswer } = props;
  const [typed, setTyped] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      question.options.map((o) => {
        const rank = Array.isArray(answer) ? answer.indexOf(o.value) : -1;
        return [o.value, rank >= 0 ? String(rank + 1) : ''];
      }),
    ),
  );

  function change(value: string, text: string) {
    const next = { ...typed, [value]: text };
    setTyped(next);
    onAnswer(rankingFrom(question, next));
  }

  return (
    <QuestionFrame {...props} group>
      <div class="points">
        <NumberPerChoice
          questionId={question.id}
          options={question.options}
          pick={pick}
          typed={typed}
          autoComplete={'off'}
          onChange={change}
        />
      </div>
    </QuestionFrame>
  );
}

/** The order the typed numbers give; undefined when all are blank; the typed text when it is no order. */
export function rankingFrom(question: RankingQuestionType, typed: Record<string, string>): Answer | undefined {
  const values = question.options.map((o) => o.value);
  const numbers = values.map((v) => (typed[v] ?? '').trim());
  if (numbers.every((n) => n === '')) return undefined;
  const ranks = numbers.map((n) => (/^\d+$/.test(n) ? Number(n) : Number.NaN));
  const complete = [...ranks].sort((a, b) => a - b).every((rank, i) => rank === i + 1);
  if (!complete) return JSON.stringify(typed);
  return values
    .map((v, i) => ({ v, rank: ranks[i] as number }))
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.v);
}
