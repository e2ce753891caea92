import type { FormDefinition } from '../../core/form.ts';
import { endonym } from '../../core/language-names.ts';
import type { LocalisedText } from '../../core/text.ts';
import { baseLanguage, EASY_READ_SUFFIX, localise, textLanguages } from '../../core/text.ts';
import { currentLanguage } from '../../i18n/i18n.ts';

export interface ShownText {
  text: string;
  /** The language the text is really in, for the element's `lang` (screen readers switch voice on it). */
  lang: string;
  /** Not in the language the person chose: the screen says so. */
  isFallback: boolean;
}

export interface ReadingChoice {
  language: string;
  easyRead: boolean;
}

/** Picks a form's text in the person's chosen language (and Easy Read), falling back to the form's own language. */
export function textPicker(defaultLanguage: string, choice: Partial<ReadingChoice> = {}) {
  const screen = readingFor(currentLanguage());
  const language = choice.language ?? screen.language;
  const easyRead = choice.easyRead ?? screen.easyRead;
  return (text: LocalisedText): ShownText => {
    const shown = localise(text, language, defaultLanguage, { easyRead });
    return { text: shown.text, lang: baseLanguage(shown.language), isFallback: shown.isFallback };
  };
}

export type TextPicker = ReturnType<typeof textPicker>;

/** The languages a form is offered in: those its title is written in, the form's own language first. */
export function formLanguages(form: FormDefinition): string[] {
  const languages = textLanguages(form.title);
  return [form.defaultLanguage, ...languages.filter((l) => l !== form.defaultLanguage)];
}

/** True when the form has Easy Read text anywhere in its title or questions. */
export function hasEasyRead(form: FormDefinition): boolean {
  const texts = [form.title, ...form.questions.map((q) => q.label)];
  return texts.some((text) => Object.keys(text).some((tag) => tag.endsWith(EASY_READ_SUFFIX)));
}

/** A language's name in that language ("Cymraeg", "Polski"), as language pickers should show it. */
export function languageName(language: string): string {
  return endonym(language, (code) => {
    try {
      return new Intl.DisplayNames([code], { type: 'language' }).of(code);
    } catch {
      return undefined;
    }
  });
}

/**
 * The form's language and reading level that go with the screens' language: the same language, and Easy
 * Read text with Easy Read screens. Where a form lacks that language, each text falls back to the form's
 * own language and the screen says so (FallbackNotice); the response still records the language chosen.
 */
export function readingFor(screenLanguage: string): ReadingChoice {
  return { language: baseLanguage(screenLanguage), easyRead: screenLanguage.endsWith(EASY_READ_SUFFIX) };
}

/**
 * The reading to open a form with: a draft's own, when it is in the screens' language (so a reload keeps
 * Easy Read), else the screens' language.
 */
export function openingReading(draft: ReadingChoice | undefined): ReadingChoice {
  const screen = readingFor(currentLanguage());
  return draft && draft.language === screen.language ? draft : screen;
}
