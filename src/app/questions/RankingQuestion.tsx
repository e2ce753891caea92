import { useRef, useState } from 'preact/hooks';
import type { Question } from '../../core/form.ts';
import { t } from '../../i18n/i18n.ts';
import { fieldId, QuestionFrame, type QuestionProps } from './QuestionFrame.tsx';

type RankingQuestionType = Extract<Question, { type: 'ranking' }>;

/** The order shown: the answer when it is a full order of the choices, else the form's order. */
export function rankingOrder(question: RankingQuestionType, answer: unknown): string[] {
  const values = question.options.map((o) => o.value);
  const valid = Array.isArray(answer) && answer.length === values.length && values.every((v) => answer.includes(v));
  return valid ? (answer as string[]) : values;
}

/**
 * "Put these in order": no dragging needed. Each item has Move up and Move down buttons; focus stays
 * with the item that moved, and its new place is announced.
 */
export function RankingQuestion(props: QuestionProps<RankingQuestionType>) {
  const { question, answer, pick, onAnswer } = props;
  const order = rankingOrder(question, answer);
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLOListElement>(null);

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(target, 0, item);
    onAnswer(next);
    const label = labelOf(item);
    setAnnouncement(t('form.rankMoved', { item: label, position: target + 1, count: order.length }));
    // Keep focus on the same button of the moved item; at either end, on the other button.
    requestAnimationFrame(() => {
      const direction = (by === -1 && target === 0) || (by === 1 && target === order.length - 1) ? -by : by;
      list.current?.querySelector<HTMLButtonElement>(`[data-item="${item}"][data-by="${direction}"]`)?.focus();
    });
  }

  function labelOf(value: string): string {
    const option = question.options.find((o) => o.value === value);
    return option ? pick(option.label).text : value;
  }

  return (
    <QuestionFrame {...props} group>
      <ol class="ranking" ref={list} id={fieldId(question.id)} tabIndex={-1}>
        {order.map((value, index) => {
          const label = labelOf(value);
          return (
            <li class="ranking__item" key={value}>
              <span class="ranking__position" aria-hidden="true">
                {index + 1}
              </span>
              <span class="ranking__label">{label}</span>
              <span class="ranking__buttons">
                <button
                  type="button"
                  class="button button--secondary button--small"
                  data-item={value}
                  data-by="-1"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  {t('form.moveUp')}
                  <span class="visually-hidden"> {label}</span>
                </button>
                <button
                  type="button"
                  class="button button--secondary button--small"
                  data-item={value}
                  data-by="1"
                  disabled={index === order.length - 1}
                  onClick={() => move(index, 1)}
                >
                  {t('form.moveDown')}
                  <span class="visually-hidden"> {label}</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </QuestionFrame>
  );
}
