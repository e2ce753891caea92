import type { ResultsPage } from '../../core/results-page.ts';
import { baseLanguage, type LocalisedText, localise } from '../../core/text.ts';
import { timeLocale } from '../../i18n/i18n.ts';

/** A results text as shown: its words and the language they are really in (for `lang`). */
export interface ShownResultsText {
  text: string;
  lang: string;
  isFallback: boolean;
}

/** Picks a results page's texts in `language`, else in the consultation's own language. */
export function resultsTextPicker(page: Pick<ResultsPage, 'defaultLanguage'>, language: string) {
  return (text: LocalisedText): ShownResultsText => {
    const shown = localise(text, language, page.defaultLanguage);
    return { text: shown.text, lang: baseLanguage(shown.language), isFallback: shown.isFallback };
  };
}

/** Every officer-written text of a page, to tell whether any is not in the reader's language. */
export function resultsTexts(page: ResultsPage): LocalisedText[] {
  return [
    page.title,
    ...page.content.themes.flatMap((theme) => [theme.title, theme.said]),
    ...page.content.outcomes.flatMap((o) => [o.action, o.owner, o.measure, ...(o.update ? [o.update.text] : [])]),
  ];
}

/** A calendar date ("2027-04-01") in the screen's language, e.g. "1 April 2027". */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(timeLocale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}
