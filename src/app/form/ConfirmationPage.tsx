import { useEffect, useRef } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { t } from '../../i18n/i18n.ts';
import { useDocumentTitle } from '../use-document-title.ts';

/** After Submit: the answers are safe on this tablet, here is a reference to write down, nothing else to do. */
export function ConfirmationPage() {
  const { query } = useRoute();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('done.title'));
  useEffect(() => headingRef.current?.focus(), []);
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
      <a class="button" href="/">
        {t('done.another')}
      </a>
    </>
  );
}
