import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { useDocumentTitle } from './use-document-title.ts';

/** After Submit: says plainly that the answers are safe on this tablet and will be sent for them. */
export function ConfirmationPage() {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('done.title'));
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <>
      <div class="panel">
        <h1 class="panel__title" ref={headingRef} tabIndex={-1}>
          {t('done.title')}
        </h1>
        <p class="panel__body">{t('done.saved')}</p>
      </div>
      <p>{t('done.next')}</p>
      <a class="button" href="/">
        {t('done.another')}
      </a>
    </>
  );
}
