import { type FormDefinition, KIOSK_RESETS } from '../../../core/form.ts';
import type { LocalisedText } from '../../../core/text.ts';
import { t } from '../../../i18n/i18n.ts';
import { RadiosField, SelectField, TextAreaField, TextField } from '../fields.tsx';
import { NumberField } from './builder-fields.tsx';
import { ChangeCode } from './DraftActions.tsx';
import { changeForm } from './draft-session.ts';
import { FORM_LANGUAGES, languageLabel } from './languages.ts';
import { useFocusTarget } from './problem-target.ts';
import { textIn, withLanguage } from './text-value.ts';

type TextKey = 'title' | 'description' | 'organisation';
type PrivacyKey = keyof FormDefinition['privacy'];

/**
 * What the start page shows about a consultation: title, purpose, who is asking, how long it takes, when it
 * closes and the privacy notice, in the default language (translations are their own section); and how a
 * kiosk treats answers in progress. Field ids are `d-<path>`, so a publishing problem can lead here.
 */
export function DetailsSection({ form, published }: { form: FormDefinition; published: boolean }) {
  useFocusTarget(true);
  const language = form.defaultLanguage;
  const text = (key: TextKey, value: string) =>
    changeForm((f) => ({ ...f, [key]: withLanguage(f[key], language, value) }));
  const privacy = (key: PrivacyKey, value: string) =>
    changeForm((f) => ({ ...f, privacy: { ...f.privacy, [key]: withLanguage(f.privacy[key], language, value) } }));
  const languages = FORM_LANGUAGES.filter((l) => !l.endsWith('-x-easy'));
  if (!languages.includes(language)) languages.push(language);

  return (
    <>
      <h2>{t('builder.details.heading')}</h2>
      {published ? (
        <dl class="summary-list">
          <div class="summary-list__row">
            <dt>{t('builder.details.code')}</dt>
            <dd>
              <code>{form.id}</code>
              <div class="hint">{t('builder.details.codeFixed')}</div>
            </dd>
          </div>
        </dl>
      ) : (
        <ChangeCode form={form} />
      )}
      <TextField
        id="d-title"
        label={t('builder.details.title')}
        value={textIn(form.title, language)}
        onValue={(v) => text('title', v)}
      />
      <TextAreaField
        id="d-description"
        label={t('builder.details.description')}
        hint={t('builder.details.descriptionHint')}
        value={textIn(form.description, language)}
        onValue={(v) => text('description', v)}
      />
      <TextField
        id="d-organisation"
        label={t('builder.details.organisation')}
        hint={t('builder.details.organisationHint')}
        value={textIn(form.organisation, language)}
        onValue={(v) => text('organisation', v)}
      />
      <NumberField
        id="d-estimatedMinutes"
        label={t('builder.details.minutes')}
        whole
        value={form.estimatedMinutes}
        onValue={(v) => changeForm((f) => ({ ...f, estimatedMinutes: v ?? 0 }))}
      />
      <TextField
        id="d-closesOn"
        type="date"
        label={t('builder.details.closesOn')}
        hint={t('builder.details.closesOnHint')}
        value={form.closesOn ?? ''}
        onValue={(v) =>
          changeForm((f) => {
            const { closesOn: _, ...rest } = f;
            return v ? { ...rest, closesOn: v } : rest;
          })
        }
      />
      <SelectField
        id="d-defaultLanguage"
        label={t('builder.details.defaultLanguage')}
        hint={t('builder.details.defaultLanguageHint')}
        options={languages.map((l) => ({ value: l, label: languageLabel(l) }))}
        value={language}
        onValue={(v) => changeForm((f) => ({ ...f, defaultLanguage: v }))}
      />
      <RadiosField
        id="d-kioskReset"
        label={t('builder.details.kioskReset')}
        options={KIOSK_RESETS.map((value) => ({
          value,
          label: t(`builder.details.kioskReset_${value}`),
          hint: t(`builder.details.kioskResetHint_${value}`),
        }))}
        value={form.kioskReset ?? 'discard'}
        onValue={(v) => changeForm((f) => ({ ...f, kioskReset: v === 'keep-partial' ? 'keep-partial' : 'discard' }))}
      />

      <h2>{t('builder.details.privacyHeading')}</h2>
      <p>{t('builder.details.privacyIntro')}</p>
      {(['controller', 'purpose', 'retention', 'rights'] as const).map((key) => (
        <TextAreaField
          key={key}
          id={`d-privacy-${key}`}
          label={t(`builder.details.privacy_${key}`)}
          hint={t(`builder.details.privacyHint_${key}`)}
          value={textIn(form.privacy[key] as LocalisedText, language)}
          onValue={(v) => privacy(key, v)}
        />
      ))}
    </>
  );
}
