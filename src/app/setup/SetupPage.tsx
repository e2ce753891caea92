import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { getLastSend } from '../../db/device.ts';
import { type Collecting, getCollecting, getEnrolment } from '../../db/tablet-setup.ts';
import { t } from '../../i18n/i18n.ts';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { accessProblem } from '../tablet-access.ts';
import { useDocumentTitle } from '../use-document-title.ts';
import { useLiveQuery } from '../use-live-query.ts';
import { useSendReports } from '../use-send-reports.ts';
import { CollectingForm, EVENT_FIELD } from './CollectingForm.tsx';
import { channelName } from './channel-text.ts';
import { CODE_FIELD, EnrolForm } from './EnrolForm.tsx';

/**
 * For staff: "Set up this tablet". The code comes from an officer (typed, or in the QR's `?code=`); the
 * endpoint trades it for this tablet's token. Then staff say where and how the tablet collects.
 */
export function SetupPage() {
  const { query } = useRoute();
  const reports = useSendReports();
  const enrolment = useLiveQuery(async () => (await getEnrolment()) ?? null, []);
  const collecting = useLiveQuery(getCollecting, []);
  const lastSend = useLiveQuery(getLastSend, [reports]);
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [justEnrolled, setJustEnrolled] = useState(false);
  const [wantsNewCode, setWantsNewCode] = useState(false);
  const [saved, setSaved] = useState<Collecting | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const enrolledRef = useRef<HTMLDivElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(problems.size ? t('form.errorTitle', { title: t('setup.title') }) : t('setup.title'));

  useEffect(() => {
    if (problems.size) summaryRef.current?.focus();
  }, [problems]);
  // Focus the confirmation once it shows the new label (the database read may come a moment after).
  useEffect(() => {
    if (justEnrolled) enrolledRef.current?.focus();
  }, [justEnrolled, enrolment?.enrolledAt]);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  if (enrolment === undefined || collecting === undefined) return null;
  const problem = justEnrolled ? null : accessProblem(lastSend, enrolment);
  const codeInLink = query.code ?? '';
  const askForCode = !enrolment || problem !== null || wantsNewCode || (codeInLink !== '' && !justEnrolled);

  function report(field: string) {
    return (message: string | null) => setProblems(message ? new Map([[field, message]]) : new Map());
  }

  return (
    <>
      {problems.size > 0 && <ErrorSummary focusRef={summaryRef} problems={problems} />}
      <h1>{t('setup.title')}</h1>
      {problem !== null && enrolment && (
        <div class="notice notice--error">
          <p>{problem === 'revoked' ? t('setup.revoked') : t('setup.unknown')}</p>
        </div>
      )}
      {enrolment && problem === null && (
        <div class="notice notice--success" ref={enrolledRef} tabIndex={-1}>
          <p>{t('setup.enrolledAs', { label: enrolment.label })}</p>
        </div>
      )}

      {askForCode ? (
        <>
          <p>{t('setup.codeIntro')}</p>
          <EnrolForm
            initialCode={codeInLink}
            error={problems.get(CODE_FIELD)}
            onProblem={report(CODE_FIELD)}
            onEnrolled={() => {
              setWantsNewCode(false);
              setJustEnrolled(true);
            }}
          />
        </>
      ) : (
        <button type="button" class="button button--secondary" onClick={() => setWantsNewCode(true)}>
          {t('setup.newCode')}
        </button>
      )}

      {enrolment && problem === null && (
        <>
          <h2>{t('setup.collectingHeading')}</h2>
          <p>{t('setup.collectingIntro')}</p>
          <CollectingForm
            current={collecting}
            error={problems.get(EVENT_FIELD)}
            onProblem={report(EVENT_FIELD)}
            onSaved={setSaved}
          />
          {saved && (
            <div class="notice notice--success" ref={savedRef} tabIndex={-1}>
              <p>
                {saved.event
                  ? t('setup.savedWithEvent', { event: saved.event, channel: channelName(saved.channel) })
                  : t('setup.savedNoEvent', { channel: channelName(saved.channel) })}
              </p>
              <a href="/">{t('setup.backToList')}</a>
            </div>
          )}
        </>
      )}

      <h2>{t('kiosk.setupTitle')}</h2>
      <p>{t('kiosk.setupLinkHint')}</p>
      <a class="button button--secondary" href="/setup/kiosk">
        {t('kiosk.setupLink')}
      </a>
    </>
  );
}
