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
