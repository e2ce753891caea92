import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { FormDefinition, Question, QuestionType } from '../../../core/form.ts';
import { t } from '../../../i18n/i18n.ts';
import { SelectField } from '../fields.tsx';
import { BlockPicker } from './BlockPicker.tsx';
import { changeForm } from './draft-session.ts';
import { useFocusTarget } from './problem-target.ts';
import { QuestionEditor } from './QuestionEditor.tsx';
import { conditionQuestions, duplicateQuestion, moveQuestion, newQuestion, QUESTION_TYPES } from './question-list.ts';
import { textIn } from './text-value.ts';
import { useFocusNext } from './use-focus-next.ts';

/** A question's name in the list: its label, else its code. */
export function questionName(question: Question, language: string): string {
  return textIn(question.label, language).trim() || question.id;
}

/**
 * The questions, in order. Each opens into its editor; each can move up or down (buttons, so the keyboard
 * can), be duplicated or deleted. A move that would put a question before one its condition needs is
 * refused with the reason. Moves and deletions are announced, and the focus follows the question moved.
 */
export function QuestionsSection({ form, published }: { form: FormDefinition; published: FormDefinition[] }) {
  const { query } = useRoute();
  const language = form.defaultLanguage;
  const [openIndex, setOpenIndex] = useState<number | null>(query.open === undefined ? null : Number(query.open));
  const [type, setType] = useState<QuestionType>('single');
  const [announcement, setAnnouncement] = useState('');
  const [refusal, setRefusal] = useState<{ index: number; message: string } | null>(null);
  const [deleting, setDeleting] = useState<number | null>(null);
  // After a change redraws the list, the focus goes where the change says (the moved question's button...).
  const focusNext = useFocusNext();
  useFocusTarget(true);
  useEffect(() => {
    if (query.open !== undefined) setOpenIndex(Number(query.open));
  }, [query.open]);
  const questions = form.questions;
  const previous = published[published.length - 1];
  const setQuestions = (next: Question[]) => changeForm((f) => ({ ...f, questions: next }));

  function move(index: number, step: -1 | 1) {
    const result = moveQuestion(questions, index, step);
    if (!result.ok) {
      const blocker = questions.find((q) => q.id === result.blockedBy);
      const names = {
        question: questionName(questions[index] as Question, language),
        other: blocker ? questionName(blocker, language) : result.blockedBy,
      };
      const message =
        result.reason === 'depends'
          ? t('builder.questions.cannotMoveUp', names)
          : t('builder.questions.cannotMoveDown', names);
      setRefusal({ index, message });
      setAnnouncement('');
      return;
    }
    setRefusal(null);
    if (result.to === index) return;
    setQuestions(result.questions);
    if (openIndex === index) setOpenIndex(result.to);
    else if (openIndex === result.to) setOpenIndex(index);
    const edge = (step === -1 && result.to === 0) || (step === 1 && result.to === questions.length - 1);
    // At the top or bottom the button pressed is gone: the focus goes to the other one.
    focusNext.current = `move-${step === -1 ? (edge ? 'down' : 'up') : edge ? 'up' : 'down'}-${result.to}`;
    setAnnouncement(t('builder.questions.moved', { position: result.to + 1, total: questions.length }));
  }

  function add() {
    const question = newQuestion(
      type,
      questions.map((q) => q.id),
      language,
    );
    setQuestions([...questions, question]);
    setOpenIndex(questions.length);
    focusNext.current = `q${questions.length}-label`;
    setAnnouncement(t('builder.questions.added', { position: questions.length + 1 }));
  }

  function duplicate(index: number) {
    setQuestions(duplicateQuestion(questions, index));
    setOpenIndex(index + 1);
    focusNext.current = `q${index + 1}-label`;
    setAnnouncement(t('builder.questions.duplicated', { position: index + 2 }));
  }

  function remove(index: number) {
    const gone = questions[index];
    if (!gone) return;
    // Conditions on the deleted question could never hold: they go with it (the confirmation said so).
    const next = questions
      .filter((_, i) => i !== index)
      .map((q) => {
        if (!conditionQuestions(q.showIf).includes(gone.id)) return q;
        const { showIf: _, ...rest } = q;
        return rest as Question;
      });
    setQuestions(next);
    setDeleting(null);
    setOpenIndex(null);
    focusNext.current = next.length === 0 ? 'add-type' : `toggle-${Math.min(index, next.length - 1)}`;
    setAnnouncement(t('builder.questions.deleted', { name: questionName(gone, language) }));
  }

  return (
    <>
      <h2>{t('builder.questions.heading')}</h2>
      <p role="status" class="visually-hidden">
        {announcement}
      </p>
      {questions.length === 0 && <p>{t('builder.questions.none')}</p>}
      <ol class="builder-questions">
        {questions.map((question, index) => {
          const name = questionName(question, language);
          const open = openIndex === index;
          const dependents = questions.filter((q) => conditionQuestions(q.showIf).includes(question.id));
          return (
            // Keyed by position: a question's fields keep their ids (and the focus) while its code is edited.
            <li key={index} class="builder-question">
              <h3 class="builder-question__title">
                <button
                  type="button"
                  id={`toggle-${index}`}
                  class="builder-question__toggle"
                  aria-expanded={open}
                  aria-controls={`editor-${index}`}
                  onClick={() => setOpenIndex(open ? null : index)}
                >
                  {t('builder.questions.item', {
                    position: index + 1,
                    name,
                    type: t(`builder.types.${question.type}`),
                  })}
                </button>
              </h3>
              {question.showIf && <p class="hint">{t('builder.questions.hasCondition')}</p>}
              <div class="button-group builder-question__actions">
                {index > 0 && (
                  <button
                    type="button"
                    id={`move-up-${index}`}
                    class="button button--secondary button--small"
                    onClick={() => move(index, -1)}
                  >
                    {t('builder.questions.moveUp', { name })}
                  </button>
                )}
                {index < questions.length - 1 && (
                  <button
                    type="button"
                    id={`move-down-${index}`}
                    class="button button--secondary button--small"
                    onClick={() => move(index, 1)}
                  >
                    {t('builder.questions.moveDown', { name })}
                  </button>
                )}
                <button type="button" class="button button--secondary button--small" onClick={() => duplicate(index)}>
                  {t('builder.questions.duplicate', { name })}
                </button>
                <button type="button" class="button button--secondary button--small" onClick={() => setDeleting(index)}>
                  {t('builder.questions.delete', { name })}
                </button>
              </div>
              {refusal?.index === index && (
                <p class="field-error" role="alert">
                  {refusal.message}
                </p>
              )}
              {deleting === index && (
                <DeleteConfirmation
                  name={name}
                  dependents={dependents.map((q) => questionName(q, language))}
                  onDelete={() => remove(index)}
                  onKeep={() => {
                    setDeleting(null);
                    focusNext.current = `toggle-${index}`;
                  }}
                />
              )}
              {open && (
                <div id={`editor-${index}`}>
                  <QuestionEditor form={form} index={index} previous={previous} />
                </div>
              )}
            </li>
          );
        })}
      </ol>

      <div class="builder-add">
        <SelectField
          id="add-type"
          label={t('builder.questions.typeLabel')}
          options={QUESTION_TYPES.map((value) => ({ value, label: t(`builder.types.${value}`) }))}
          value={type}
          onValue={(v) => setType(v as QuestionType)}
        />
        <div class="button-group">
          <button type="button" class="button" onClick={add}>
            {t('builder.questions.add')}
          </button>
          {/* It announces what it added and gives the focus back to its own button. */}
          <BlockPicker
            existingIds={questions.map((q) => q.id)}
            onAdd={(added) => setQuestions([...questions, ...added])}
          />
        </div>
      </div>
    </>
  );
}

function DeleteConfirmation({
  name,
  dependents,
  onDelete,
  onKeep,
}: {
  name: string;
  dependents: string[];
  onDelete: () => void;
  onKeep: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="confirmation" aria-labelledby="delete-title">
      <h4 id="delete-title" ref={heading} tabIndex={-1}>
        {t('builder.questions.confirmDelete', { name })}
      </h4>
      {dependents.length > 0 && <p>{t('builder.questions.confirmDependents', { names: dependents.join(', ') })}</p>}
      <div class="button-group">
        <button type="button" class="button button--warning" onClick={onDelete}>
          {t('builder.questions.confirmYes', { name })}
        </button>
        <button type="button" class="button button--secondary" onClick={onKeep}>
          {t('builder.questions.confirmNo')}
        </button>
      </div>
    </section>
  );
}
