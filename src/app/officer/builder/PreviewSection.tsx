import { useEffect, useRef, useState } from 'preact/hooks';
import type { FormDefinition } from '../../../core/form.ts';
import { screens } from '../../../core/logic.ts';
import type { Answer, Answers } from '../../../core/response.ts';
import { baseLanguage, EASY_READ_SUFFIX } from '../../../core/text.ts';
import { t, timeLocale } from '../../../i18n/i18n.ts';
import { textDirection } from '../../../i18n/ui-languages.ts';
import { ErrorSummary } from '../../ErrorSummary.tsx';
import { AnswerSummary } from '../../form/AnswerSummary.tsx';
import { problemFor } from '../../form/answer-problems.ts';
import { closingDate } from '../../form/closing-date.ts';
import { textPicker } from '../../form/form-text.ts';
import { paragraphs } from '../../questions/ConsentQuestion.tsx';
import { QuestionField } from '../../questions/QuestionField.tsx';
import { RadiosField, SelectField } from '../fields.tsx';
import { languageLabel } from './languages.ts';
import { usePreviewScreenLanguage } from './preview-screen-language.ts';
import { translationLanguages } from './translation-completeness.ts';

const SIZES = ['100', '150', '200'] as const;
type Step = { kind: 'start' } | { kind: 'screen'; id: string } | { kind: 'check' };

/**
 * The form as a kiosk tablet shows it, drawn by the resident's own question components: the start page,
 * each screen with its logic and checks, and "Check your answers". The language (right to left for Arabic
 * and Urdu) and the text size can be switched. Answers live only in this screen: never saved or sent.
 */
export function PreviewSection({ form }: { form: FormDefinition }) {
  const languages = [form.defaultLanguage, ...translationLanguages(form)];
  const [language, setLanguage] = useState(form.defaultLanguage);
  const [size, setSize] = useState<(typeof SIZES)[number]>('100');
  const [step, setStep] = useState<Step>({ kind: 'start' });
  const [answers, setAnswers] = useState<Answers>({});
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const summaryRef = useRef<HTMLDivElement>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const plain = baseLanguage(language);
  usePreviewScreenLanguage(language);
  const pick = textPicker(form.defaultLanguage, { language: plain, easyRead: language.endsWith(EASY_READ_SUFFIX) });
  const all = form.questions.length > 0 ? screens(form, answers) : [];
  useEffect(() => {
    if (problems.size) summaryRef.current?.focus();
  }, [problems]);
  const go = (next: Step) => {
    setProblems(new Map());
    setStep(next);
    // Like a new page on the kiosk: the focus starts at the top of the preview.
    requestAnimationFrame(() => topRef.current?.focus());
  };

  function onContinue(event: Event) {
    event.preventDefault();
    const index = all.findIndex((s) => step.kind === 'screen' && s.id === step.id);
    const screen = all[index];
    if (!screen) return;
    const found = new Map<string, string>();
    for (const question of screen.questions) {
      const problem = problemFor(question, answers[question.id], pick);
      if (problem) found.set(question.id, problem);
    }
    setProblems(found);
    if (found.size) return;
    const next = screens(form, answers).slice(screens(form, answers).findIndex((s) => s.id === screen.id) + 1)[0];
    go(next ? { kind: 'screen', id: next.id } : { kind: 'check' });
  }

  const title = pick(form.title);
  let body = null;
  if (step.kind === 'start') {
    const description = pick(form.description);
    body = (
      <>
        <span class="caption" lang={pick(form.organisation).lang}>
          {pick(form.organisation).text}
        </span>
        <h1 lang={title.lang}>{title.text}</h1>
        <div lang={description.lang}>{paragraphs(description.text)}</div>
        <p>{t('start.duration', { count: form.estimatedMinutes })}</p>
        {form.closesOn && <p>{t('start.closesOn', { date: closingDate(form.closesOn, timeLocale()) })}</p>}
        {all[0] && (
          <button
            type="button"
            class="button button--start"
            onClick={() => go({ kind: 'screen', id: all[0]?.id ?? '' })}
          >
            {t('start.startNow')}
          </button>
        )}
        <h2>{t('start.privacyTitle')}</h2>
        {(
          [
            ['start.privacyWho', form.privacy.controller],
            ['start.privacyWhy', form.privacy.purpose],
            ['start.privacyKept', form.privacy.retention],
            ['start.privacyRights', form.privacy.rights],
          ] as const
        ).map(([heading, text]) => (
          <div key={heading}>
            <h3>{t(heading)}</h3>
            <div lang={pick(text).lang}>{paragraphs(pick(text).text)}</div>
          </div>
        ))}
      </>
    );
  } else if (step.kind === 'screen') {
    const index = all.findIndex((s) => s.id === step.id);
    const screen = all[index];
    body = screen && (
      <>
        <button
          type="button"
          class="back-link builder-preview__back"
          onClick={() => go(index > 0 ? { kind: 'screen', id: all[index - 1]?.id ?? '' } : { kind: 'start' })}
        >
          {t('form.backLink')}
        </button>
        {problems.size > 0 && <ErrorSummary focusRef={summaryRef} problems={problems} />}
        <span class="caption">{t('form.progress', { current: index + 1, total: all.length })}</span>
        <form onSubmit={onContinue} noValidate>
          {screen.questions.map((question, i) => (
            <QuestionField
              key={question.id}
              question={question}
              answer={answers[question.id]}
              error={problems.get(question.id)}
              pick={pick}
              asHeading={i === 0}
              onAnswer={(value: Answer | undefined) =>
                setAnswers((old) => ({ ...old, [question.id]: value }) as Answers)
              }
            />
          ))}
          <button type="submit" class="button">
            {t('form.continue')}
          </button>
        </form>
      </>
    );
  } else {
    body = (
      <>
        <h1>{t('check.title')}</h1>
        <AnswerSummary
          screens={all}
          answers={answers}
          pick={pick}
          change={(screenId, label) => (
            <button type="button" class="link-button" onClick={() => go({ kind: 'screen', id: screenId })}>
              {t('check.change')}
              <span class="visually-hidden"> {label}</span>
            </button>
          )}
        />
        <p class="notice">{t('builder.preview.notSent')}</p>
        <button
          type="button"
          class="button"
          onClick={() => {
            setAnswers({});
            go({ kind: 'start' });
          }}
        >
          {t('builder.preview.again')}
        </button>
      </>
    );
  }

  return (
    <>
      <h2>{t('builder.preview.heading')}</h2>
      <p>{t('builder.preview.intro')}</p>
      <div class="builder-preview__controls">
        <SelectField
          id="p-language"
          label={t('builder.preview.language')}
          options={languages.map((l) => ({ value: l, label: languageLabel(l) }))}
          value={language}
          onValue={setLanguage}
        />
        <RadiosField
          id="p-size"
          label={t('builder.preview.size')}
          options={SIZES.map((s) => ({ value: s, label: `${s}%` }))}
          value={size}
          onValue={(v) => setSize(SIZES.find((s) => s === v) ?? '100')}
        />
      </div>
      <section
        class="builder-preview"
        aria-label={t('builder.preview.region')}
        lang={plain}
        dir={textDirection(plain)}
        style={{ fontSize: `${size}%` }}
      >
        <div ref={topRef} tabIndex={-1} class="builder-preview__top">
          {body}
        </div>
      </section>
    </>
  );
}
