import i18next from 'i18next';
import { en } from './locales/en.ts';

/** Screen text for the page. Forms carry their own translations; this is everything else. */
void i18next.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  initAsync: false,
  interpolation: { escapeValue: false }, // Preact escapes text itself.
  returnNull: false,
});

export const t = i18next.t.bind(i18next);

export function currentLanguage(): string {
  return i18next.resolvedLanguage ?? i18next.language;
}

/** The locale for dates and times: British English for English, so 14:05 rather than 2:05 PM. */
export function timeLocale(): string {
  const language = currentLanguage();
  return language === 'en' ? 'en-GB' : language;
}
