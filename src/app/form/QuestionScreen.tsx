import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { screens } from '../../core/logic.ts';
import { isAnswered } from '../../core/response.ts';
import { currentLanguage, t } from '../../i18n/i18n.ts';
import { documentLanguage } from '../../i18n/ui-languages.ts';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { QuestionField } from '../questions/QuestionField.tsx';
import { rankingOrder } from '../questions/RankingQuestion.tsx';
import { questionSpeech } from '../read-aloud/question-speech.ts';
import { ReadAloud } from '../read-aloud/ReadAloud.tsx';
import { useDocumentTitle } from '../use-document-title.ts';
import { problemFor } from './answer-problems.ts';
import { DraftStatus } from './DraftStatus.tsx';
import { FallbackNotice } from './FallbackNotice.tsx';
import { FormNotFound } from './FormNotFound.tsx';
import { openSession, session, setAnswer, setPosition } from './form-session.ts';
import { textPicker } from './form-text.ts';

/**
 * One screen of a form: usually one question, which is then the page's heading. "Continue" checks the
 * screen (never on blur), then goes to the next screen that logic shows, or back to "Check your answers"
 * when the person came to change an answer.
 */
export function QuestionScreen() {
  const { params, query } = useRoute();
  const { route } = useLocation();
  const formId = params.formId ?? '';
  const screenId = params.screenId ?? '';
  const returning = query.return === 'check';
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => void openSession(formId), [formId]);
  useEffect(() => setProblems(new Map()), [screenId]);

  const current = session.value;
  const open = current && current !== 'missing' && current.form.id === formId ? current : null;
  const pick = open ? textPicker(open.form.defaultLanguage, open.reading) : null;
  const all = open ? screens(open.form, open.answers) : [];
  const index = all.findIndex((s) => s.id === screenId);
  const screen = all[index];
  const first = screen?.questions[0];
  const heading = first && pick ? pick(first.label).text : '';
  useDocumentTitle(problems.size ? t('form.errorTitle', { title: heading }) : heading);

  useEffect(() => {
    if (!open) return;
    // A screen that logic now hides (or an old link) is no place to be: go to the first screen.
    if (!screen) route(`/c/${encodeURIComponent(formId)}/q/${all[0]?.id ?? ''}`, true);
    else setPosition(screen.id);
  }, [open === null, screen?.id]);
  useEffect(() => {
    if (problems.size) summaryRef.current?.focus();
  }, [problems]);

  if (current === 'missing') return <FormNotFound />;
  if (!open || !pick || !screen) return null;
  const base = `/c/${encodeURIComponent(formId)}`;
  const previous = returning ? `${base}/check` : index > 0 ? `${base}/q/${all[index - 1]?.id}` : base;

  function onContinue(event: Event) {
    event.preventDefault();
    if (!open || !pick || !screen) return;
    const answers = { ...open.answers };
    for (const question of screen.questions) {
      // A ranking left in the order shown is an answer: that order.
      if (question.type === 'ranking' && !isAnswered(answers[question.id])) {
        answers[question.id] = rankingOrder(question, undefined);
        setAnswer(question.id, answers[question.id]);
      }
    }
    const found = new Map<string, string>();
    for (const question of screen.questions) {
      const problem = problemFor(question, answers[question.id], pick);
      if (problem) found.set(question.id, problem);
    }
    setProblems(found);
    if (found.size) return;

    const after = screens(open.form, answers);
    const here = after.findIndex((s) => s.id === screen.id);
    const rest = after.slice(here + 1);
    const next = returning ? rest.find((s) => s.questions.some((q) => problemFor(q, answers[q.id], pick))) : rest[0];
    route(next ? `${base}/q/${next.id}${returning ? '?return=check' : ''}` : `${base}/check`);
  }

  return (
    <>
      <a class="back-link" href={previous}>
        {t('form.backLink')}
      </a>
      {problems.size > 0 && <ErrorSummary focusRef={summaryRef} problems={problems} />}
      <DraftStatus />
      <span class="caption">{t('form.progress', { current: index + 1, total: all.length })}</span>
      <FallbackNotice shown={screen.questions.map((q) => pick(q.label))} chosen={open.reading.language} />
      <ReadAloud
        key={screen.id}
        parts={questionSpeech(screen.questions, pick, {
          lang: documentLanguage(currentLanguage()),
          optional: t('form.optional'),
          yes: t('form.yes'),
          no: t('form.no'),
          agree: t('form.agree'),
        })}
      />
      <form onSubmit={onContinue} noValidate>
        {screen.questions.map((question, i) => (
          <QuestionField
            key={question.id}
            question={question}
            answer={open.answers[question.id]}
            error={problems.get(question.id)}
            pick={pick}
            asHeading={i === 0}
            onAnswer={(value) => setAnswer(question.id, value)}
          />
        ))}
        <button type="submit" class="button">
          {t('form.continue')}
        </button>
      </form>
    </>
  );
}
