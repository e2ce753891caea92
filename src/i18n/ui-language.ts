import i18next from 'i18next';
import { uiLanguage } from './i18n.ts';
import type { TranslationModule } from './resource-tree.ts';
import { documentLanguage, FALLBACK_LANGUAGE, isUiLanguage, textDirection, type UiLanguage } from './ui-languages.ts';

/**
 * Each language but English is its own chunk, fetched only when someone chooses it; the service worker
 * precaches every chunk, so choosing one works offline too.
 */
const LOADERS: Record<Exclude<UiLanguage, 'en'>, () => Promise<TranslationModule>> = {
  'en-x-easy': () => import('./locales/en-x-easy.ts'),
  cy: () => import('./locales/cy.ts'),
  pl: () => import('./locales/pl.ts'),
  ro: () => import('./locales/ro.ts'),
  ur: () => import('./locales/ur.ts'),
  pa: () => import('./locales/pa.ts'),
  ar: () => import('./locales/ar.ts'),
};

/** Where the choice is kept: for this browser session only, and cleared by a kiosk reset. */
const STORAGE_KEY = 'chorus.language';

/** The latest choice: a slow load of an earlier one must not override it. */
let latest = 0;

/**
 * Shows the screens in `language`: loads its text if need be, then sets `lang` and `dir` on the document.
 * Resolves false (and changes nothing) when the text could not be loaded.
 */
export async function setUiLanguage(language: UiLanguage): Promise<boolean> {
  const request = ++latest;
  if (!(await loadUiText(language))) return false;
  if (request !== latest) return false;
  await i18next.changeLanguage(language);
  applyToDocument(language);
  remember(language);
  uiLanguage.value = language;
  return true;
}

/**
 * Loads a language's screen text into i18next without showing the screens in it; false when it could not be
 * loaded. A paper questionnaire (issue 8) prints in its form's language while the officer's screens stay in
 * theirs, and the officers' preview of a form (issue 9) shows a kiosk's screens in another language.
 */
export async function loadUiText(language: UiLanguage): Promise<boolean> {
  if (language === 'en' || i18next.hasResourceBundle(language, 'translation')) return true;
  try {
    const module = await LOADERS[language]();
    i18next.addResourceBundle(language, 'translation', module.translation);
    return true;
  } catch {
    return false;
  }
}

/** At start-up: the language chosen earlier in this browser session, if any. */
export async function restoreLanguage(): Promise<void> {
  const saved = recall();
  if (saved && saved !== FALLBACK_LANGUAGE) await setUiLanguage(saved);
  else applyToDocument(FALLBACK_LANGUAGE);
}

/**
 * Back to English and forgets the choice, so the next person at a shared tablet starts in the default
 * language. The kiosk's idle reset calls this.
 */
export function resetLanguage(): void {
  latest++;
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage blocked: nothing was remembered either.
  }
  void i18next.changeLanguage(FALLBACK_LANGUAGE);
  applyToDocument(FALLBACK_LANGUAGE);
  uiLanguage.value = FALLBACK_LANGUAGE;
}

function applyToDocument(language: UiLanguage): void {
  document.documentElement.lang = documentLanguage(language);
  document.documentElement.dir = textDirection(language);
}

function remember(language: UiLanguage): void {
  try {
    if (language === FALLBACK_LANGUAGE) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage blocked (a locked-down kiosk browser): the choice lasts until the page reloads.
  }
}

function recall(): UiLanguage | null {
  try {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    return saved && isUiLanguage(saved) ? saved : null;
  } catch {
    return null;
  }
}
