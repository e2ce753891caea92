import { useEffect } from 'preact/hooks';
import { localise } from '../../core/text.ts';
import { listLatestForms } from '../../db/forms.ts';
import { currentLanguage, t } from '../../i18n/i18n.ts';
import { OpportunitiesTeaser } from '../opportunities/OpportunitiesTeaser.tsx';
import { refreshForms } from '../refresh-forms.ts';
import { ResultsTeaser } from '../results/ResultsTeaser.tsx';
import { useDocumentTitle } from '../use-document-title.ts';
import { useLiveQuery } from '../use-live-query.ts';
import { kioskMode } from './kiosk-mode.ts';

/** The kiosk's welcome ("attract") screen: the consultations staff chose, in their order, and nothing else. */
export function AttractScreen() {
  const formIds = kioskMode.value?.formIds ?? [];
  const forms = useLiveQuery(listLatestForms, []);
  useDocumentTitle(t('kiosk.welcomeTitle'));
  useEffect(() => void refreshForms(), []);

  const language = currentLanguage();
  const chosen = forms && formIds.flatMap((id) => forms.filter((f) => f.id === id));
  return (
    <>
      <h1>{t('kiosk.welcomeTitle')}</h1>
      <p>{t('kiosk.welcomeIntro')}</p>
      {chosen === undefined ? (
        <p>{t('kiosk.welcomeLoading')}</p>
      ) : chosen.length === 0 ? (
        <p>{t('kiosk.welcomeEmpty')}</p>
      ) : (
        <ul class="card-list">
          {chosen.map(({ id, definition }) => {
            const title = localise(definition.title, language, definition.defaultLanguage);
            const description = localise(definition.description, language, definition.defaultLanguage);
            return (
              <li key={id} class="card">
                <h2 class="card__title">{title.text}</h2>
                <p>{description.text}</p>
                <a
                  class="button button--start"
                  href={`/c/${encodeURIComponent(id)}`}
                  aria-label={t('list.startLabel', { title: title.text })}
                >
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
