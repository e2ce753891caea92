import { useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../i18n/i18n.ts';
import { documentLanguage, textDirection, UI_LANGUAGES, type UiLanguage } from '../../i18n/ui-languages.ts';
import { languageName } from '../form/form-text.ts';
import { chooseLanguage } from './choose-language.ts';

/**
 * The language picker in the header, on every screen: a button that opens the list of languages, each
 * named in itself and marked with its `lang`, so a screen reader says "Cymraeg" in a Welsh voice. It is a
 * disclosure (button + list of buttons) rather than a select, so nothing changes until a language is pressed.
 * Returns two flex items: the button in the header's row, and the list as a full-width row below it.
 */
export function LanguagePicker() {
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState<UiLanguage | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const current = uiLanguage.value;

  async function choose(language: UiLanguage) {
    const ok = await chooseLanguage(language);
    setFailed(ok ? null : language);
    if (!ok) return;
    setOpen(false);
    toggleRef.current?.focus();
  }

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    setOpen(false);
    toggleRef.current?.focus();
  }

  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        class="language-picker__toggle"
        aria-expanded={open}
        aria-controls="language-list"
        onClick={() => setOpen(!open)}
        onKeyDown={closeOnEscape}
      >
        <svg class="language-picker__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="10" />
          <path d="M2 12h20M12 2c3 3 4.5 6.5 4.5 10S15 19 12 22M12 2C9 5 7.5 8.5 7.5 12S9 19 12 22" />
        </svg>
        <span>{t('language.button')}: </span>
        <span lang={documentLanguage(current)}>{languageName(current)}</span>
      </button>
      {open && (
        <div class="language-picker" id="language-list">
          <ul class="language-picker__list" aria-label={t('language.listLabel')}>
            {UI_LANGUAGES.map((language) => (
              <li key={language}>
                <button
                  type="button"
                  class="language-picker__option"
                  lang={documentLanguage(language)}
                  dir={textDirection(language)}
                  aria-current={language === current ? 'true' : undefined}
                  onClick={() => choose(language)}
                  onKeyDown={closeOnEscape}
                >
                  {languageName(language)}
                </button>
              </li>
            ))}
          </ul>
          {failed && (
            <p class="language-picker__error" role="alert">
              {t('language.loadFailed', { language: languageName(failed) })}
            </p>
          )}
        </div>
      )}
    </>
  );
}
