import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { endonym } from '../../../core/language-names.ts';
import {
  type FieldProblem,
  type Opportunity,
  type OpportunityFields,
  parseOpportunityFields,
  RESPONSIBLE_KINDS,
  type ResponsibleKind,
  SERVICE_AREAS,
} from '../../../core/opportunity.ts';
import { t } from '../../../i18n/i18n.ts';
import { UI_LANGUAGES } from '../../../i18n/ui-languages.ts';
import { areaName } from '../../opportunities/opportunity-text.ts';
import { RadiosField, SelectField, TextAreaField, TextField } from '../fields.tsx';
import { jsonBody, officerFetch } from '../officer-api.ts';
import { nextScreenNotice, officerCall, problemText, sessionEnded } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { PAGE, useProblems } from '../use-problems.tsx';

/** The resident-facing texts, each kept per language. */
const TEXT_FIELDS = [
  'title',
  'summary',
  'canInfluence',
  'alreadyDecided',
  'howToTakePart',
  'sessionTimes',
  'accessibility',
] as const;
type TextKey = (typeof TEXT_FIELDS)[number];
type Texts = Record<TextKey, Record<string, string>>;

const emptyTexts = (): Texts => Object.fromEntries(TEXT_FIELDS.map((field) => [field, { en: '' }])) as unknown as Texts;

/** A field's id on this page, from its dot path in the shared check ("contact.email" → "opp-contact-email"). */
const fieldId = (path: string) => `opp-${path.replaceAll('.', '-')}`;

const OTHER_LANGUAGES = UI_LANGUAGES.filter((language) => language !== 'en');

/**
 * `/officer/opportunities/new` and `/officer/opportunities/:id/edit`: every field of an opportunity, English
 * required and any other language optional, checked by the same rules the endpoint applies.
 */
export function OpportunityEditorPage() {
  const { params } = useRoute();
  const { route } = useLocation();
  const id = params.id;
  const heading = id ? t('officerOpportunities.editTitle') : t('officerOpportunities.newTitle');
  const { setProblems, summary, fieldError } = useProblems(heading);
  const [loaded, setLoaded] = useState(id === undefined);
  const [texts, setTexts] = useState<Texts>(emptyTexts);
  const [languages, setLanguages] = useState<string[]>([]);
  const [adding, setAdding] = useState<string>(OTHER_LANGUAGES[0] ?? 'cy');
  const [serviceArea, setServiceArea] = useState('');
  const [responsible, setResponsible] = useState<ResponsibleKind>('council');
  const [responsibleName, setResponsibleName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [contact, setContact] = useState({ name: '', email: '', phone: '' });
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!id) return;
    officerCall<{ opportunity: Opportunity }>(`/api/opportunities/${encodeURIComponent(id)}`).then(
      ({ opportunity }) => {
        const next = emptyTexts();
        const seen = new Set<string>();
        for (const field of TEXT_FIELDS) {
          next[field] = { en: '', ...(opportunity[field] ?? {}) };
          for (const language of Object.keys(opportunity[field] ?? {})) if (language !== 'en') seen.add(language);
        }
        setTexts(next);
        setLanguages([...seen]);
        setServiceArea(opportunity.serviceArea);
        setResponsible(opportunity.responsible.kind);
        setResponsibleName(opportunity.responsible.name ?? '');
        setStartsOn(opportunity.startsOn);
        setEndsOn(opportunity.endsOn);
        setContact({
          name: opportunity.contact.name,
          email: opportunity.contact.email ?? '',
          phone: opportunity.contact.phone ?? '',
        });
        setLoaded(true);
      },
      (error) => setProblems(new Map([[PAGE, problemText(error)]])),
    );
  }, [id]);

  const setText = (field: TextKey, language: string, value: string) =>
    setTexts({ ...texts, [field]: { ...texts[field], [language]: value } });

  function fields(): unknown {
    return {
      ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, texts[field]])),
      serviceArea,
      responsible: responsible === 'council' ? { kind: 'council' } : { kind: responsible, name: responsibleName },
      startsOn,
      endsOn,
      contact,
    };
  }

  async function save(event: Event) {
    event.preventDefault();
    const checked = parseOpportunityFields(fields());
    if (!checked.ok) {
      setProblems(new Map(checked.problems.map((p) => [fieldId(p.field), p.message])));
      return;
    }
    setSaving(true);
    try {
      const path = id ? `/api/opportunities/${encodeURIComponent(id)}` : '/api/opportunities';
      const reply = await officerFetch(path, jsonBody(id ? 'PUT' : 'POST', checked.value));
      const body = (await reply.json().catch(() => null)) as {
        opportunity?: OpportunityFields;
        problems?: FieldProblem[];
        error?: { message?: string };
      } | null;
      if (reply.ok && body?.opportunity) {
        nextScreenNotice.value = t('officerOpportunities.saved', { title: body.opportunity.title.en ?? '' });
        route('/officer/opportunities');
        return;
      }
      if (reply.status === 401) sessionEnded();
      // The endpoint checks the same rules; should it still refuse (a newer rule), its problems name the fields.
      setProblems(
        new Map(
          body?.problems?.length
            ? body.problems.map((p) => [fieldId(p.field), p.message])
            : [[PAGE, body?.error?.message ?? t('officer.unexpected', { reason: reply.status })]],
        ),
      );
    } catch (error) {
      setProblems(new Map([[PAGE, problemText(error)]]));
    } finally {
      setSaving(false);
    }
  }

  const textLabel = (field: TextKey) => t(`officerOpportunities.${field}Label`);
  const textHint = (field: TextKey) =>
    field === 'summary' || field === 'sessionTimes' || field === 'accessibility'
      ? t(`officerOpportunities.${field}Hint`)
      : undefined;
  const englishText = (field: TextKey) => (
    <TextAreaField
      key={field}
      id={fieldId(field)}
      label={textLabel(field)}
      hint={textHint(field)}
      error={fieldError(fieldId(field))}
      rows={field === 'title' ? 1 : 3}
      value={texts[field].en ?? ''}
      onValue={(value) => setText(field, 'en', value)}
    />
  );

  return (
    <>
      <p>
        <a href="/officer/opportunities">{t('officerOpportunities.cancel')}</a>
      </p>
      {summary}
      <PageHeading>{heading}</PageHeading>
      {loaded && (
        <form onSubmit={save} noValidate>
          <p>{t('officerOpportunities.editorIntro')}</p>
          {englishText('title')}
          <SelectField
            id={fieldId('serviceArea')}
            label={t('officerOpportunities.serviceAreaLabel')}
            error={fieldError(fieldId('serviceArea'))}
            options={[
              { value: '', label: t('officerOpportunities.chooseArea') },
              ...SERVICE_AREAS.map((area) => ({ value: area, label: areaName(area) })),
            ]}
            value={serviceArea}
            onValue={setServiceArea}
          />
          {englishText('summary')}
          {englishText('canInfluence')}
          {englishText('alreadyDecided')}
          <RadiosField
            id={fieldId('responsible.kind')}
            label={t('officerOpportunities.responsibleLabel')}
            error={fieldError(fieldId('responsible.kind'))}
            options={RESPONSIBLE_KINDS.map((kind) => ({
              value: kind,
              label: t(
                kind === 'council'
                  ? 'officerOpportunities.responsibleCouncil'
                  : kind === 'town-parish'
                    ? 'officerOpportunities.responsibleTownParish'
                    : 'officerOpportunities.responsibleOther',
              ),
            }))}
            value={responsible}
            onValue={(value) => setResponsible(value as ResponsibleKind)}
          />
          {responsible !== 'council' && (
            <TextField
              id={fieldId('responsible.name')}
              label={t('officerOpportunities.responsibleNameLabel')}
              error={fieldError(fieldId('responsible.name'))}
              value={responsibleName}
              onValue={setResponsibleName}
            />
          )}
          {englishText('howToTakePart')}
          <TextField
            id={fieldId('startsOn')}
            type="date"
            label={t('officerOpportunities.startsOnLabel')}
            error={fieldError(fieldId('startsOn'))}
            value={startsOn}
            onValue={setStartsOn}
          />
          <TextField
            id={fieldId('endsOn')}
            type="date"
            label={t('officerOpportunities.endsOnLabel')}
            hint={t('officerOpportunities.dateHint')}
            error={fieldError(fieldId('endsOn'))}
            value={endsOn}
            onValue={setEndsOn}
          />
          {englishText('sessionTimes')}
          {englishText('accessibility')}

          <h2>{t('officerOpportunities.contactHeading')}</h2>
          <p class="hint">{t('officerOpportunities.contactHint')}</p>
          <TextField
            id={fieldId('contact.name')}
            label={t('officerOpportunities.contactNameLabel')}
            error={fieldError(fieldId('contact.name'))}
            value={contact.name}
            onValue={(name) => setContact({ ...contact, name })}
          />
          <TextField
            id={fieldId('contact.email')}
            type="email"
            label={t('officerOpportunities.contactEmailLabel')}
            error={fieldError(fieldId('contact.email'))}
            value={contact.email}
            onValue={(email) => setContact({ ...contact, email })}
          />
          <TextField
            id={fieldId('contact.phone')}
            label={t('officerOpportunities.contactPhoneLabel')}
            error={fieldError(fieldId('contact.phone'))}
            value={contact.phone}
            onValue={(phone) => setContact({ ...contact, phone })}
          />

          <h2>{t('officerOpportunities.translationsHeading')}</h2>
          <p>{t('officerOpportunities.translationsIntro')}</p>
          {languages.map((language) => (
            <fieldset key={language} class="opportunity-language" lang="en">
              <legend class="field-label">{endonym(language)}</legend>
              {TEXT_FIELDS.map((field) => (
                <TextAreaField
                  key={field}
                  id={fieldId(`${field}.${language}`)}
                  label={`${textLabel(field)} (${endonym(language)})`}
                  lang={language.replace('-x-easy', '')}
                  rows={field === 'title' ? 1 : 3}
                  value={texts[field][language] ?? ''}
                  onValue={(value) => setText(field, language, value)}
                />
              ))}
              <button
                type="button"
                class="button button--secondary button--small"
                onClick={() => {
                  setLanguages(languages.filter((l) => l !== language));
                  const next = { ...texts };
                  for (const field of TEXT_FIELDS) {
                    const { [language]: _, ...rest } = next[field];
                    next[field] = rest;
                  }
                  setTexts(next);
                }}
              >
                {t('officerOpportunities.removeLanguage', { language: endonym(language) })}
              </button>
            </fieldset>
          ))}
          {OTHER_LANGUAGES.some((l) => !languages.includes(l)) && (
            <div class="filter">
              <SelectField
                id="opp-add-language"
                label={t('officerOpportunities.addLanguageLabel')}
                options={OTHER_LANGUAGES.filter((l) => !languages.includes(l)).map((l) => ({
                  value: l,
                  label: endonym(l),
                }))}
                value={
                  languages.includes(adding) ? (OTHER_LANGUAGES.find((l) => !languages.includes(l)) ?? '') : adding
                }
                onValue={setAdding}
              />
              <button
                type="button"
                class="button button--secondary"
                onClick={() => {
                  const language = languages.includes(adding)
                    ? OTHER_LANGUAGES.find((l) => !languages.includes(l))
                    : adding;
                  if (language) setLanguages([...languages, language]);
                }}
              >
                {t('officerOpportunities.addLanguage')}
              </button>
            </div>
          )}

          <div class="button-group">
            <button type="submit" class="button" disabled={saving}>
              {saving ? t('officerOpportunities.saving') : t('officerOpportunities.save')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
