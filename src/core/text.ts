import * as v from 'valibot';

/** Text a form shows, keyed by language code ("en", "cy", "pl"). */
export type LocalisedText = Record<string, string>;

export const LocalisedTextSchema = v.pipe(
  v.record(v.pipe(v.string(), v.minLength(2), v.maxLength(20)), v.pipe(v.string(), v.minLength(1))),
  v.check((text) => Object.keys(text).length > 0, 'Text needs at least one language.'),
);

/**
 * The text in `language`, else in the form's `fallback` language, else the first one given.
 * `isFallback` tells the screen to say that the text is not in the chosen language.
 */
export function localise(
  text: LocalisedText,
  language: string,
  fallback: string,
): { text: string; language: string; isFallback: boolean } {
  const exact = text[language];
  if (exact !== undefined) return { text: exact, language, isFallback: false };
  const base = text[fallback];
  if (base !== undefined) return { text: base, language: fallback, isFallback: true };
  const [firstLanguage, firstText] = Object.entries(text)[0] ?? [fallback, ''];
  return { text: firstText, language: firstLanguage, isFallback: true };
}
