import { useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { requestPersistentStorage } from '../../storage-status.ts';
import { fieldId } from '../questions/QuestionFrame.tsx';
import { enrolTablet } from './enrol-tablet.ts';
import { tidySetupCode } from './setup-code.ts';

/** The key of the code field in the page's error summary. */
export const CODE_FIELD = 'setup-code';

/**
 * The set-up code and "Set up this tablet". The page shows problems in its error summary; the message
 * also stands by the field, GOV.UK style.
 */
export function EnrolForm({
  initialCode,
  error,
  onProblem,
  onEnrolled,
}: {
  initialCode: string;
  error: string | undefined;
  onProblem: (message: string | null) => void;
  onEnrolled: (label: string) => void;
}) {
  const [typed, setTyped] = useState(initialCode);
  const [busy, setBusy] = useState(false);
  const id = fieldId(CODE_FIELD);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const code = tidySetupCode(typed);
    if (!code) {
      onProblem(typed.trim() === '' ? t('setup.codeMissing') : t('setup.codeShape'));
      return;
    }
    setBusy(true);
    onProblem(null);
    const outcome = await enrolTablet(code);
    setBusy(false);
    if (outcome.ok) {
      // Staff, not a resident, are holding the tablet now: the moment to ask the browser to keep responses safe
      // (Firefox asks the person in front of it; Chromium decides by itself). The status page shows the answer.
      void requestPersistentStorage();
      onEnrolled(outcome.label);
    } else onProblem(outcome.message);
  }

  return (
    <form onSubmit={submit} noValidate>
      <div class={`question${error ? ' question--error' : ''}`}>
        <label class="question__legend" for={id}>
          {t('setup.codeLabel')}
        </label>
        <div id={`${id}-hint`} class="hint">
          {t('setup.codeHint')}
        </div>
        {error && (
          <p id={`${id}-error`} class="field-error">
            <span class="visually-hidden">{t('form.errorPrefix')} </span>
            {error}
          </p>
        )}
        <input
          id={id}
          name="code"
          class="input input--code"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellcheck={false}
          value={typed}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="button" disabled={busy}>
        {busy ? t('setup.enrolling') : t('setup.submit')}
      </button>
    </form>
  );
}
