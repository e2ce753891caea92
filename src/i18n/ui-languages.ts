/**
 * The languages the screens are translated into, in the order the picker lists them. English is the
 * fallback and ships in the first bundle; every other one is its own chunk, loaded when chosen.
 * Easy Read English has the private-use tag the forms already use for Easy Read text ("en-x-easy").
 */
export const UI_LANGUAGES = ['en', 'en-x-easy', 'cy', 'pl', 'ro', 'ur', 'pa', 'ar'] as const;

export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const FALLBACK_LANGUAGE: UiLanguage = 'en';

const RIGHT_TO_LEFT = new Set(['ar', 'ur', 'fa', 'ps', 'he', 'yi', 'ckb', 'sd']);

export function isUiLanguage(tag: string): tag is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(tag);
}

/** "rtl" for scripts written right to left (Arabic, Urdu), else "ltr". */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(tag.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** The `lang` for the document: Easy Read is English to a screen reader, so "en-x-easy" is marked "en". */
export function documentLanguage(tag: string): string {
  return tag === 'en-x-easy' ? 'en' : tag;
}

/**
 * The locale for numbers and dates. English (plain and Easy Read) is British: 14:05, 30 November 2026.
 * Arabic keeps the digits 0–9 ("ar-u-nu-latn"), as Welsh and the other languages do: the answers people
 * type are checked as those digits, and questions and hints show them ("like 12"), so one set of digits
 * on every screen is less confusing than Arabic-Indic digits in the screen text beside 0–9 in the boxes.
 */
export function formatLocale(tag: string): string {
  if (tag === 'en' || tag === 'en-x-easy') return 'en-GB';
  if (tag === 'ar') return 'ar-u-nu-latn';
  return tag;
}

/**
 * Sections of `locales/en.ts` for officers' screens (reach, import), which are in English only, like the
 * officer screens' own resources; the other languages leave them out and fall back to English.
 */
export const ENGLISH_ONLY_SECTIONS: readonly string[] = ['reach', 'import'];
