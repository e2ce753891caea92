import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { SendSummary } from '../core/messages.ts';
import { getLastSend } from '../db/device.ts';
import { countOutbox } from '../db/outbox.ts';
import { getEnrolment } from '../db/tablet-setup.ts';
import { t, timeLocale } from '../i18n/i18n.ts';
import { requestSend } from '../sw-bridge.ts';
import { waitingText } from './opportunities/outbox-text.ts';
import { SendProgressBar } from './SendProgressBar.tsx';
import { accessProblem } from './tablet-access.ts';
import { useLiveQuery } from './use-live-query.ts';
import { useSendReports } from './use-send-reports.ts';

/**
 * How many responses wait on this tablet and whether the last send worked, with "Send now".
 * A polite live region, so screen-reader users hear "All responses sent" without losing their place.
 */
export function OutboxStatus() {
  const [sending, setSending] = useState(false);
  const reports = useSendReports(() => setSending(false));
  const counts = useLiveQuery(countOutbox, [reports]);
  const lastSend = useLiveQuery(getLastSend, [reports]);
  const enrolment = useLiveQuery(async () => (await getEnrolment()) ?? null, []);
  // A "not set up" or "access withdrawn" from before staff set the tablet up (again) is no longer true.
  const stale = lastSend && isAccessFailure(lastSend) && enrolment !== undefined && !accessProblem(lastSend, enrolment);

  async function sendNow() {
    setSending(true);
    // The worker always reports back; the timeout only frees the button if the worker was stopped mid-send.
    setTimeout(() => setSending(false), 30_000);
    if (!(await requestSend())) setSending(false);
  }

  return (
    <section class="outbox" aria-labelledby="outbox-heading">
      <h2 id="outbox-heading" class="visually-hidden">
        {t('outbox.heading')}
      </h2>
      <div role="status" class="outbox__status">
        {counts && (
          <p class="outbox__count">
            {counts.waiting > 0
              ? (waitingText(counts) ?? t('outbox.waiting', { count: counts.waiting }))
              : lastSend && !lastSend.failure
                ? t('outbox.allSent')
                : t('outbox.nothing')}
          </p>
        )}
        {counts && counts.attention > 0 && <p>{t('outbox.attention', { count: counts.attention })}</p>}
        {lastSend && !stale && <p class="outbox__last">{describeLastSend(lastSend)}</p>}
      </div>
      <SendProgressBar />
      <div class="outbox__actions">
        <button type="button" class="button button--secondary" onClick={sendNow} disabled={sending}>
          {sending ? t('outbox.sending') : t('outbox.sendNow')}
        </button>
        <a href="/status">{t('outbox.statusLink')}</a>
      </div>
    </section>
  );
}

function describeLastSend({ at, failure }: SendSummary): ComponentChildren {
  const time = new Date(at).toLocaleTimeString(timeLocale(), { hour: '2-digit', minute: '2-digit' });
  switch (failure?.code) {
    case undefined:
      return t('outbox.lastOk', { time });
    case 'offline':
      return t('outbox.lastOffline', { time });
    case 'timeout':
      return t('outbox.lastTimeout', { time });
    case 'server-error':
      return failure.status === 429
        ? t('outbox.lastBusy', { time })
        : t('outbox.lastServerError', { time, status: failure.status });
    case 'refused':
      return t('outbox.lastRefused', { time, message: failure.message });
    case 'bad-reply':
      return t('outbox.lastBadReply', { time });
    case 'not-enrolled':
      return (
        <>
          {t('outbox.notEnrolled')} <a href="/setup">{t('outbox.setUpLink')}</a>
        </>
      );
    case 'revoked':
      return (
        <>
          {t('outbox.revoked')} <a href="/setup">{t('outbox.newCodeLink')}</a>
        </>
      );
  }
}

function isAccessFailure({ failure }: SendSummary): boolean {
  return failure?.code === 'not-enrolled' || failure?.code === 'revoked';
}
