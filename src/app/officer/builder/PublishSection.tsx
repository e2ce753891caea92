import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { checkFormDefinition, type FormDefinition } from '../../../core/form.ts';
import { localise } from '../../../core/text.ts';
import { t } from '../../../i18n/i18n.ts';
import { jsonBody, OfficerApiError, officerFetch } from '../officer-api.ts';
import { nextScreenNotice, officerCall, problemText } from '../officer-session.ts';
import { CheckboxField } from './builder-fields.tsx';
import { DeleteDraft } from './DraftActions.tsx';
import { closeDraft, draftPath, saveNow } from './draft-session.ts';
import { languageLabel } from './languages.ts';
import { problemHref, problemTarget } from './problem-target.ts';
import { problemWords } from './problem-words.ts';
import { completeness, translationLanguages } from './translation-completeness.ts';

/**
 * Check and publish: every problem the publishing checks find (and any the endpoint adds), each a link to the
 * field to fix; a warning naming each incomplete translation, which the officer must confirm; then
 * publishing, which makes the next version for good and deletes the draft.
 */
export function PublishSection({ form }: { form: FormDefinition }) {
  const { params } = useRoute();
  const { route } = useLocation();
  const [serverProblems, setServerProblems] = useState<string[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmError, setConfirmError] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const problemsRef = useRef<HTMLElement>(null);
  const failureRef = useRef<HTMLParagraphElement>(null);
  const checked = checkFormDefinition(form);
  const problems = [
    ...(checked.ok ? [] : checked.errors),
    ...serverProblems.filter((p) => checked.ok || !checked.errors.includes(p)),
  ];
  const incomplete = translationLanguages(form)
    .map((language) => completeness(form, language))
    .filter((figure) => figure.percent < 100);
  const base = `/officer/forms/drafts/${encodeURIComponent(params.id ?? form.id)}`;
  const name = localise(form.title, form.defaultLanguage, form.defaultLanguage).text;
  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  async function publish() {
    setFailure('');
    if (problems.length > 0) {
      problemsRef.current?.focus();
      return;
    }
    if (incomplete.length > 0 && !confirmed) {
      setConfirmError(t('builder.publish.confirmMissing'));
      document.getElementById('publish-confirm')?.focus();
      return;
    }
    setConfirmError('');
    setBusy(true);
    try {
      if (!(await saveNow())) throw new OfficerApiError(0, 'not-saved', t('builder.publish.notSaved'));
      const reply = await fetchPublish(form);
      if (reply.kind === 'problems') {
        setServerProblems(reply.problems);
        setBusy(false);
        requestAnimationFrame(() => problemsRef.current?.focus());
        return;
      }
      await officerCall(draftPath(form.id), { method: 'DELETE' });
      closeDraft();
      nextScreenNotice.value = t('builder.publish.done', { version: form.version, title: name });
      route('/officer/forms');
    } catch (error) {
      setFailure(problemText(error));
      setBusy(false);
    }
  }

  return (
    <>
      <h2>{t('builder.publish.heading')}</h2>
      {problems.length > 0 ? (
        <section class="error-summary" ref={problemsRef} tabIndex={-1} aria-labelledby="publish-problems-title">
          <h3 id="publish-problems-title" class="error-summary__title">
            {t('builder.publish.problems', { count: problems.length })}
          </h3>
          <ul class="error-summary__list">
            {problems.map((problem) => (
              <li key={problem}>
                <a href={problemHref(base, problemTarget(problem, form.defaultLanguage))}>
                  {problemWords(form, problem)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p>{t('builder.publish.noProblems')}</p>
      )}
      {incomplete.length > 0 && (
        <div class="notice builder-warning">
          <h3>{t('builder.publish.incompleteTitle')}</h3>
          <ul>
            {incomplete.map((figure) => (
              <li key={figure.language}>
                {t('builder.translations.figure', {
                  language: languageLabel(figure.language),
                  translated: figure.translated,
                  total: figure.total,
                  percent: figure.percent,
                })}
              </li>
            ))}
          </ul>
          <p>{t('builder.publish.fallback', { language: languageLabel(form.defaultLanguage) })}</p>
          {confirmError && (
            <p id="publish-confirm-error" class="field-error">
              <span class="visually-hidden">{t('form.errorPrefix')} </span>
              {confirmError}
            </p>
          )}
          <CheckboxField
            id="publish-confirm"
            label={t('builder.publish.confirm', { language: languageLabel(form.defaultLanguage) })}
            checked={confirmed}
            onChecked={setConfirmed}
          />
        </div>
      )}
      <p>{t('builder.publish.what', { version: form.version })}</p>
      {failure && (
        <p class="field-error" role="alert" ref={failureRef} tabIndex={-1}>
          {failure}
        </p>
      )}
      <button type="button" class="button" disabled={busy} onClick={() => void publish()}>
        {t('builder.publish.button', { version: form.version })}
      </button>
      <h3>{t('builder.deleteDraft.heading')}</h3>
      <DeleteDraft form={form} />
    </>
  );
}

type PublishReply = { kind: 'published' } | { kind: 'problems'; problems: string[] };

/** POST /api/forms: a 400 lists every problem (by question), shown like the checks' own; others throw. */
async function fetchPublish(form: FormDefinition): Promise<PublishReply> {
  let reply: Response;
  try {
    reply = await officerFetch('/api/forms', jsonBody('POST', form));
  } catch {
    throw new OfficerApiError(0, 'offline', t('officer.offline'));
  }
  if (reply.ok) return { kind: 'published' };
  const body = (await reply.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
    problems?: { message: string }[];
  } | null;
  if (reply.status === 400 && body?.problems)
    return { kind: 'problems', problems: body.problems.map((p) => p.message) };
  throw new OfficerApiError(
    reply.status,
    body?.error?.code ?? 'unknown',
    body?.error?.message ?? `The endpoint answered ${reply.status}.`,
  );
}
