import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { type ContactMethod, checkRegistrationDraft, type RegistrationProblem } from '../../core/registration.ts';
import { getDeviceId } from '../../db/device.ts';
import { getOpportunity } from '../../db/opportunities.ts';
import { submitRegistration } from '../../db/outbox.ts';
import { getCollecting } from '../../db/tablet-setup.ts';
import { currentLanguage, t } from '../../i18n/i18n.ts';
import { scheduleSend } from '../../sw-bridge.ts';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { kioskAutocomplete } from '../kiosk/kiosk-mode.ts';
import { fieldId } from '../questions/QuestionFrame.tsx';
import { useDocumentTitle } from '../use-document-title.ts';
import { useLiveQuery } from '../use-live-query.ts';
import { lastRegistration } from './last-registration.ts';
import { NotFound } from './OpportunityPage.tsx';
import { opportunityPath, pickText } from './opportunity-text.ts';

const PROBLEM_KEYS: Record<RegistrationProblem, string> = {
  'method-missing': 'opportunities.errors.methodMissing',
  'email-missing': 'opportunities.errors.emailMissing',
  'email-invalid': 'opportunities.errors.emailInvalid',
  'phone-missing': 'opportunities.errors.phoneMissing',
  'phone-invalid': 'opportunities.errors.phoneInvalid',
  'post-missing': 'opportunities.errors.postMissing',
  'consent-missing': 'opportunities.errors.consentMissing',
  'name-too-long': 'opportunities.errors.nameTooLong',
};

/** Field names as the error summary links to them (`q-reg-…`, the ids of the fields). */
const id = (field: string) => fieldId(`reg-${field}`);

/**
 * `/opportunities/:id/register`: name (optional), how to be contacted (the value revealed under the chosen
 * method), and explicit consent with what is kept, who sees it and for how long. Validated on submit, with
 * the GOV.UK error summary. The registration goes in the outbox beside responses.
 */
export function RegisterPage() {
  const { params } = useRoute();
  const { route } = useLocation();
  const opportunityId = params.id ?? '';
  const opportunity = useLiveQuery(async () => (await getOpportunity(opportunityId)) ?? null, [opportunityId]);
  const venue = useLiveQuery(async () => (await getCollecting()).event, []);
  const [name, setName] = useState('');
  const [method, setMethod] = useState<ContactMethod | ''>('');
  const [values, setValues] = useState<Record<'email' | 'phone' | 'post', string>>({ email: '', phone: '', post: '' });
  const [consent, setConsent] = useState(false);
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [saveError, setSaveError] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  // One id for this form, so pressing Register twice (a double tap) cannot queue two registrations, and a
  // save that failed is retried as the same registration; `saving` ignores presses while one is in hand.
  const registrationId = useRef(crypto.randomUUID());
  const saving = useRef(false);
  const heading = t('opportunities.formTitle');
  useDocumentTitle(problems.size ? t('form.errorTitle', { title: heading }) : heading);
  useEffect(() => {
    if (problems.size) summaryRef.current?.focus();
  }, [problems]);

  if (opportunity === undefined || venue === undefined) return null;
  if (opportunity === null) return <NotFound />;
  const title = pickText(opportunity.title);

  const contactValueOf = (m: ContactMethod | '') =>
    m === 'email' || m === 'phone' || m === 'post' ? values[m].trim() : m === 'venue' ? venue : '';

  async function submit(event: Event) {
    event.preventDefault();
    if (!opportunity) return;
    const found = checkRegistrationDraft({
      name,
      contactMethod: method,
      contactValue: contactValueOf(method),
      consent,
    });
    setProblems(new Map(found.map((p) => [`reg-${p.field}`, t(PROBLEM_KEYS[p.problem])])));
    if (found.length > 0 || method === '' || saving.current) return;
    const contactValue = contactValueOf(method);
    saving.current = true;
    try {
      await submitRegistration({
        id: registrationId.current,
        opportunityId: opportunity.id,
        ...(name.trim() ? { name: name.trim() } : {}),
        contactMethod: method,
        ...(method === 'none' ? {} : { contactValue }),
        consent: true,
        language: currentLanguage(),
        ...(venue ? { event: venue } : {}),
        deviceId: await getDeviceId(),
        submittedAt: new Date().toISOString(),
      });
    } catch (error) {
      saving.current = false;
      setSaveError(t('opportunities.saveFailed', { reason: (error as Error).message }));
      return;
    }
    lastRegistration.value = { opportunityId: opportunity.id, contactMethod: method, contactValue };
    void scheduleSend();
    // Replace, so Back from the confirmation does not return to the filled-in form.
    route(opportunityPath(opportunity.id, '/registered'), true);
  }

  const methods: { value: ContactMethod; label: string; hint?: string; field?: 'email' | 'phone' | 'post' }[] = [
    { value: 'email', label: t('opportunities.methodEmail'), field: 'email' },
    { value: 'phone', label: t('opportunities.methodPhone'), field: 'phone' },
    { value: 'post', label: t('opportunities.methodPost'), field: 'post' },
    ...(venue ? [{ value: 'venue' as const, label: t('opportunities.methodVenue', { venue }) }] : []),
    { value: 'none', label: t('opportunities.methodNone'), hint: t('opportunities.methodNoneHint') },
  ];
  const methodError = problems.get('reg-contactMethod');
  const consentError = problems.get('reg-consent');
  const nameError = problems.get('reg-name');

  return (
    <>
      <p>
        <a href={opportunityPath(opportunity.id)}>{t('form.backLink')}</a>
      </p>
      {problems.size > 0 && <ErrorSummary focusRef={summaryRef} problems={problems} />}
      {saveError && <p class="notice notice--error">{saveError}</p>}
      <h1>{heading}</h1>
      <p>{t('opportunities.formIntro', { title: title.text })}</p>
      <form onSubmit={submit} noValidate autoComplete={kioskAutocomplete()}>
        <div class={`question${nameError ? ' question--error' : ''}`}>
          <label class="question__legend" for={id('name')}>
            {t('opportunities.nameLabel')}
          </label>
          {nameError && <FieldError id="reg-name-error" message={nameError} />}
          <input
            class="input"
            type="text"
            id={id('name')}
            autoComplete={kioskAutocomplete() ?? 'name'}
            value={name}
            aria-describedby={nameError ? 'reg-name-error' : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>

        <div class={`question${methodError ? ' question--error' : ''}`}>
          <fieldset aria-describedby={methodError ? 'reg-method-error' : undefined}>
            <legend class="question__legend">{t('opportunities.methodLegend')}</legend>
            {methodError && <FieldError id="reg-method-error" message={methodError} />}
            <div class="choices">
              {methods.map((m, index) => {
                const inputId = index === 0 ? id('contactMethod') : id(`method-${m.value}`);
                const valueError = m.field ? problems.get(`reg-${m.field}`) : undefined;
                return (
                  <div key={m.value}>
                    <div class="choice">
                      <input
                        class="choice__input"
                        type="radio"
                        name="contactMethod"
                        id={inputId}
                        value={m.value}
                        checked={method === m.value}
                        aria-describedby={m.hint ? `${inputId}-hint` : undefined}
                        onChange={() => setMethod(m.value)}
                      />
                      <label class="choice__label" for={inputId}>
                        {m.label}
                      </label>
                      {m.hint && (
                        <div id={`${inputId}-hint`} class="hint choice__hint">
                          {m.hint}
                        </div>
                      )}
                    </div>
                    {m.field && method === m.value && (
                      <div class={`choice__reveal${valueError ? ' question--error' : ''}`}>
                        <label for={id(m.field)}>{t(`opportunities.${m.field}Label`)}</label>
                        {valueError && <FieldError id={`reg-${m.field}-error`} message={valueError} />}
                        {m.field === 'post' ? (
                          <textarea
                            class="textarea"
                            id={id('post')}
                            rows={4}
                            value={values.post}
                            autoComplete={kioskAutocomplete() ?? 'street-address'}
                            aria-describedby={valueError ? 'reg-post-error' : undefined}
                            onInput={(e) => setValues({ ...values, post: e.currentTarget.value })}
                          />
                        ) : (
                          <ContactInput
                            field={m.field}
                            value={values[m.field]}
                            error={valueError}
                            onInput={(value) => setValues({ ...values, [m.field as string]: value })}
                          />
                        )}
                      </div>
                    )}
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>

        <div class={`question${consentError ? ' question--error' : ''}`}>
          <fieldset aria-describedby={`reg-consent-text${consentError ? ' reg-consent-error' : ''}`}>
            <legend class="question__legend">{t('opportunities.consentHeading')}</legend>
            <div id="reg-consent-text">
              <p>{t('opportunities.consentKept')}</p>
              <p>{t('opportunities.consentWho')}</p>
              <p>{t('opportunities.consentHowLong')}</p>
            </div>
            {consentError && <FieldError id="reg-consent-error" message={consentError} />}
            <div class="choice">
              <input
                class="choice__input"
                type="checkbox"
                id={id('consent')}
                checked={consent}
                onChange={(e) => setConsent(e.currentTarget.checked)}
              />
              <label class="choice__label" for={id('consent')}>
                {t('opportunities.consentLabel')}
              </label>
            </div>
          </fieldset>
        </div>

        <button type="submit" class="button">
          {t('opportunities.submit')}
        </button>
      </form>
    </>
  );
}

function ContactInput({
  field,
  value,
  error,
  onInput,
}: {
  field: 'email' | 'phone';
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}) {
  const shared = {
    class: 'input',
    id: id(field),
    value,
    'aria-describedby': error ? `reg-${field}-error` : undefined,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  // Off a kiosk, the browser may fill in the person's own details (WCAG 1.3.5); on a kiosk it must not.
  return field === 'email' ? (
    <input type="email" autoComplete={kioskAutocomplete() ?? 'email'} {...shared} />
  ) : (
    <input type="tel" autoComplete={kioskAutocomplete() ?? 'tel'} {...shared} />
  );
}

function FieldError({ id: errorId, message }: { id: string; message: string }) {
  return (
    <p id={errorId} class="field-error">
      <span class="visually-hidden">{t('form.errorPrefix')} </span>
      {message}
    </p>
  );
}
