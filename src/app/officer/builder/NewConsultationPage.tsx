import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../../../i18n/i18n.ts';
import { SelectField, TextField } from '../fields.tsx';
import { jsonBody } from '../officer-api.ts';
import { officerCall, problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { PAGE, useProblems } from '../use-problems.tsx';
import { CHOICE_CODE, codeFromLabel } from './codes.ts';
import { blankForm, closeDraft } from './draft-session.ts';
import { FORM_LANGUAGES, languageLabel } from './languages.ts';

/** Starts a consultation: its title, its code (made from the title, fixed once published) and its language. */
export function NewConsultationPage() {
  const title = t('builder.new.title');
  const { setProblems, summary, fieldError } = useProblems(title);
  const { route } = useLocation();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [codeEdited, setCodeEdited] = useState(false);
  const [language, setLanguage] = useState('en');
  const [busy, setBusy] = useState(false);
  const shownCode = codeEdited ? code : codeFromLabel(name);

  async function start(event: Event) {
    event.preventDefault();
    const found = new Map<string, string>();
    if (!name.trim()) found.set('new-title', t('builder.new.titleMissing'));
    if (!CHOICE_CODE.test(shownCode)) found.set('new-code', t('builder.new.codeInvalid'));
    setProblems(found);
    if (found.size) return;
    setBusy(true);
    try {
      await officerCall('/api/forms/drafts', jsonBody('POST', { form: blankForm(shownCode, name.trim(), language) }));
      closeDraft();
      route(`/officer/forms/drafts/${encodeURIComponent(shownCode)}`);
    } catch (error) {
      setProblems(new Map([[PAGE, problemText(error)]]));
      setBusy(false);
    }
  }

  return (
    <>
      {summary}
      <a class="back-link" href="/officer/forms">
        {t('builder.backToList')}
      </a>
      <PageHeading>{title}</PageHeading>
      <form onSubmit={start} noValidate>
        <TextField
          id="new-title"
          label={t('builder.details.title')}
          error={fieldError('new-title')}
          value={name}
          onValue={setName}
        />
        <TextField
          id="new-code"
          label={t('builder.details.code')}
          hint={t('builder.new.codeHint')}
          error={fieldError('new-code')}
          value={shownCode}
          spellcheck={false}
          onValue={(value) => {
            setCodeEdited(true);
            setCode(value);
          }}
        />
        <SelectField
          id="new-language"
          label={t('builder.details.defaultLanguage')}
          hint={t('builder.details.defaultLanguageHint')}
          options={FORM_LANGUAGES.filter((l) => !l.endsWith('-x-easy')).map((l) => ({
            value: l,
            label: languageLabel(l),
          }))}
          value={language}
          onValue={setLanguage}
        />
        <button type="submit" class="button" disabled={busy}>
          {t('builder.new.start')}
        </button>
      </form>
    </>
  );
}
