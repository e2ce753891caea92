import { UI_LANGUAGES } from '../../../i18n/ui-languages.ts';
import { languageName } from '../../form/form-text.ts';

/** The languages the builder offers first: those the resident screens speak, Easy Read ("en-x-easy") among them. */
export const FORM_LANGUAGES: readonly string[] = UI_LANGUAGES;

/** "Cymraeg (cy)", and "Easy Read English (en-x-easy)" for Easy Read. */
export function languageLabel(tag: string): string {
  if (tag.endsWith('-x-easy')) return `Easy Read ${languageName(tag.slice(0, -'-x-easy'.length))} (${tag})`;
  return `${languageName(tag)} (${tag})`;
}

/** A language tag an officer may type: "so", "pt-BR", "en-x-easy". */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
