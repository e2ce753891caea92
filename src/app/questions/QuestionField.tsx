import type { Question } from '../../core/form.ts';
import type { Answer } from '../../core/response.ts';
import { ChoiceQuestion } from './ChoiceQuestion.tsx';
import { ScaleQuestion } from './ScaleQuestion.tsx';
import { TextQuestion } from './TextQuestion.tsx';

export interface QuestionProps<Q extends Question = Question> {
  question: Q;
  answer: Answer | undefined;
  error: string | undefined;
  language: string;
  fallbackLanguage: string;
  onAnswer: (answer: Answer | undefined) => void;
}

/** The field for one question, by its type. */
export function QuestionField(props: QuestionProps) {
  const { question } = props;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return <ChoiceQuestion {...props} question={question} />;
    case 'scale':
      return <ScaleQuestion {...props} question={question} />;
    case 'text':
      return <TextQuestion {...props} question={question} />;
  }
}

/** The id of a question's first control, which the error summary links to. */
export function fieldId(questionId: string): string {
  return `q-${questionId}`;
}
