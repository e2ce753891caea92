import { useEffect, useState } from 'preact/hooks';
import { localise } from '../core/text.ts';
import { db } from '../db/db.ts';
import { listLatestForms } from '../db/forms.ts';
import { currentLanguage, t } from '../i18n/i18n.ts';
import { type RefreshOutcome, refreshForms } from './refresh-forms.ts';
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
            const title = localise(definition.title, language, definition.defaultLanguage).text;
            return (
              <li key={id} class="card">
                <h2 class="card__title">{title}</h2>
                <p>{localise(definition.description, language, definition.defaultLanguage).text}</p>
                {drafts?.includes(id) && <p class="card__note">{t('list.resume')}</p>}
                <a class="button" href={`/c/${encodeURIComponent(id)}`} aria-label={t('list.startLabel', { title })}>
                  {t('list.start')}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
