import { endonym } from '../language-names.ts';
import { baseLanguage, EASY_READ_SUFFIX } from '../text.ts';

/** English names of the languages language-names.ts knows, for old-style columns like `label::Welsh`. */
const ENGLISH_NAMES: Record<string, string> = {
  arabic: 'ar',
  bengali: 'bn',
  welsh: 'cy',
  english: 'en',
  spanish: 'es',
  persian: 'fa',
  farsi: 'fa',
  french: 'fr',
  irish: 'ga',
  gaelic: 'gd',
  'scottish gaelic': 'gd',
  gujarati: 'gu',
  italian: 'it',
  lithuanian: 'lt',
  latvian: 'lv',
  punjabi: 'pa',
  polish: 'pl',
  pashto: 'ps',
  portuguese: 'pt',
  romanian: 'ro',
  russian: 'ru',
  somali: 'so',
  albanian: 'sq',
  tamil: 'ta',
  tigrinya: 'ti',
  turkish: 'tr',
  ukrainian: 'uk',
  urdu: 'ur',
  chinese: 'zh',
};

/**
 * The language tag an XLSForm language name stands for: "Cymraeg (cy)" → "cy" (the specification's form,
 * the code in brackets at the end), "en" → "en", "Welsh" or "Cymraeg" → "cy"; undefined when it cannot tell.
 */
export function languageCode(name: string): string | undefined {
  const trimmed = name.trim();
  const bracketed = /\(([^()]+)\)\s*$/.exec(trimmed)?.[1]?.trim();
  if (bracketed) return bracketed;
  if (/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(trimmed)) return trimmed;
  const lower = trimmed.toLowerCase();
  if (ENGLISH_NAMES[lower]) return ENGLISH_NAMES[lower];
  for (const code of Object.values(ENGLISH_NAMES)) if (endonym(code).toLowerCase() === lower) return code;
  return undefined;
}

/** The name XLSForm columns give a language tag: "Cymraeg (cy)", "English Easy Read (en-x-easy)". */
export function languageName(tag: string): string {
  const name = endonym(baseLanguage(tag));
  return `${name}${tag.endsWith(EASY_READ_SUFFIX) ? ' Easy Read' : ''} (${tag})`;
}
