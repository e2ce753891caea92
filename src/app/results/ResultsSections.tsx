import type { ResultsPage } from '../../core/results-page.ts';
import { t } from '../../i18n/i18n.ts';
import { formatDate, resultsTextPicker } from './results-text.ts';

/**
 * What people said (themes, each with its quotes as block quotes) and what the council will do (outcomes,
 * each with who, by when, how we will know, and its status in words, never colour alone). Used by the
 * results page, its poster and the consultation report. Headings start at `headingLevel` (h2 unless the
 * page places them under a heading of its own, as the consultation report does).
 */
export function ResultsSections({
  page,
  language,
  headingLevel = 2,
}: {
  page: ResultsPage;
  language: string;
  headingLevel?: 2 | 3;
}) {
  const pick = resultsTextPicker(page, language);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Subheading = headingLevel === 2 ? 'h3' : 'h4';
  const { themes, outcomes } = page.content;
  return (
    <>
      {themes.length > 0 && (
        <section class="results__section" aria-labelledby="results-said">
          <Heading id="results-said">{t('results.saidHeading')}</Heading>
          {themes.map((theme) => {
            const title = pick(theme.title);
            const said = pick(theme.said);
            return (
              <div key={theme.id} class="results__theme">
                <Subheading lang={title.lang}>{title.text}</Subheading>
                <p lang={said.lang}>{said.text}</p>
                {theme.quotes.map((quote, i) => (
                  <blockquote key={`${theme.id}/${i}`} class="results__quote">
                    <p>{quote.text}</p>
                  </blockquote>
                ))}
              </div>
            );
          })}
        </section>
      )}
      {outcomes.length > 0 && (
        <section class="results__section" aria-labelledby="results-do">
          <Heading id="results-do">{t('results.doHeading')}</Heading>
          <ul class="results__outcomes">
            {outcomes.map((outcome) => {
              const action = pick(outcome.action);
              const owner = pick(outcome.owner);
              const measure = pick(outcome.measure);
              const update = outcome.update && pick(outcome.update.text);
              return (
                <li key={outcome.id} class={`results__outcome results__outcome--${outcome.status}`}>
                  <Subheading lang={action.lang}>{action.text}</Subheading>
                  <p class="results__status">
                    <strong>{t('results.statusLabel')}</strong> {t(`results.status.${outcome.status}`)}
                  </p>
                  <dl class="results__facts">
                    <dt>{t('results.owner')}</dt>
                    <dd lang={owner.lang}>{owner.text}</dd>
                    <dt>{t('results.due')}</dt>
                    <dd>{formatDate(outcome.due)}</dd>
                    <dt>{t('results.measure')}</dt>
                    <dd lang={measure.lang}>{measure.text}</dd>
                    {outcome.update && update && (
                      <>
                        <dt>{t('results.update', { date: formatDate(outcome.update.date) })}</dt>
                        <dd lang={update.lang}>{update.text}</dd>
                      </>
                    )}
                  </dl>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}
