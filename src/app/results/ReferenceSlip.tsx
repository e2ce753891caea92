import { useEffect } from 'preact/hooks';
import { baseLanguage, localise } from '../../core/text.ts';
import { getForm } from '../../db/forms.ts';
import { currentLanguage, t } from '../../i18n/i18n.ts';
import { useLiveQuery } from '../use-live-query.ts';

const PRINTING = 'printing-reference';

/**
 * On the confirmation screen: "Print or write down your reference", with a button that prints just the
 * reference and the consultation's name (styles.css hides everything else while `printing-reference` is set).
 */
export function ReferenceSlip({ formId, reference }: { formId: string; reference: string }) {
  const form = useLiveQuery(() => getForm(formId), [formId]);
  useEffect(() => {
    const done = () => document.body.classList.remove(PRINTING);
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('afterprint', done);
      done();
    };
  }, []);
  const title = form && localise(form.definition.title, currentLanguage(), form.definition.defaultLanguage);
  return (
    <section class="reference-slip" aria-labelledby="reference-slip-heading">
      <h2 id="reference-slip-heading">{t('results.keepReference')}</h2>
      <div class="reference-slip__printed">
        {title && (
          <p lang={baseLanguage(title.language)}>
            <strong>{title.text}</strong>
          </p>
        )}
        {/* One line of text, so the code stands alone only in the confirmation panel above. */}
        <p class="reference-slip__code">{`${t('done.reference')} ${reference}`}</p>
        <p>{t('results.slipHint')}</p>
      </div>
      <div class="reference-slip__actions">
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            document.body.classList.add(PRINTING);
            window.print();
          }}
        >
          {t('results.printReference')}
        </button>
        <a href="/results/lookup">{t('results.lookupLink')}</a>
      </div>
    </section>
  );
}
