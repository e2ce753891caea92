import type { ComponentChildren } from 'preact';
import type { Screen } from '../../core/logic.ts';
import type { Answers } from '../../core/response.ts';
import { describeAnswer } from './describe-answer.ts';
import type { TextPicker } from './form-text.ts';

/**
 * "Check your answers": each question asked, its answer in words, and a way back to its screen. The
 * resident's page links to the screen; the builder's preview moves its own screen (`change`).
 */
export function AnswerSummary({
  screens,
  answers,
  pick,
  change,
}: {
  screens: Screen[];
  answers: Answers;
  pick: TextPicker;
  change: (screenId: string, label: string) => ComponentChildren;
}) {
  return (
    <dl class="summary-list">
      {screens.flatMap((screen) =>
        screen.questions
          .filter((q) => q.type !== 'info')
          .map((question) => {
            const label = pick(question.label);
            return (
              <div class="summary-list__row" key={question.id}>
                <dt lang={label.lang}>{label.text}</dt>
                <dd>
                  {describeAnswer(question, answers[question.id], pick).map((line, i) => (
                    <span class="summary-list__line" key={i}>
                      {line}
                    </span>
                  ))}
                </dd>
                <dd class="summary-list__action">{change(screen.id, label.text)}</dd>
              </div>
            );
          }),
      )}
    </dl>
  );
}
