import { useEffect, useState } from 'preact/hooks';
import { baseLanguage, localise } from '../core/text.ts';
import { db } from '../db/db.ts';
import { listLatestForms } from '../db/forms.ts';
import { currentLanguage, t } from '../i18n/i18n.ts';
import { OpportunitiesTeaser } from './opportunities/OpportunitiesTeaser.tsx';
import { type RefreshOutcome, refreshForms } from './refresh-forms.ts';
import { ResultsTeaser } from './results/ResultsTeaser.tsx';
import { useDocumentTitle } from './use-document-title.ts';
import { useLiveQuery } from './use-live-query.ts';

export function ConsultationList() {
  const forms = useLiveQuery(listLatestForms, []);
  const drafts = useLiveQuery(() => db.drafts.toCollection().primaryKeys(), []);
  const [refresh, setRefresh] = useState<RefreshOutcome | 'pending'>('pending');
  useDocumentTitle(t('list.title'));

  useEffect(() => {
    void refreshForms().then(setRefresh);
  }, []);

  const language = currentLanguage();
  return (
    <>
      <h1>{t('list.title')}</h1>
      <p>{t('list.intro')}</p>
      {refresh === 'offline' && <p class="notice">{t('list.offline')}</p>}
      {forms === undefined || (forms.length === 0 && refresh === 'pending') ? (
        <p>{t('list.loading')}</p>
      ) : forms.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul class="card-list">
          {forms.map(({ id, definition }) => {
            // Easy Read screens ask for Easy Read titles ("en-x-easy"), falling back to the form's language.
            const shown = localise(definition.title, language, definition.defaultLanguage);
            const title = shown.text;
            const description = localise(definition.description, language, definition.defaultLanguage);
            return (
              <li key={id} class="card">
                <h2 class="card__title" lang={baseLanguage(shown.language)}>
                  {title}
                </h2>
                <p lang={baseLanguage(description.language)}>{description.text}</p>
                {drafts?.includes(id) && <p class="card__note">{t('list.resume')}</p>}
                <a class="button" href={`/c/${encodeURIComponent(id)}`} aria-label={t('list.startLabel', { title })}>
                  {t('list.start')}
                </a>
              </li>
            );
          })}
        </ul>
      )}
      <OpportunitiesTeaser />
      <ResultsTeaser />
    </>
  );
}
