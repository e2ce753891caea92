import { signal } from '@preact/signals';
import i18next from 'i18next';
import { en } from './locales/en.ts';
import { FALLBACK_LANGUAGE, formatLocale, type UiLanguage } from './ui-languages.ts';

/**
 * Screen text for the page. Forms carry their own translations; this is everything else. Only English is
 * bundled; `ui-language.ts` loads another language when someone chooses it.
 */
void i18next.init({
  lng: FALLBACK_LANGUAGE,
  fallbackLng: FALLBACK_LANGUAGE,
  resources: { en: { translation: en } },
  initAsync: false,
  interpolation: { escapeValue: false }, // Preact escapes text itself.
  returnNull: false,
});
// "{{count, number}}" in the resources: digits and separators of the screen's locale (see formatLocale).
i18next.services.formatter?.add('number', (value, lng) =>
  new Intl.NumberFormat(formatLocale(lng ?? FALLBACK_LANGUAGE)).format(value),
);

/**
 * The language the screens are in. `t` reads it, so every component that shows text redraws when it
 * changes (signals track what a component reads while it renders).
 */
export const uiLanguage = signal<UiLanguage>(FALLBACK_LANGUAGE);

export const t: typeof i18next.t = ((...args: Parameters<typeof i18next.t>) => {
  void uiLanguage.value;
  return i18next.t(...args);
}) as typeof i18next.t;

export function currentLanguage(): UiLanguage {
  return uiLanguage.value;
}

/** The locale for numbers, dates and times on screen: British English for English, so 14:05 rather than 2:05 PM. */
export function timeLocale(): string {
  return formatLocale(currentLanguage());
}
