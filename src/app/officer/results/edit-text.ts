import { isCalendarDate } from '../../../core/calendar-date.ts';
import type { Outcome, ResultsContent } from '../../../core/results-page.ts';
import type { LocalisedText } from '../../../core/text.ts';
import { t } from '../../../i18n/i18n.ts';
import type { Problems } from '../use-problems.tsx';

/** `text` with `language`'s words set to `words` (removed when blank). */
export function withText(text: LocalisedText, language: string, words: string): LocalisedText {
  const next = { ...text };
  if (words.trim() === '') delete next[language];
  else next[language] = words;
  return next;
}

/** A short id for a new theme or outcome, unique enough within one page. */
export function newItemId(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Moves item `from` one place up (-1) or down (+1). */
export function moved<T>(list: T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[from], next[to]] = [next[to] as T, next[from] as T];
  return next;
}

/** A blank outcome, due in three months. */
export function blankOutcome(): Outcome {
  const due = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  return { id: newItemId('outcome'), action: {}, owner: {}, due, measure: {}, status: 'planned' };
}

/**
 * What stops the page being saved, keyed by the field to fix: each text needs the consultation's own language
 * (translations may be partial), dates must be real dates, and "what was done" needs its date and words.
 */
export function contentProblems(content: ResultsContent, language: string, languageName: string): Problems {
  const problems: Problems = new Map();
  const missing = (text: LocalisedText) => !text[language]?.trim();
  const say = (key: string, number: number) => t(`officerResults.problems.${key}`, { number, language: languageName });
  content.themes.forEach((theme, i) => {
    if (missing(theme.title)) problems.set(`theme-${i}-title`, say('themeTitle', i + 1));
    if (missing(theme.said)) problems.set(`theme-${i}-said`, say('themeSaid', i + 1));
  });
  content.outcomes.forEach((outcome, i) => {
    if (missing(outcome.action)) problems.set(`outcome-${i}-action`, say('outcomeAction', i + 1));
    if (missing(outcome.owner)) problems.set(`outcome-${i}-owner`, say('outcomeOwner', i + 1));
    if (!isCalendarDate(outcome.due)) problems.set(`outcome-${i}-due`, say('outcomeDue', i + 1));
    if (missing(outcome.measure)) problems.set(`outcome-${i}-measure`, say('outcomeMeasure', i + 1));
    if (outcome.update) {
      if (missing(outcome.update.text)) problems.set(`outcome-${i}-update`, say('outcomeUpdateText', i + 1));
      if (!isCalendarDate(outcome.update.date))
        problems.set(`outcome-${i}-update-date`, say('outcomeUpdateDate', i + 1));
    }
  });
  return problems;
}
