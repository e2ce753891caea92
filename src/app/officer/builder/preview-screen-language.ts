import i18next from 'i18next';
import { useEffect } from 'preact/hooks';
import { uiLanguage } from '../../../i18n/i18n.ts';
import { loadUiText } from '../../../i18n/ui-language.ts';
import { FALLBACK_LANGUAGE, isUiLanguage } from '../../../i18n/ui-languages.ts';

/**
 * While the preview is open, the resident screens' own words ("Start now", "Continue", "(optional)") are in
 * the language previewed, as on a kiosk; the officer screens' text exists only in English, so it stays
 * English. The document's own language and direction are not changed (the preview region has its own), and
 * leaving the preview puts everything back to English. A language the screens do not speak shows English.
 */
export function usePreviewScreenLanguage(tag: string): void {
  useEffect(() => {
    let live = true;
    const wanted = isUiLanguage(tag) ? tag : FALLBACK_LANGUAGE;
    void loadUiText(wanted).then(async (loaded) => {
      if (!live) return;
      const shown = loaded ? wanted : FALLBACK_LANGUAGE;
      await i18next.changeLanguage(shown);
      if (live) uiLanguage.value = shown;
    });
    return () => {
      live = false;
      void i18next.changeLanguage(FALLBACK_LANGUAGE);
      uiLanguage.value = FALLBACK_LANGUAGE;
    };
  }, [tag]);
}
