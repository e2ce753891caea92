import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { pruneHidden, screens } from '../../core/logic.ts';
import { referenceCode } from '../../core/reference-code.ts';
import { getDeviceId } from '../../db/device.ts';
import { submitResponse } from '../../db/outbox.ts';
import { t } from '../../i18n/i18n.ts';
import { scheduleSend } from '../../sw-bridge.ts';
import { storageErrorMessage } from '../storage-error.ts';
import { useDocumentTitle } from '../use-document-title.ts';
import { AnswerSummary } from './AnswerSummary.tsx';
import { problemFor } from './answer-problems.ts';
import { DraftStatus } from './DraftStatus.tsx';
import { FormNotFound } from './FormNotFound.tsx';
import { closeSession, openSession, session, setPosition } from './form-session.ts';
import { textPicker } from './form-text.ts';

/**
 * "Check your answers": every answer shown, each with a "Change" link that comes back here. Submit turns
 * the answers (less any that logic hid) into a response in the outbox, recording the event and channel
 * staff set for this tablet at /setup.
 */
export function CheckAnswersPage() {
  const { params } = useRoute();
  const { route } = useLocation();
  const formId = params.formId ?? '';
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => void openSession(formId), [formId]);
  useDocumentTitle(t('check.title'));

  const current = session.value;
  const open = current && current !== 'missing' && current.form.id === formId ? current : null;
  const all = open ? screens(open.form, open.answers) : [];
  const pick = open ? textPicker(open.form.defaultLanguage, open.reading) : null;
  // Anything still to answer (a link from an old draft, say) is answered first.
  const unfinished =
    open && pick ? all.find((s) => s.questions.some((q) => problemFor(q, open.answers[q.id], pick))) : undefined;

  useEffect(() => {
    if (!open) return;
    if (unfinished) route(`/c/${encodeURIComponent(formId)}/q/${unfinished.id}`, true);
    else setPosition('check');
  }, [open === null, unfinished?.id]);

  if (current === 'missing') return <FormNotFound />;
  if (!open || !pick || unfinished) return null;
  const base = `/c/${encodeURIComponent(formId)}`;

  async function submit() {
    if (!open || submitting) return;
    setSubmitting(true);
    setFailure(null);
    try {
      const deviceId = await getDeviceId();
      const answers = pruneHidden(open.form, open.answers);
      const response = await submitResponse(open.form, answers, {
        deviceId,
        language: open.reading.language,
        ...(open.assistance !== undefined && { assistance: open.assistance }),
      });
      void scheduleSend();
      closeSession();
      route(`${base}/done?ref=${referenceCode(response.id)}`, true);
    } catch (error) {
      setFailure(storageErrorMessage(error));
      setSubmitting(false);
    }
  }

  return (
    <>
      <a class="back-link" href={`${base}/q/${all[all.length - 1]?.id ?? ''}`}>
        {t('form.backLink')}
      </a>
      {failure && (
        <div class="notice notice--error" role="alert">
          {t('form.saveFailed', { reason: failure })}
        </div>
      )}
      <DraftStatus />
      <h1>{t('check.title')}</h1>
      <AnswerSummary
        screens={all}
        answers={open.answers}
        pick={pick}
        change={(screenId, label) => (
          <a href={`${base}/q/${screenId}?return=check`}>
            {t('check.change')}
            <span class="visually-hidden"> {label}</span>
          </a>
        )}
      />
      <h2>{t('check.sendTitle')}</h2>
      <p>{t('check.sendBody')}</p>
      <button type="button" class="button" disabled={submitting} onClick={submit}>
        {t('form.submit')}
      </button>
    </>
  );
}
