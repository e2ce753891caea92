import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { useDocumentTitle } from '../../use-document-title.ts';
import { problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { loadPublishedForms, type PublishedForm } from '../published-forms.ts';

/** `/officer/results`: each published consultation, linking to its results page editor. */
export function ResultsListPage() {
  useDocumentTitle(t('officerResults.listTitle'));
  const [forms, setForms] = useState<PublishedForm[] | string | undefined>(undefined);
  useEffect(() => {
    loadPublishedForms().then(setForms, (error) => setForms(problemText(error)));
  }, []);
  return (
    <>
      <PageHeading>{t('officerResults.listTitle')}</PageHeading>
      <p>{t('officerResults.listIntro')}</p>
      {forms === undefined ? (
        <p>{t('list.loading')}</p>
      ) : typeof forms === 'string' ? (
        <p class="notice notice--error">{t('officerResults.loadFailed', { problem: forms })}</p>
      ) : forms.length === 0 ? (
        <p>{t('officerResults.listEmpty')}</p>
      ) : (
        <ul class="officer-results__forms">
          {forms.map((form) => (
            <li key={form.id}>
              <a href={`/officer/results/${encodeURIComponent(form.id)}`}>
                {t('officerResults.edit', { title: form.title })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
