import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { FormDefinition } from '../../../core/form.ts';
import { formTexts } from '../../../core/form-texts.ts';
import { t } from '../../../i18n/i18n.ts';
import { textDirection } from '../../../i18n/ui-languages.ts';
import { SelectField, TextField } from '../fields.tsx';
import { TableScroll } from '../TableScroll.tsx';
import { changeForm } from './draft-session.ts';
import { FORM_LANGUAGES, LANGUAGE_TAG, languageLabel } from './languages.ts';
import { useFocusTarget } from './problem-target.ts';
import { completeness, translationLanguages, withText } from './translation-completeness.ts';
import { whereText } from './where-text.ts';

/**
 * Translations side by side: every text of the form in its default language beside a box for the same text
 * in the language chosen (Easy Read is the language "en-x-easy"), with how complete each language is.
 * Boxes for right-to-left languages are marked so (dir, lang), so the words run the right way as typed.
 */
export function TranslationsSection({ form }: { form: FormDefinition }) {
  const { query } = useRoute();
  const { route } = useLocation();
  const offered = [...new Set([...FORM_LANGUAGES, ...translationLanguages(form)])].filter(
    (l) => l !== form.defaultLanguage,
  );
  const language =
    query.language && LANGUAGE_TAG.test(query.language)
      ? query.language
      : (offered.find((l) => l === 'cy') ?? offered[0] ?? 'cy');
  const [other, setOther] = useState('');
  useFocusTarget(true);
  const [otherError, setOtherError] = useState('');
  const texts = formTexts(form).filter(({ text }) => (text[form.defaultLanguage] ?? '').trim() !== '');
  const direction = textDirection(language);
  // The full address: inside the officer area's own router, the route's path lacks /officer.
  const choose = (tag: string) => route(`${window.location.pathname}?language=${encodeURIComponent(tag)}`, true);

  return (
    <>
      <h2>{t('builder.translations.heading')}</h2>
      <p>{t('builder.translations.intro')}</p>
      <h3>{t('builder.translations.completeness')}</h3>
      <ul class="builder-completeness">
        {offered.map((tag) => {
          const figure = completeness(form, tag);
          return (
            <li key={tag}>
              {t('builder.translations.figure', {
                language: languageLabel(tag),
                translated: figure.translated,
                total: figure.total,
                percent: figure.percent,
              })}
            </li>
          );
        })}
      </ul>
      <SelectField
        id="t-language"
        label={t('builder.translations.language')}
        options={offered.map((tag) => ({ value: tag, label: languageLabel(tag) }))}
        value={language}
        onValue={choose}
      />
      <details class="builder-other-language">
        <summary>{t('builder.translations.otherSummary')}</summary>
        <TextField
          id="t-other"
          label={t('builder.translations.otherLabel')}
          hint={t('builder.translations.otherHint')}
          error={otherError || undefined}
          spellcheck={false}
          value={other}
          onValue={setOther}
        />
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            if (!LANGUAGE_TAG.test(other.trim())) return setOtherError(t('builder.translations.otherInvalid'));
            setOtherError('');
            choose(other.trim());
          }}
        >
          {t('builder.translations.otherUse')}
        </button>
      </details>

      <TableScroll captionId="t-caption">
        <table class="table builder-translations">
          <caption id="t-caption" class="visually-hidden">
            {t('builder.translations.tableLabel', { language: languageLabel(language) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('builder.translations.where')}</th>
              <th scope="col">{languageLabel(form.defaultLanguage)}</th>
              <th scope="col">{languageLabel(language)}</th>
            </tr>
          </thead>
          <tbody>
            {texts.map(({ path: textPath, text }) => {
              const id = `t-${textPath.replaceAll('.', '-')}`;
              const where = whereText(form, textPath);
              const source = text[form.defaultLanguage] ?? '';
              return (
                <tr key={textPath}>
                  <th scope="row">{where}</th>
                  <td lang={form.defaultLanguage} dir={textDirection(form.defaultLanguage)}>
                    {source}
                  </td>
                  <td>
                    <label class="visually-hidden" for={id}>
                      {t('builder.translations.fieldLabel', { language: languageLabel(language), where })}
                    </label>
                    {source.length > 80 ? (
                      <textarea
                        id={id}
                        class="input textarea"
                        rows={3}
                        lang={language}
                        dir={direction}
                        value={text[language] ?? ''}
                        onInput={(e) => changeForm((f) => withText(f, textPath, language, e.currentTarget.value))}
                      />
                    ) : (
                      <input
                        id={id}
                        class="input"
                        lang={language}
                        dir={direction}
                        value={text[language] ?? ''}
                        onInput={(e) => changeForm((f) => withText(f, textPath, language, e.currentTarget.value))}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
