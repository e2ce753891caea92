/**
 * Languages named in themselves, as a language picker must show them ("Cymraeg", not "Welsh"). Browsers'
 * own tables (Intl.DisplayNames) lack many of these on some devices, so the languages most spoken by UK
 * councils' residents are listed here; others fall back to the browser, then to the code.
 */
const ENDONYMS: Record<string, string> = {
  ar: 'العربية',
  bn: 'বাংলা',
  cy: 'Cymraeg',
  en: 'English',
  // Easy Read is English at a reading level, not a language; UK councils call it "Easy Read".
  'en-x-easy': 'Easy Read',
  es: 'Español',
  fa: 'فارسی',
  fr: 'Français',
  ga: 'Gaeilge',
  gd: 'Gàidhlig',
  gu: 'ગુજરાતી',
  it: 'Italiano',
  lt: 'Lietuvių',
  lv: 'Latviešu',
  pa: 'ਪੰਜਾਬੀ',
  pl: 'Polski',
  ps: 'پښتو',
  pt: 'Português',
  ro: 'Română',
  ru: 'Русский',
  so: 'Soomaali',
  sq: 'Shqip',
  ta: 'தமிழ்',
  ti: 'ትግርኛ',
  tr: 'Türkçe',
  uk: 'Українська',
  ur: 'اردو',
  zh: '中文',
};

export function endonym(language: string, fromBrowser?: (language: string) => string | undefined): string {
  return ENDONYMS[language] ?? ENDONYMS[language.split('-')[0] ?? ''] ?? fromBrowser?.(language) ?? language;
}
