import { createInstance } from 'i18next';
import { describe, expect, test } from 'vitest';
import type { ResourceTree, TranslationModule } from '../resource-tree.ts';
import { ENGLISH_ONLY_SECTIONS, UI_LANGUAGES } from '../ui-languages.ts';
import * as ar from './ar.ts';
import * as cy from './cy.ts';
import { en } from './en.ts';
import * as easyRead from './en-x-easy.ts';
import * as pa from './pa.ts';
import * as pl from './pl.ts';
import * as ro from './ro.ts';
import * as ur from './ur.ts';

// Every language has every English key (officers' sections aside), with the plural forms its own CLDR
// rules need, the same {{placeholders}}, and no text left in English unless the file says it is so on purpose.

const LANGUAGES: Record<string, TranslationModule> = {
  'en-x-easy': easyRead,
  cy,
  pl,
  ro,
  ur,
  pa,
  ar,
};
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: ResourceTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const english = new Map(
  [...flatten(en as unknown as ResourceTree)].filter(
    ([key]) => !ENGLISH_ONLY_SECTIONS.includes(key.split('.')[0] ?? ''),
  ),
);
const pluralBases = new Set([...english.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));

function pluralCategories(language: string): string[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories;
}

/** The keys a language needs: each English key, plural ones in that language's own forms. */
function requiredKeys(language: string): string[] {
  const plain = [...english.keys()].filter((k) => !PLURAL.test(k));
  const plurals = [...pluralBases].flatMap((base) => pluralCategories(language).map((form) => `${base}_${form}`));
  return [...plain, ...plurals].sort();
}

/** The English text a key translates: a plural form's English is its "other". */
function englishFor(key: string): string {
  return english.get(key) ?? english.get(key.replace(PLURAL, '_other')) ?? '';
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w]+)/g)].map((m) => m[1]).sort();

test('every screen language has a module here', () => {
  expect(Object.keys(LANGUAGES).sort()).toEqual(UI_LANGUAGES.filter((l) => l !== 'en').sort());
});

describe.each(Object.entries(LANGUAGES))('%s', (language, module) => {
  const translated = flatten(module.translation);

  test('has every English key, in its own plural forms, and no others', () => {
    expect([...translated.keys()].sort()).toEqual(requiredKeys(language));
  });

  test('keeps the placeholders of the English', () => {
    const wrong = [...translated].filter(
      ([key, text]) => placeholders(text).join() !== placeholders(englishFor(key)).join(),
    );
    expect(wrong).toEqual([]);
  });

  test('leaves nothing in English except what it lists as the same on purpose', () => {
    const same = [...translated].filter(([key, text]) => text === englishFor(key)).map(([key]) => key);
    expect(same.sort()).toEqual([...module.sameAsEnglish].sort());
  });

  test('says whether a translator has checked it', () => {
    expect(['machine-drafted', 'checked']).toContain(module.review.status);
    if (module.review.status === 'checked') expect(module.review.checkedBy).toBeTruthy();
  });

  test('i18next chooses each plural form by the language’s own rules', async () => {
    const i18n = createInstance();
    await i18n.init({ lng: language, resources: { [language]: { translation: module.translation } } });
    const rules = new Intl.PluralRules(language);
    for (const form of pluralCategories(language)) {
      const count = Array.from({ length: 1000 }, (_, n) => n).find((n) => rules.select(n) === form);
      if (count === undefined) continue; // A form only fractions take ("many" in some languages).
      const expected = translated.get(`start.duration_${form}`)?.replace('{{count}}', String(count));
      expect(i18n.t('start.duration', { count })).toBe(expected);
    }
  });
});
