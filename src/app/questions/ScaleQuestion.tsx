import { type Question, SCALE_MAX, SCALE_MIN } from '../../core/form.ts';
import { fieldId, QuestionFrame, type QuestionProps } from './QuestionFrame.tsx';

type ScaleQuestionType = Extract<Question, { type: 'scale' }>;

/** Faces for the Easy Read style, from very unhappy to very happy: a picture beside the words, never instead. */
const FACES = ['😞', '🙁', '😐', '🙂', '😀'];

/** A 1–5 scale as radios, the end points named in words so no one has to guess what 1 means. */
export function ScaleQuestion(props: QuestionProps<ScaleQuestionType>) {
  const { question, answer, pick, onAnswer } = props;
  const low = pick(question.lowLabel);
  const high = pick(question.highLabel);
  const points = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);
  return (
    <QuestionFrame {...props} group>
      <div class={`choices choices--scale${question.faces ? ' choices--faces' : ''}`}>
        {points.map((point, index) => {
          const id = point === SCALE_MIN ? fieldId(question.id) : `${fieldId(question.id)}-${point}`;
          const words = point === SCALE_MIN ? low : point === SCALE_MAX ? high : undefined;
          return (
            <div class="choice" key={point}>
              <input
                class="choice__input"
                type="radio"
                id={id}
                name={question.id}
                value={point}
                checked={answer === point}
                onChange={() => onAnswer(point)}
              />
              <label class="choice__label" for={id}>
                {question.faces && (
                  <span class="face" aria-hidden="true">
                    {FACES[index]}
                  </span>
                )}
                {words ? (
                  <>
                    {point} – <span lang={words.lang}>{words.text}</span>
                  </>
                ) : (
                  String(point)
                )}
              </label>
            </div>
          );
        })}
      </div>
    </QuestionFrame>
  );
}
