import { t } from '../../i18n/i18n.ts';
import { languageName, type ShownText } from './form-text.ts';

/** Says so when some of the text on screen is not in the language the person chose. */
export function FallbackNotice({ shown, chosen }: { shown: ShownText[]; chosen: string }) {
  const fallback = shown.find((s) => s.isFallback);
  if (!fallback) return null;
  return (
    <p class="notice">
      {t('form.notTranslated', { language: languageName(chosen), shown: languageName(fallback.lang) })}
    </p>
  );
}
