import type { TFunction } from 'i18next';
import type { FormDefinition } from '../../../core/form.ts';
import type { TextPicker } from '../../form/form-text.ts';
import { paragraphs } from '../../questions/ConsentQuestion.tsx';
import { PaperAnswer } from './PaperQuestion.tsx';
import { questionNumbers, routingWords } from './routing-words.ts';

/**
 * One printed copy of a questionnaire with its own reference code: in a box at the top of every printed page
 * (the copy is a layout table whose thead the browser repeats on each page), and on a tear-off slip at the end.
 */
export function PaperCopy({
  form,
  reference,
  t,
  pick,
}: {
  form: FormDefinition;
  reference: string;
  t: TFunction;
  pick: TextPicker;
}) {
  const numbers = questionNumbers(form);
  const text = (value: Parameters<TextPicker>[0]) => {
    const shown = pick(value);
    return <span lang={shown.lang}>{shown.text}</span>;
  };
  const referenceBox = (
    <p class="paper-reference">
      {t('paper.reference')}: <strong class="paper-reference__code">{reference}</strong>
    </p>
  );
  return (
    <article class="paper-copy" aria-label={`${t('paper.reference')} ${reference}`}>
      {/* A layout table: the browser repeats a table's thead at the top of every printed page it spans. */}
      <table class="paper-copy__table" role="presentation">
        <thead>
          <tr>
            <td>{referenceBox}</td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <h2 class="paper-title">{text(form.title)}</h2>
              <div class="paper-intro">{paragraphs(pick(form.description).text)}</div>
              <dl class="paper-facts">
                <div>
                  <dt>{t('paper.whoIsAsking')}</dt>
                  <dd>{text(form.organisation)}</dd>
                </div>
              </dl>
              <p>{t('paper.timeNeeded', { minutes: form.estimatedMinutes })}</p>
            </td>
          </tr>
          <tr class="paper-keep">
            <td>
              <section class="paper-privacy">
                <h3>{t('start.privacyTitle')}</h3>
                <dl>
                  <dt>{t('start.privacyWho')}</dt>
                  <dd>{text(form.privacy.controller)}</dd>
                  <dt>{t('start.privacyWhy')}</dt>
                  <dd>{text(form.privacy.purpose)}</dd>
                  <dt>{t('start.privacyKept')}</dt>
                  <dd>{text(form.privacy.retention)}</dd>
                  <dt>{t('start.privacyRights')}</dt>
                  <dd>{text(form.privacy.rights)}</dd>
                </dl>
              </section>
            </td>
          </tr>
          {form.questions.map((question) => {
            const number = numbers.get(question.id);
            const label = pick(question.label);
            const hint = question.hint ? pick(question.hint) : undefined;
            return (
              <tr key={question.id} class="paper-question paper-keep" data-question={question.id}>
                <td>
                  <h3 class="paper-question__label">
                    {number !== undefined && <span class="paper-question__number">{number}.</span>}{' '}
                    <span lang={label.lang}>{label.text}</span>
                    {!question.required && question.type !== 'info' && (
                      <span class="paper-optional"> {t('form.optional')}</span>
                    )}
                  </h3>
                  {question.showIf && (
                    <p class="paper-routing">{routingWords(question.showIf, form, numbers, t, pick)}</p>
                  )}
                  {hint && (
                    <p class="paper-hint" lang={hint.lang}>
                      {hint.text}
                    </p>
                  )}
                  <PaperAnswer question={question} t={t} pick={pick} />
                </td>
              </tr>
            );
          })}
          <tr class="paper-keep">
            <td>
              <p class="paper-end">{t('paper.end')}</p>
              <aside class="paper-slip" aria-label={t('paper.slipTitle')}>
                <p class="paper-slip__cut">✂ {t('paper.slipCut')}</p>
                <p class="paper-slip__title">
                  {t('paper.slipTitle')}: <strong class="paper-reference__code">{reference}</strong>
                </p>
                <p>{text(form.title)}</p>
                <p>{t('paper.slipHow')}</p>
              </aside>
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}
