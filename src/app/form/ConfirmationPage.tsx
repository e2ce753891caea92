import { useEffect, useRef } from 'preact/hooks';
import { lazy, useRoute } from 'preact-iso';
import { t } from '../../i18n/i18n.ts';
import { kioskMode } from '../kiosk/kiosk-mode.ts';
import { useDocumentTitle } from '../use-document-title.ts';

// Loaded on demand (the worker precaches it), so the first visit does not carry it.
const ReferenceSlip = lazy(() => import('../results/ReferenceSlip.tsx').then((m) => m.ReferenceSlip));

/** After Submit: the answers are safe on this tablet, here is a reference to write down, nothing else to do. */
export function ConfirmationPage() {
  const { query, params } = useRoute();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('done.title'));
  useEffect(() => headingRef.current?.focus(), []);
  // On a kiosk, "Finish" (or the idle reset) clears everything for the next person.
  const kiosk = kioskMode.value;
  const reference = /^[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(query.ref ?? '') ? query.ref : null;
  return (
    <>
      <div class="panel">
        <h1 class="panel__title" ref={headingRef} tabIndex={-1}>
          {t('done.title')}
        </h1>
        <p class="panel__body">{t('done.saved')}</p>
        {reference && (
          <p class="panel__body">
            {t('done.reference')}
            <br />
            <strong class="panel__reference">{reference}</strong>
          </p>
        )}
      </div>
      <p>{t('done.next')}</p>
      {reference && <p>{t('done.referenceUse')}</p>}
      {reference && <ReferenceSlip formId={params.formId ?? ''} reference={reference} />}
      {kiosk ? (
        <>
          <p>{t('kiosk.finishHint')}</p>
          <button
            type="button"
            class="button"
            onClick={() => void import('../kiosk/kiosk-reset.ts').then((m) => m.resetKiosk(kiosk))}
          >
            {t('kiosk.finish')}
          </button>
        </>
      ) : (
        <a class="button" href="/">
          {t('done.another')}
        </a>
      )}
    </>
  );
}
