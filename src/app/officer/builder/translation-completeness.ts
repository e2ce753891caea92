import type { FormDefinition } from '../../../core/form.ts';
import { formTexts } from '../../../core/form-texts.ts';
import type { LocalisedText } from '../../../core/text.ts';

/** How much of a form is written in one language (or Easy Read, "en-x-easy"). */
export interface Completeness {
  language: string;
  translated: number;
  /** Texts the form has in its default language: those a translation is needed for. */
  total: number;
  /** Rounded down, so 100 means every text. */
  percent: number;
}

/**
 * Counts the texts of `form` written in `language`, out of those written in the default language. A text
 * the default language lacks is a publishing problem, not a translation to do, so it is not counted.
 */
export function completeness(form: FormDefinition, language: string): Completeness {
  const texts = formTexts(form).filter(({ text }) => filled(text, form.defaultLanguage));
  const translated = texts.filter(({ text }) => filled(text, language)).length;
  const total = texts.length;
  return { language, translated, total, percent: total === 0 ? 100 : Math.floor((translated / total) * 100) };
}

/** Every language other than the default that any text of the form is written in. */
export function translationLanguages(form: FormDefinition): string[] {
  const found = new Set<string>();
  for (const { text } of formTexts(form)) for (const tag of Object.keys(text)) found.add(tag);
  found.delete(form.defaultLanguage);
  return [...found];
}

function filled(text: LocalisedText, language: string): boolean {
  return (text[language] ?? '').trim() !== '';
}

/**
 * A copy of `form` with the text at `path` (as formTexts names it: "questions.2.options.0.label") set in
 * `language`; an empty value removes that language. The text object is created when the path has none.
 */
export function withText(form: FormDefinition, path: string, language: string, value: string): FormDefinition {
  const copy = structuredClone(form);
  const keys = path.split('.');
  let node: Record<string, unknown> = copy as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1] as string;
  const text = { ...((node[last] as LocalisedText | undefined) ?? {}) };
  if (value === '') delete text[language];
  else text[language] = value;
  node[last] = text;
  return copy;
}
