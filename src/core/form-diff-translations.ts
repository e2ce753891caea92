import type { FormDefinition } from './form.ts';
import type { FormChange } from './form-diff.ts';
import { formTexts } from './form-texts.ts';
import { baseLanguage, EASY_READ_SUFFIX, type LocalisedText } from './text.ts';

/** Translations compared text by text (keyed by question id and choice code, not position), per language. */
export function translationChanges(older: FormDefinition, newer: FormDefinition): FormChange[] {
  const before = keyedTexts(older);
  const after = keyedTexts(newer);
  const languages = new Set<string>();
  for (const texts of [before, after])
    for (const text of texts.values()) for (const tag of Object.keys(text)) languages.add(tag);
  languages.delete(older.defaultLanguage);
  languages.delete(newer.defaultLanguage);
  const changes: FormChange[] = [];
  for (const language of [...languages].sort()) {
    const had = [...before.values()].some((t) => t[language] !== undefined);
    const has = [...after.values()].some((t) => t[language] !== undefined);
    const name = languageName(language);
    if (!had) {
      const count = [...after.values()].filter((t) => t[language] !== undefined).length;
      changes.push({ kind: 'translation-added', language, summary: `${name} added (${plural(count, 'text')}).` });
      continue;
    }
    if (!has) {
      changes.push({ kind: 'translation-removed', language, summary: `${name} removed.` });
      continue;
    }
    let changed = 0;
    let added = 0;
    let removed = 0;
    for (const key of new Set([...before.keys(), ...after.keys()])) {
      const was = before.get(key)?.[language];
      const now = after.get(key)?.[language];
      if (was === now) continue;
      if (was === undefined) added++;
      else if (now === undefined) {
        if (after.has(key)) removed++;
      } else changed++;
    }
    const parts = [
      changed ? `${plural(changed, 'text')} changed` : '',
      added ? `${plural(added, 'text')} added` : '',
      removed ? `${plural(removed, 'text')} removed` : '',
    ].filter(Boolean);
    if (parts.length > 0)
      changes.push({ kind: 'translation-changed', language, summary: `${name}: ${parts.join(', ')}.` });
  }
  return changes;
}

function keyedTexts(form: FormDefinition): Map<string, LocalisedText> {
  const texts = new Map<string, LocalisedText>();
  for (const { path, text } of formTexts(form)) {
    const [, index, ...rest] = /^questions\.(\d+)\.(.*)$/.exec(path) ?? [];
    const question = index === undefined ? undefined : form.questions[Number(index)];
    if (!question) {
      texts.set(path, text);
      continue;
    }
    let tail = rest.join('');
    const option = /^options\.(\d+)\.label$/.exec(tail)?.[1];
    if (option !== undefined && 'options' in question)
      tail = `options.${question.options[Number(option)]?.value}.label`;
    texts.set(`questions.${question.id}.${tail}`, text);
  }
  return texts;
}

/** "Welsh", "Easy Read (English)": the officer area is in English. */
export function languageName(tag: string): string {
  const base = baseLanguage(tag);
  let name = base;
  try {
    name = new Intl.DisplayNames(['en'], { type: 'language' }).of(base) ?? base;
  } catch {
    // An odd tag: the code itself is still a name an officer can look up.
  }
  return tag.endsWith(EASY_READ_SUFFIX) ? `Easy Read (${name})` : name;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
