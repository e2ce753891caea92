import type { LocalisedText } from '../../core/text.ts';
import { localise } from '../../core/text.ts';
import { currentLanguage } from '../../i18n/i18n.ts';

export interface ShownText {
  text: string;
  /** The language the text is really in, for the element's `lang` (screen readers switch voice on it). */
  lang: string;
}

/** Picks a form's text in the person's language (or Easy Read), falling back to the form's own language. */
export function textPicker(defaultLanguage: string, options: { easyRead?: boolean } = {}) {
  const language = currentLanguage();
  return (text: LocalisedText): ShownText => {
    const shown = localise(text, language, defaultLanguage, options);
    return { text: shown.text, lang: shown.language.replace(/-x-easy$/, '') };
  };
}

export type TextPicker = ReturnType<typeof textPicker>;
