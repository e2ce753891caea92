import type { LocalisedText } from '../../../core/text.ts';

/** The text in `language`, or "" when it has none yet. */
export function textIn(text: LocalisedText | undefined, language: string): string {
  return text?.[language] ?? '';
}

/** A text that must exist (a label): the language is kept even when emptied, so the checks name it. */
export function withLanguage(text: LocalisedText | undefined, language: string, value: string): LocalisedText {
  return { ...text, [language]: value };
}

/** An optional text (a hint): emptied in every language, it is left out. */
export function optionalText(
  text: LocalisedText | undefined,
  language: string,
  value: string,
): LocalisedText | undefined {
  const next: LocalisedText = { ...text };
  if (value === '') delete next[language];
  else next[language] = value;
  return Object.keys(next).length > 0 ? next : undefined;
}
