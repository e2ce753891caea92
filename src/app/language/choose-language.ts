import { baseLanguage } from '../../core/text.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { setUiLanguage } from '../../i18n/ui-language.ts';
import { isUiLanguage, type UiLanguage } from '../../i18n/ui-languages.ts';
import { openForm, setReading } from '../form/form-session.ts';
import { readingFor } from '../form/form-text.ts';

/**
 * One language choice for the person, wherever they make it. From the header's picker, the screens change
 * and so does the open form's text (each question falls back to the form's own language where it has no
 * translation, and says so). Resolves false when the language could not be loaded.
 */
export async function chooseLanguage(language: UiLanguage): Promise<boolean> {
  if (!(await setUiLanguage(language))) return false;
  if (openForm()) setReading(readingFor(language));
  return true;
}

/**
 * From a form's own list of its languages: the form's text changes at once, keeping the reading level,
 * and the screens follow where they are translated into that language.
 */
export async function chooseFormLanguage(language: string): Promise<void> {
  const form = openForm();
  if (form) setReading({ ...form.reading, language });
  if (isUiLanguage(language) && baseLanguage(currentLanguage()) !== language) await setUiLanguage(language);
}
