import i18next from 'i18next';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { FormDefinition } from '../../../core/form.ts';
import { referenceCode } from '../../../core/reference-code.ts';
import { baseLanguage } from '../../../core/text.ts';
import { t } from '../../../i18n/i18n.ts';
import { loadUiText } from '../../../i18n/ui-language.ts';
import { isUiLanguage, textDirection } from '../../../i18n/ui-languages.ts';
import { formLanguages, languageName, textPicker } from '../../form/form-text.ts';
import { RadiosField, SelectField, TextField } from '../fields.tsx';
import { problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { loadPublishedForms } from '../published-forms.ts';
import { PAGE, useProblems } from '../use-problems.tsx';
import { PaperCopy } from './PaperCopy.tsx';

const MAX_COPIES = 200;

/** Fresh reference codes, one a copy: each made from a new UUID, as a tablet's are. */
function freshCodes(count: number): string[] {
  return Array.from({ length: count }, () => referenceCode(crypto.randomUUID()));
}

/**
 * `/officer/paper/:formId/print`: the newest version of a consultation as a printable paper questionnaire,
 * standard or large print, in one of the form's languages, as many copies as asked, each with its own
 * reference code. The screen shows exactly what prints; "Print" opens the browser's print dialogue.
 */
export function PaperFormPage() {
  const { params } = useRoute();
  const formId = params.formId ?? '';
  const [form, setForm] = useState<FormDefinition | null>(null);
  const [size, setSize] = useState('standard');
  const [language, setLanguage] = useState('');
  const [copiesText, setCopiesText] = useState('1');
  const [codes, setCodes] = useState<string[]>(() => freshCodes(1));
  const [loaded, setLoaded] = useState(0);
  const title = form
    ? t('paperReturns.print.title', { title: textPicker(form.defaultLanguage)(form.title).text })
    : t('paperReturns.print.loading');
  const { setProblems, summary, fieldError } = useProblems(title);

  useEffect(() => {
    loadPublishedForms()
      .then((forms) => {
        const found = forms.find((f) => f.id === formId);
        const newest = found?.versions[found.versions.length - 1];
        if (!newest) setProblems(new Map([[PAGE, t('paperReturns.print.notFound')]]));
        else {
          setForm(newest);
          setLanguage(newest.defaultLanguage);
        }
      })
      .catch((error) => setProblems(new Map([[PAGE, problemText(error)]])));
  }, [formId]);

  // The printed words come from the questionnaire's language, loaded without changing the officer's screens.
  useEffect(() => {
    if (!language) return;
    const ui = baseLanguage(language);
    if (isUiLanguage(ui)) void loadUiText(ui).then(() => setLoaded((n) => n + 1));
  }, [language]);

  const printT = useMemo(() => {
    const ui = baseLanguage(language);
    return i18next.getFixedT(isUiLanguage(ui) ? ui : 'en');
  }, [language, loaded]);

  function apply(event: Event) {
    event.preventDefault();
    const copies = Number(copiesText.trim());
    if (!/^\d+$/.test(copiesText.trim()) || copies < 1 || copies > MAX_COPIES) {
      setProblems(new Map([['paper-copies', t('paperReturns.print.copiesProblem', { max: MAX_COPIES })]]));
      return;
    }
    setProblems(new Map());
    setCodes(freshCodes(copies));
  }

  if (!form) {
    return (
      <>
        {summary}
        <PageHeading>{title}</PageHeading>
      </>
    );
  }
  const pick = textPicker(form.defaultLanguage, { language, easyRead: false });
  return (
    <div class="paper-print">
      <div class="paper-controls">
        {summary}
        <a href="/officer/paper" class="back-link">
          {t('paperReturns.back')}
        </a>
        <PageHeading>{title}</PageHeading>
        <p>{t('paperReturns.print.intro')}</p>
        <form onSubmit={apply} noValidate>
          <RadiosField
            id="paper-size"
            label={t('paperReturns.print.size')}
            options={[
              { value: 'standard', label: t('paperReturns.print.standard') },
              { value: 'large', label: t('paperReturns.print.large'), hint: t('paperReturns.print.largeHint') },
            ]}
            value={size}
            onValue={setSize}
          />
          <SelectField
            id="paper-language"
            label={t('paperReturns.print.language')}
            options={formLanguages(form).map((tag) => ({ value: tag, label: languageName(tag) }))}
            value={language}
            onValue={setLanguage}
          />
          <TextField
            id="paper-copies"
            label={t('paperReturns.print.copies')}
            hint={t('paperReturns.print.copiesHint', { max: MAX_COPIES })}
            value={copiesText}
            onValue={setCopiesText}
            error={fieldError('paper-copies')}
          />
          <div class="button-group">
            <button type="submit" class="button button--secondary">
              {t('paperReturns.print.apply')}
            </button>
            <button type="button" class="button" onClick={() => window.print()}>
              {t('paperReturns.print.print')}
            </button>
          </div>
        </form>
        <h2>{t('paperReturns.print.preview', { count: codes.length })}</h2>
      </div>
      <div
        class={`paper-copies${size === 'large' ? ' paper-copies--large' : ''}`}
        lang={pick(form.title).lang}
        dir={textDirection(language)}
      >
        {codes.map((code) => (
          <PaperCopy key={code} form={form} reference={code} t={printT} pick={pick} />
        ))}
      </div>
    </div>
  );
}
