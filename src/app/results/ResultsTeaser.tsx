import { baseLanguage, localise } from '../../core/text.ts';
import { db } from '../../db/db.ts';
import { currentLanguage, t } from '../../i18n/i18n.ts';
import { useLiveQuery } from '../use-live-query.ts';

/**
 * The welcome screen's "You said, we did" section (plain list and kiosk): a link to each published results
 * page on this tablet, and to the reference lookup. Small on purpose: it is part of every first load.
 */
export function ResultsTeaser() {
  const pages = useLiveQuery(() => db.results.toArray(), []);
  const language = currentLanguage();
  return (
    <section class="results-teaser" aria-labelledby="results-teaser-heading">
      <h2 id="results-teaser-heading">{t('results.teaserHeading')}</h2>
      <p>{t('results.teaserIntro')}</p>
      {pages && pages.length > 0 && (
        <ul class="results-teaser__list">
          {pages.map((page) => {
            const title = localise(page.title, language, page.defaultLanguage);
            return (
              <li key={page.formId}>
                <a href={`/results/${encodeURIComponent(page.formId)}`} lang={baseLanguage(title.language)}>
                  {title.text}
                </a>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <a href="/results/lookup">{t('results.lookupLink')}</a>
      </p>
    </section>
  );
}
