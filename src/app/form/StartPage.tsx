import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { screens } from '../../core/logic.ts';
import { t, timeLocale } from '../../i18n/i18n.ts';
import { kioskMode } from '../kiosk/kiosk-mode.ts';
import { paragraphs } from '../questions/ConsentQuestion.tsx';
import { useDocumentTitle } from '../use-document-title.ts';
import { closingDate } from './closing-date.ts';
import { FallbackNotice } from './FallbackNotice.tsx';
import { FormNotFound } from './FormNotFound.tsx';
import { type FormSession, openSession, session, startAgain } from './form-session.ts';
import { textPicker } from './form-text.ts';
import { ReadingChooser } from './ReadingChooser.tsx';

type StaffControl = ComponentType<{ session: FormSession }>;

/** Issue 8: the "For staff" control loads on its own, and never on a kiosk, so residents' first load stays small. */
function useStaffControl(): StaffControl | null {
  const [control, setControl] = useState<StaffControl | null>(null);
  const kiosk = kioskMode.value;
  useEffect(() => {
    if (kiosk !== null) return;
    void import('./StaffAssistance.tsx').then((m) => setControl(() => m.StaffAssistance));
  }, [kiosk]);
  return kiosk === null ? control : null;
}

/**
 * The start page: what the consultation is for, how long it takes, who is asking, and how the answers are
 * used (the privacy notice at the point of collection). With a draft, the person can carry on or start again.
 */
export function StartPage() {
  const { params } = useRoute();
  const { route } = useLocation();
  const formId = params.formId ?? '';
  const [confirmRestart, setConfirmRestart] = useState(false);
  const StaffAssistance = useStaffControl();
  useEffect(() => void openSession(formId), [formId]);
  const current = session.value;
  const form = current && current !== 'missing' && current.form.id === formId ? current : null;
  const pick = form ? textPicker(form.form.defaultLanguage, form.reading) : null;
  useDocumentTitle(form && pick ? pick(form.form.title).text : '');

  if (current === 'missing') return <FormNotFound />;
  if (!form || !pick) return null;
  const { form: definition } = form;
  const first = screens(definition, {})[0]?.id;
  const base = `/c/${encodeURIComponent(definition.id)}`;
  const resumeAt =
    form.position === 'check' ? `${base}/check` : form.position ? `${base}/q/${form.position}` : `${base}/q/${first}`;
  const title = pick(definition.title);
  const privacy = definition.privacy;

  return (
    <>
      <a class="back-link" href="/">
        {t('form.back')}
      </a>
      <span class="caption" lang={pick(definition.organisation).lang}>
        {pick(definition.organisation).text}
      </span>
      <h1 lang={title.lang}>{title.text}</h1>
      <div lang={pick(definition.description).lang}>{paragraphs(pick(definition.description).text)}</div>
      <p>{t('start.duration', { count: definition.estimatedMinutes })}</p>
      {definition.closesOn && <p>{t('start.closesOn', { date: closingDate(definition.closesOn, timeLocale()) })}</p>}
      <FallbackNotice shown={[title, pick(definition.description)]} chosen={form.reading.language} />
      <ReadingChooser session={form} />

      {form.hasDraft ? (
        confirmRestart ? (
          <div class="notice" role="alert">
            <h2 class="notice__title">{t('start.restartTitle')}</h2>
            <p>{t('start.restartBody')}</p>
            <div class="button-group">
              <button
                type="button"
                class="button button--warning"
                onClick={async () => {
                  await startAgain();
                  setConfirmRestart(false);
                  route(`${base}/q/${first}`);
                }}
              >
                {t('start.restartYes')}
              </button>
              <button type="button" class="button button--secondary" onClick={() => setConfirmRestart(false)}>
                {t('start.restartNo')}
              </button>
            </div>
          </div>
        ) : (
          <>
            <p>{t('start.draftFound')}</p>
            <div class="button-group">
              <a class="button" href={resumeAt}>
                {t('start.resume')}
              </a>
              <button type="button" class="button button--secondary" onClick={() => setConfirmRestart(true)}>
                {t('start.restart')}
              </button>
            </div>
          </>
        )
      ) : (
        <a class="button button--start" href={`${base}/q/${first}`}>
          {t('start.startNow')}
        </a>
      )}

      {StaffAssistance && <StaffAssistance session={form} />}

      <h2>{t('start.privacyTitle')}</h2>
      {(
        [
          ['start.privacyWho', privacy.controller],
          ['start.privacyWhy', privacy.purpose],
          ['start.privacyKept', privacy.retention],
          ['start.privacyRights', privacy.rights],
        ] as const
      ).map(([heading, text]) => (
        <div key={heading}>
          <h3>{t(heading)}</h3>
          <div lang={pick(text).lang}>{paragraphs(pick(text).text)}</div>
        </div>
      ))}
    </>
  );
}
