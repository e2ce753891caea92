import * as v from 'valibot';

/**
 * Text a form shows, keyed by language tag ("en", "cy", "pl"). An Easy Read version is kept beside the
 * plain one under the same tag with the private-use suffix "-x-easy" ("en-x-easy"), so it needs no
 * separate field on every text and a form without Easy Read stays as it was.
 */
export type LocalisedText = Record<string, string>;

export const LocalisedTextSchema = v.pipe(
  v.record(
    v.pipe(v.string(), v.minLength(2), v.maxLength(20)),
    v.pipe(v.string(), v.minLength(1, 'This text is empty: write it, or leave this language out.')),
  ),
  v.check((text) => Object.keys(text).length > 0, 'Text needs at least one language.'),
);

/** The suffix that marks an Easy Read variant of a language. */
export const EASY_READ_SUFFIX = '-x-easy';

/** The tag an Easy Read version of `language` is stored under: "en" → "en-x-easy". */
export function easyReadTag(language: string): string {
  return `${baseLanguage(language)}${EASY_READ_SUFFIX}`;
}

/** The language a tag is in, without the Easy Read suffix: "en-x-easy" → "en". */
export function baseLanguage(tag: string): string {
  return tag.endsWith(EASY_READ_SUFFIX) ? tag.slice(0, -EASY_READ_SUFFIX.length) : tag;
}

/** The languages a text is offered in, each once and in the order given, Easy Read counted as its language. */
export function textLanguages(text: LocalisedText): string[] {
  return [...new Set(Object.keys(text).map(baseLanguage))];
}

export interface Localised {
  text: string;
  /** The tag of the text chosen: "cy", or "cy-x-easy" for Easy Read. */
  language: string;
  /** True when the text is not in the language asked for, so the screen can say so. */
  isFallback: boolean;
}

/**
 * The text in `language`, else in the form's `fallback` language, else the first plain one given.
 * With `easyRead`, an Easy Read version comes first in each language: `language`'s Easy Read, `language`,
 * `fallback`'s Easy Read, `fallback`. Easy Read in the wrong language would help nobody, so the language
 * asked for wins over the reading level.
 */
export function localise(
  text: LocalisedText,
  language: string,
  fallback: string,
  options: { easyRead?: boolean } = {},
): Localised {
  const order = options.easyRead
    ? [easyReadTag(language), language, easyReadTag(fallback), fallback]
    : [language, fallback];
  const asked = baseLanguage(language);
  for (const tag of order) {
    const found = text[tag];
    if (found !== undefined) return { text: found, language: tag, isFallback: baseLanguage(tag) !== asked };
  }
  const entries = Object.entries(text);
  const [tag, found] = entries.find(([key]) => !key.endsWith(EASY_READ_SUFFIX)) ?? entries[0] ?? [fallback, ''];
  return { text: found, language: tag, isFallback: baseLanguage(tag) !== asked };
}
