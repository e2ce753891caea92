/** Screen text as i18next reads it: nested tables of strings. Plural forms are keys with CLDR suffixes. */
export interface ResourceTree {
  [key: string]: string | ResourceTree;
}

/**
 * Whether a human translator has checked a language's text yet. Machine-drafted text is shown to residents
 * (it is better than English they cannot read), but it must be checked before a council relies on it.
 */
export interface TranslationReview {
  status: 'machine-drafted' | 'checked';
  /** Who checked it (name or organisation), and when: null until someone has. */
  checkedBy: string | null;
  checkedOn: string | null;
}

/** What each language's module (`locales/cy.ts`, ...) exports. */
export interface TranslationModule {
  translation: ResourceTree;
  review: TranslationReview;
  /**
   * Keys whose text is the same as the English on purpose (a name, a code, a word both languages share),
   * so the completeness test can tell them from text nobody translated.
   */
  sameAsEnglish: readonly string[];
}
