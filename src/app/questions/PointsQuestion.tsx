import { useState } from 'preact/hooks';
import type { Question } from '../../core/form.ts';
import type { PointsAnswer } from '../../core/response.ts';
import { t } from '../../i18n/i18n.ts';
import { kioskAutocomplete } from '../kiosk/kiosk-mode.ts';
import { NumberPerChoice } from './NumberPerChoice.tsx';
import { QuestionFrame, type QuestionProps } from './QuestionFrame.tsx';

type PointsQuestionType = Extract<Question, { type: 'points' }>;

/**
 * "Share 10 points between these": a whole-number box per choice and a running total, announced
 * politely. Empty boxes count as 0. Anything that is not a whole number is kept as typed, so Continue
 * can say what to fix.
 */
export function PointsQuestion(props: QuestionProps<PointsQuestionType>) {
  const { question, answer, pick, onAnswer } = props;
  const saved = isPoints(answer) ? answer.points : {};
  const [typed, setTyped] = useState<Record<string, string>>(() =>
    Object.fromEntries(question.options.map((o) => [o.value, saved[o.value] ? String(saved[o.value]) : ''])),
  );
  const used = Object.values(typed).reduce((sum, v) => sum + (/^\d+$/.test(v.trim()) ? Number(v) : 0), 0);

  function change(value: string, text: string) {
    const next = { ...typed, [value]: text };
    setTyped(next);
    const entries = Object.entries(next).filter(([, v]) => v.trim() !== '');
    if (entries.length === 0) return onAnswer(undefined);
    if (entries.some(([, v]) => !/^\d+$/.test(v.trim()))) return onAnswer(JSON.stringify(next));
    onAnswer({ points: Object.fromEntries(entries.map(([k, v]) => [k, Number(v)])) });
  }

  return (
    <QuestionFrame {...props} group>
      <div class="points">
        <NumberPerChoice
          questionId={question.id}
          options={question.options}
          pick={pick}
          typed={typed}
          autoComplete={kioskAutocomplete()}
          onChange={change}
        />
        <p class={`points__total${used > question.total ? ' count--over' : ''}`} aria-live="polite">
          {t('form.pointsUsed', { used, total: question.total })}
        </p>
      </div>
    </QuestionFrame>
  );
}

function isPoints(answer: unknown): answer is PointsAnswer {
  return typeof answer === 'object' && answer !== null && 'points' in answer;
}
