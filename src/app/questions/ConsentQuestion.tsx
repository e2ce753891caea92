import type { Question } from '../../core/form.ts';
import { t } from '../../i18n/i18n.ts';
import { fieldId, QuestionFrame, type QuestionProps } from './QuestionFrame.tsx';

type ConsentQuestionType = Extract<Question, { type: 'consent' }>;

/** An explicit agreement: the full statement, then one box that starts unticked. */
export function ConsentQuestion(props: QuestionProps<ConsentQuestionType>) {
  const { question, answer, pick, onAnswer } = props;
  const statement = pick(question.statement);
  return (
    <QuestionFrame {...props} group>
      <div class="consent__statement" lang={statement.lang}>
        {paragraphs(statement.text)}
      </div>
      <div class="choice">
        <input
          class="choice__input"
          type="checkbox"
          id={fieldId(question.id)}
          name={question.id}
          checked={answer === true}
          onChange={(e) => onAnswer(e.currentTarget.checked ? true : undefined)}
        />
        <label class="choice__label" for={fieldId(question.id)}>
          {t('form.agree')}
        </label>
      </div>
    </QuestionFrame>
  );
}

/** Blank lines in form text separate paragraphs. */
export function paragraphs(text: string) {
  return text.split(/\n\s*\n/).map((p, i) => <p key={i}>{p}</p>);
}
