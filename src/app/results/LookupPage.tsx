import { useEffect, useRef, useState } from 'preact/hooks';
import { normaliseReferenceCode } from '../../core/reference-code.ts';
import { baseLanguage, localise } from '../../core/text.ts';
import { currentLanguage, t } from '../../i18n/i18n.ts';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { fieldId } from '../questions/QuestionFrame.tsx';
import { useDocumentTitle } from '../use-document-title.ts';
import { lookupReference, type ReferenceFinding } from './lookup-reference.ts';

const FIELD = 'reference';

/**
 * `/results/lookup`: a resident types the reference from their confirmation screen (case, spaces and
 * I/L/O forgiven) and sees which consultation it belongs to and what happened, on this tablet, offline.
 */
export function LookupPage() {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [finding, setFinding] = useState<(ReferenceFinding & { code: string }) | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(problem ? t('form.errorTitle', { title: t('results.lookupTitle') }) : t('results.lookupTitle'));
  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (problem) summaryRef.current?.focus();
  }, [problem]);
  useEffect(() => {
    if (finding) resultRef.current?.focus();
  }, [finding]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const code = normaliseReferenceCode(typed);
    if (!code) {
      setFinding(null);
      setProblem(t('results.lookupInvalid'));
      return;
    }
    setProblem(null);
    setFinding({ ...(await lookupReference(code)), code });
  };

  const language = currentLanguage();
  const title = (found: Extract<ReferenceFinding, { formId: string }>) => {
    if (!found.title) return { text: found.formId, lang: undefined };
    const shown = localise(found.title, language, found.defaultLanguage ?? 'en');
    return { text: shown.text, lang: baseLanguage(shown.language) };
  };
  return (
    <>
      {problem && <ErrorSummary problems={new Map([[FIELD, problem]])} focusRef={summaryRef} />}
      <h1 ref={headingRef} tabIndex={-1}>
        {t('results.lookupTitle')}
      </h1>
      <p>{t('results.lookupIntro')}</p>
      <form onSubmit={submit} noValidate>
        <div class={`question${problem ? ' question--error' : ''}`}>
          <label for={fieldId(FIELD)} class="question__label">
            {t('results.lookupLabel')}
          </label>
          <p class="hint" id={`${fieldId(FIELD)}-hint`}>
            {t('results.lookupHint')}
          </p>
          {problem && (
            <p class="field-error" id={`${fieldId(FIELD)}-error`}>
              <span class="visually-hidden">{t('form.errorPrefix')}</span> {problem}
            </p>
          )}
          <input
            id={fieldId(FIELD)}
            class="input input--code"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            value={typed}
            aria-describedby={`${fieldId(FIELD)}-hint${problem ? ` ${fieldId(FIELD)}-error` : ''}`}
            aria-invalid={problem ? 'true' : undefined}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button">
          {t('results.lookupButton')}
        </button>
      </form>
      {finding && (
        <div class="notice results-lookup__finding" ref={resultRef} tabIndex={-1} role="status">
          {finding.kind === 'unknown' ? (
            <p>{t('results.lookupUnknown', { code: finding.code })}</p>
          ) : (
            <>
              <p>
                {t(finding.kind === 'waiting' ? 'results.lookupWaiting' : 'results.lookupReceived', {
                  code: finding.code,
                })}
              </p>
              <p class="results-lookup__consultation" lang={title(finding).lang}>
                {title(finding).text}
              </p>
              {finding.kind === 'received' && finding.published ? (
                <a class="button" href={`/results/${encodeURIComponent(finding.formId)}`}>
                  {t('results.seeResults')}
                </a>
              ) : (
                <p>{t('results.notYet')}</p>
              )}
            </>
          )}
        </div>
      )}
      <p>
        <a href="/">{t('done.another')}</a>
      </p>
    </>
  );
}
