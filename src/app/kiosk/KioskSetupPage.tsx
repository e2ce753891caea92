import { useEffect, useRef, useState } from 'preact/hooks';
import { kioskResetOf } from '../../core/form.ts';
import { localise } from '../../core/text.ts';
import { listLatestForms } from '../../db/forms.ts';
import { DEFAULT_IDLE_SECONDS, IDLE_CHOICES, startKioskMode } from '../../db/kiosk-settings.ts';
import { isValidPin } from '../../db/staff-pin.ts';
import { currentLanguage, t } from '../../i18n/i18n.ts';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { fieldId } from '../questions/QuestionFrame.tsx';
import { storageErrorMessage } from '../storage-error.ts';
import { useDocumentTitle } from '../use-document-title.ts';
import { useLiveQuery } from '../use-live-query.ts';

const FORMS = 'kiosk-forms';
const IDLE = 'kiosk-idle';
const PIN = 'kiosk-pin';
const PIN_AGAIN = 'kiosk-pin-again';

/**
 * For staff (/setup/kiosk): turn this tablet into a kiosk for chosen consultations, with an idle timeout and a
 * staff PIN entered twice. Starting opens the welcome screen in a fresh page, where this tab's history begins
 * for residents.
 */
export function KioskSetupPage() {
  const forms = useLiveQuery(listLatestForms, []);
  const [chosen, setChosen] = useState<string[]>([]);
  const [idleSeconds, setIdleSeconds] = useState(DEFAULT_IDLE_SECONDS);
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(problems.size ? t('form.errorTitle', { title: t('kiosk.setupTitle') }) : t('kiosk.setupTitle'));
  useEffect(() => {
    if (problems.size) summaryRef.current?.focus();
  }, [problems]);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const found = new Map<string, string>();
    if (chosen.length === 0) found.set(FORMS, t('kiosk.chooseForm'));
    if (!isValidPin(pin)) found.set(PIN, t('kiosk.pinInvalid'));
    else if (pin !== pinAgain) found.set(PIN_AGAIN, t('kiosk.pinMismatch'));
    setProblems(found);
    if (found.size) return;
    setBusy(true);
    try {
      await startKioskMode({ formIds: chosen, idleSeconds, pin });
      // A fresh page: the kiosk's history for residents starts at its welcome screen.
      location.replace('/');
    } catch (failure) {
      setProblems(new Map([[FORMS, t('kiosk.startFailed', { reason: storageErrorMessage(failure) })]]));
      setBusy(false);
    }
  }

  const language = currentLanguage();
  const error = (field: string) => problems.get(field);
  return (
    <>
      {problems.size > 0 && <ErrorSummary focusRef={summaryRef} problems={problems} />}
      <a class="back-link" href="/setup">
        {t('form.backLink')}
      </a>
      <h1>{t('kiosk.setupTitle')}</h1>
      <p>{t('kiosk.setupIntro')}</p>
      <p>{t('kiosk.channelNote')}</p>
      {forms !== undefined && forms.length === 0 ? (
        <p class="notice">{t('kiosk.formsNone')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <div class={`question${error(FORMS) ? ' question--error' : ''}`}>
            <fieldset aria-describedby={`${fieldId(FORMS)}-hint`}>
              <legend class="question__legend">{t('kiosk.formsLegend')}</legend>
              <div id={`${fieldId(FORMS)}-hint`} class="hint">
                {t('kiosk.formsHint')}
              </div>
              <FieldError field={FORMS} message={error(FORMS)} />
              <div class="choices">
                {(forms ?? []).map(({ id, definition }, i) => {
                  const inputId = i === 0 ? fieldId(FORMS) : `${fieldId(FORMS)}-${id}`;
                  return (
                    <div class="choice choice--described" key={id}>
                      <input
                        class="choice__input"
                        type="checkbox"
                        id={inputId}
                        checked={chosen.includes(id)}
                        aria-describedby={`${inputId}-hint`}
                        onChange={(e) =>
                          setChosen(e.currentTarget.checked ? [...chosen, id] : chosen.filter((c) => c !== id))
                        }
                      />
                      <div>
                        <label class="choice__label" for={inputId}>
                          {localise(definition.title, language, definition.defaultLanguage).text}
                        </label>
                        <div id={`${inputId}-hint`} class="hint choice__hint">
                          {kioskResetOf(definition) === 'keep-partial' ? t('kiosk.keepsPartial') : t('kiosk.discards')}
                        </div>
                      </div>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          </div>
          <div class="question">
            <label class="question__legend" for={fieldId(IDLE)}>
              {t('kiosk.idleLabel')}
            </label>
            <div id={`${fieldId(IDLE)}-hint`} class="hint">
              {t('kiosk.idleHint')}
            </div>
            <select
              id={fieldId(IDLE)}
              class="select"
              value={String(idleSeconds)}
              aria-describedby={`${fieldId(IDLE)}-hint`}
              onChange={(e) => setIdleSeconds(Number(e.currentTarget.value))}
            >
              {IDLE_CHOICES.map((seconds) => (
                <option key={seconds} value={String(seconds)}>
                  {seconds < 60
                    ? t('kiosk.idleSeconds', { count: seconds })
                    : t('kiosk.idleMinutes', { count: seconds / 60 })}
                </option>
              ))}
            </select>
          </div>
          <PinField
            field={PIN}
            label={t('kiosk.pinLabel')}
            hint={t('kiosk.pinHint')}
            value={pin}
            onInput={setPin}
            error={error(PIN)}
          />
          <PinField
            field={PIN_AGAIN}
            label={t('kiosk.pinAgainLabel')}
            value={pinAgain}
            onInput={setPinAgain}
            error={error(PIN_AGAIN)}
          />
          <button type="submit" class="button" disabled={busy}>
            {t('kiosk.start')}
          </button>
        </form>
      )}
    </>
  );
}

function FieldError({ field, message }: { field: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${fieldId(field)}-error`} class="field-error">
      <span class="visually-hidden">{t('form.errorPrefix')} </span>
      {message}
    </p>
  );
}

function PinField(props: {
  field: string;
  label: string;
  hint?: string;
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}) {
  const id = fieldId(props.field);
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`question${props.error ? ' question--error' : ''}`}>
      <label class="question__legend" for={id}>
        {props.label}
      </label>
      {props.hint && (
        <div id={`${id}-hint`} class="hint">
          {props.hint}
        </div>
      )}
      <FieldError field={props.field} message={props.error} />
      <input
        id={id}
        class="input input--short"
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        maxLength={8}
        value={props.value}
        aria-describedby={describedBy || undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  );
}
