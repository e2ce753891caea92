import type { Question } from '../../core/form.ts';
import { paragraphs } from './ConsentQuestion.tsx';
import type { QuestionProps } from './QuestionFrame.tsx';

type InfoQuestion = Extract<Question, { type: 'info' }>;

/** Something to read (and perhaps a picture), with nothing to answer. */
export function InfoBlock({ question, pick, asHeading }: QuestionProps<InfoQuestion>) {
  const label = pick(question.label);
  const body = pick(question.body);
  const Heading = asHeading ? 'h1' : 'h2';
  return (
    <div class="question info">
      <Heading lang={label.lang}>{label.text}</Heading>
      {question.image && <img class="info__image" src={question.image.src} alt={pick(question.image.alt).text} />}
      <div lang={body.lang}>{paragraphs(body.text)}</div>
    </div>
  );
}
