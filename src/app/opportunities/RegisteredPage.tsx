import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { t } from '../../i18n/i18n.ts';
import { kioskMode } from '../kiosk/kiosk-mode.ts';
import { useDocumentTitle } from '../use-document-title.ts';
import { lastRegistration } from './last-registration.ts';
import { opportunityPath } from './opportunity-text.ts';

/**
 * `/opportunities/:id/registered`: the confirmation, saying how the council will be in touch. It shows only
 * what this page was just given in memory; opened any other way (a reload, a kiosk after its reset) it goes
 * to the opportunity instead, so nothing of the last person can be reached.
 */
export function RegisteredPage() {
  const { params } = useRoute();
  const { route } = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const kiosk = kioskMode.value;
  // Read once and then forgotten: going Back and Forward again (on a kiosk, the next person) finds nothing.
  const [done] = useState(() => lastRegistration.peek());
  const matches = done !== null && done.opportunityId === params.id;
  useDocumentTitle(t('opportunities.doneTitle'));
  useEffect(() => {
    lastRegistration.value = null;
    if (!matches) route(opportunityPath(params.id ?? ''), true);
    else headingRef.current?.focus();
  }, [matches]);
  if (!matches || !done) return null;

  const how = {
    email: t('opportunities.doneEmail', { value: done.contactValue }),
    phone: t('opportunities.donePhone', { value: done.contactValue }),
    post: t('opportunities.donePost'),
    venue: t('opportunities.doneVenue', { venue: done.contactValue }),
    none: t('opportunities.doneNone'),
  }[done.contactMethod];

  function finish() {
    lastRegistration.value = null;
    if (kiosk) void import('../kiosk/kiosk-reset.ts').then((m) => m.resetKiosk(kiosk));
    else route('/');
  }

  return (
    <>
      <div class="panel">
        <h1 class="panel__title" ref={headingRef} tabIndex={-1}>
          {t('opportunities.doneTitle')}
        </h1>
        <p class="panel__body">{how}</p>
      </div>
      <p>{t('opportunities.doneSaved')}</p>
      {kiosk && <p>{t('kiosk.finishHint')}</p>}
      <button type="button" class="button" onClick={finish}>
        {kiosk ? t('kiosk.finish') : t('opportunities.doneHome')}
      </button>
    </>
  );
}
