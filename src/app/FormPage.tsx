import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { FormDefinition } from '../core/form.ts';
import type { Answer, Answers } from '../core/response.ts';
import { localise } from '../core/text.ts';
import { getDeviceId } from '../db/device.ts';
import { loadDraft, saveDraft } from '../db/drafts.ts';
import { getForm } from '../db/forms.ts';
import { submitResponse } from '../db/outbox.ts';
import { currentLanguage, t } from '../i18n/i18n.ts';
import { scheduleSend } from '../sw-bridge.ts';
import { answerProblems } from './answer-problems.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { QuestionField } from './questions/QuestionField.tsx';
import { storageErrorMessage } from './storage-error.ts';
import { useDocumentTitle } from './use-document-title.ts';

/** Staff choose the channel when they set a tablet up (a later issue); until then a tablet is a kiosk. */
const CHANNEL = 'kiosk';

type Loaded = { form: FormDefinition; answers: Answers } | 'missing' | undefined;

/** One consultation: every answer is saved as a draft as it is given; Submit moves it to the outbox. */
export function FormPage() {
  const { params } = useRoute();
  const { route } = useLocation();
  const formId = params.formId ?? '';
  const [loaded, setLoaded] = useState<Loaded>(undefined);
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [saveError, setSaveError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [draftState, setDraftState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const pendingSaves = useRef(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const language = currentLanguage();

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      // A draft pins the version it was started on, so a newer version never scrambles answers in progress.
      const draft = await loadDraft(formId);
      const stored = await getForm(formId, draft?.formVersion);
      if (cancelled) return;
      setLoaded(stored ? { form: stored.definition, answers: draft?.answers ?? {} } : 'missing');
    })();
    return () => {
      cancelled = true;
    };
  }, [formId]);

  const title =
    loaded && loaded !== 'missing' ? localise(loaded.form.title, language, loaded.form.defaultLanguage).text : '';
  useDocumentTitle(problems.size ? t('form.errorTitle', { title }) : title);

  useEffect(() => {
    if (problems.size) summaryRef.current?.focus();
  }, [problems]);

  if (loaded === undefined) return null;
  if (loaded === 'missing') {
    return (
      <>
        <h1>{t('form.notFound')}</h1>
        <a href="/">{t('form.back')}</a>
      </>
    );
  }
  const { form, answers } = loaded;

  function answer(questionId: string, value: Answer | undefined) {
    const next = { ...answers };
    if (value === undefined) delete next[questionId];
    else next[questionId] = value;
    setLoaded({ form, answers: next });
    pendingSaves.current++;
    setDraftState('saving');
    saveDraft(form.id, form.version, next)
      .then(
        () => setSaveError(null),
        (error: unknown) => setSaveError(storageErrorMessage(error)),
      )
      .finally(() => {
        // "Saved" only once every change so far is written, and never after a failed write.
        if (--pendingSaves.current === 0) setDraftState('saved');
      });
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (submitting) return;
    const found = answerProblems(form, answers, language);
    setProblems(found);
    if (found.size) return;
    setSubmitting(true);
    try {
      const deviceId = await getDeviceId();
      await submitResponse(form, answers, { deviceId, channel: CHANNEL, language });
      void scheduleSend();
      route(`/c/${encodeURIComponent(form.id)}/done`, true);
    } catch (error) {
      setSaveError(storageErrorMessage(error));
      setSubmitting(false);
    }
  }

  return (
    <>
      <a class="back-link" href="/">
        {t('form.back')}
      </a>
      {problems.size > 0 && <ErrorSummary focusRef={summaryRef} problems={problems} />}
      {saveError && (
        <div class="notice notice--error" role="alert">
          {t('form.saveFailed', { reason: saveError })}
        </div>
      )}
      <span class="caption">
        {t('form.from', { organisation: localise(form.organisation, language, form.defaultLanguage).text })}
      </span>
      <h1>{title}</h1>
      <p>{localise(form.description, language, form.defaultLanguage).text}</p>
      <form onSubmit={submit} noValidate>
        {form.questions.map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            answer={answers[question.id]}
            error={problems.get(question.id)}
            language={language}
            fallbackLanguage={form.defaultLanguage}
            onAnswer={(value) => answer(question.id, value)}
          />
        ))}
        <p role="status" class="draft-status">
          {saveError
            ? ''
            : draftState === 'saving'
              ? t('form.draftSaving')
              : draftState === 'saved'
                ? t('form.draftSaved')
                : ''}
        </p>
        <button type="submit" class="button" disabled={submitting}>
          {t('form.submit')}
        </button>
      </form>
    </>
  );
}
