import { t } from '../../i18n/i18n.ts';
import { chooseFormLanguage } from '../language/choose-language.ts';
import { type FormSession, setReading } from './form-session.ts';
import { formLanguages, hasEasyRead, languageName } from './form-text.ts';

/**
 * On a form's start page: the languages this form is written in, each named in itself, and Easy Read
 * where the form has it. The choice applies at once and stays with the person's answers; choosing a
 * language here changes the screens' language too, as the header's picker does.
 */
export function ReadingChooser({ session }: { session: FormSession }) {
  const languages = formLanguages(session.form);
  const easyRead = hasEasyRead(session.form);
  if (languages.length < 2 && !easyRead) return null;
  const { reading } = session;
  return (
    <div class="reading-choice">
      {languages.length > 1 && (
        <fieldset>
          <legend class="question__legend">{t('start.languageLegend')}</legend>
          <div class="choices choices--inline">
            {languages.map((language) => (
              <div class="choice" key={language}>
                <input
                  class="choice__input"
                  type="radio"
                  id={`form-language-${language}`}
                  name="form-language"
                  checked={reading.language === language}
                  onChange={() => void chooseFormLanguage(language)}
                />
                <label class="choice__label" for={`form-language-${language}`} lang={language}>
                  {languageName(language)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      {easyRead && (
        <div class="choice">
          <input
            class="choice__input"
            type="checkbox"
            id="form-easy-read"
            checked={reading.easyRead}
            onChange={(e) => setReading({ ...reading, easyRead: e.currentTarget.checked })}
          />
          <label class="choice__label" for="form-easy-read">
            {t('start.easyRead')}
          </label>
        </div>
      )}
    </div>
  );
}
