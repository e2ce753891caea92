import { ChoiceQuestion } from './ChoiceQuestion.tsx';
import { ConsentQuestion } from './ConsentQuestion.tsx';
import { DateQuestion } from './DateQuestion.tsx';
import { InfoBlock } from './InfoBlock.tsx';
import { PointsQuestion } from './PointsQuestion.tsx';
import type { QuestionProps } from './QuestionFrame.tsx';
import { RankingQuestion } from './RankingQuestion.tsx';
import { ScaleQuestion } from './ScaleQuestion.tsx';
import { TextQuestion } from './TextQuestion.tsx';

/** The control for one question, by its type. */
export function QuestionField(props: QuestionProps) {
  const { question } = props;
  switch (question.type) {
    case 'info':
      return <InfoBlock {...props} question={question} />;
    case 'single':
    case 'multiple':
    case 'yesno':
      return <ChoiceQuestion {...props} question={question} />;
    case 'text':
    case 'longtext':
    case 'number':
    case 'postcode-district':
      return <TextQuestion {...props} question={question} />;
    case 'date':
      return <DateQuestion {...props} question={question} />;
    case 'scale':
      return <ScaleQuestion {...props} question={question} />;
    case 'ranking':
      return <RankingQuestion {...props} question={question} />;
    case 'points':
      return <PointsQuestion {...props} question={question} />;
    case 'consent':
      return <ConsentQuestion {...props} question={question} />;
  }
}
