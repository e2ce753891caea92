import { useEffect, useRef } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { db } from '../../db/db.ts';
import { currentLanguage, t } from '../../i18n/i18n.ts';
import { languageName } from '../form/form-text.ts';
import { useDocumentTitle } from '../use-document-title.ts';
import { useLiveQuery } from '../use-live-query.ts';
import { ParticipationFigures } from './ParticipationFigures.tsx';
import { ResultsSections } from './ResultsSections.tsx';
import { resultsTextPicker, resultsTexts } from './results-text.ts';

/**
 * `/results/:formId`: one consultation's "You said, we did" page from the tablet's copy, in the reader's
 * language where translated (saying so where not); prints as an A4 poster for a noticeboard.
 */
export function ResultsScreen() {
  const { params } = useRoute();
  const formId = params.formId ?? '';
  const page = useLiveQuery(() => db.results.get(formId).then((found) => found ?? null), [formId]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const language = currentLanguage();
  const title = page ? resultsTextPicker(page, language)(page.title) : undefined;
  useDocumentTitle(title ? t('results.pageTitle', { title: title.text }) : t('results.teaserHeading'));
  useEffect(() => headingRef.current?.focus(), [page === undefined]);

  if (page === undefined) return <p>{t('list.loading')}</p>;
  if (page === null || !title) {
    return (
      <>
        <h1 ref={headingRef} tabIndex={-1}>
          {t('results.teaserHeading')}
        </h1>
        <p>{t('results.notHere')}</p>
        <a class="button" href="/">
          {t('done.another')}
        </a>
      </>
    );
  }
  const pick = resultsTextPicker(page, language);
  const fallback = resultsTexts(page)
    .map(pick)
    .find((shown) => shown.isFallback);
  return (
    <article class="results-page">
      <p class="results-page__kicker">{t('results.teaserHeading')}</p>
      <h1 ref={headingRef} tabIndex={-1} lang={title.lang}>
        {title.text}
      </h1>
      {fallback && (
        <p class="notice">
          {t('form.notTranslated', { language: languageName(language), shown: languageName(fallback.lang) })}
        </p>
      )}
      <ParticipationFigures participation={page.participation} />
      <ResultsSections page={page} language={language} />
      <section class="results-page__lookup" aria-labelledby="results-lookup">
        <h2 id="results-lookup">{t('results.posterLookupHeading')}</h2>
        <p>{t('results.posterLookup')}</p>
      </section>
      <div class="results-page__actions">
        <button type="button" class="button" onClick={() => window.print()}>
          {t('results.printPoster')}
        </button>
        <a class="button button--secondary" href="/results/lookup">
          {t('results.lookupLink')}
        </a>
        <a href="/">{t('done.another')}</a>
      </div>
    </article>
  );
}
