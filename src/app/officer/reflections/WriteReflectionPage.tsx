import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../../../i18n/i18n.ts';
import { SelectField, TextAreaField, TextField } from '../fields.tsx';
import { jsonBody } from '../officer-api.ts';
import { nextScreenNotice, officerCall, problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { loadPublishedForms, type PublishedForm } from '../published-forms.ts';
import { PAGE, useProblems } from '../use-problems.tsx';
import { PRINCIPLES, type Principle, REFLECTION_TEXT_MAX, readPath } from './reflection.ts';

const TEXTS = ['whoCame', 'whoDidNotCome', 'whatWorked', 'whatToChange'] as const;
type TextName = (typeof TEXTS)[number];

const principleName = (p: Principle) => t(`reflections.principle_${p}`);

/**
 * A short reflection after an event (issue 8), by the signed-in officer or outreach worker: who came, who did
 * not (and what might bring them), what worked, what to change, and how each co-production principle ticked
 * made a difference. The event and consultation come from the link that opened it, or are chosen here.
 */
export function WriteReflectionPage() {
  const { query, route } = useLocation();
  const { setProblems, summary, fieldError } = useProblems(t('reflections.writeTitle'));
  const [event, setEvent] = useState(query.event ?? '');
  const [formId, setFormId] = useState(query.form ?? '');
  const [forms, setForms] = useState<PublishedForm[]>([]);
  const [texts, setTexts] = useState<Record<TextName, string>>({
    whoCame: '',
    whoDidNotCome: '',
    whatWorked: '',
    whatToChange: '',
  });
  const [ticked, setTicked] = useState<Partial<Record<Principle, string>>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    loadPublishedForms().then(setForms, () => setForms([]));
  }, []);

  const setText = (name: TextName) => (value: string) => setTexts((now) => ({ ...now, [name]: value }));

  async function save(e: Event) {
    e.preventDefault();
    const found = new Map<string, string>();
    if (!event.trim()) found.set('reflection-event', t('reflections.enterEvent'));
    if (!texts.whoCame.trim()) found.set('reflection-whoCame', t('reflections.enterWhoCame'));
    for (const name of TEXTS) {
      if (texts[name].trim().length > REFLECTION_TEXT_MAX) {
        found.set(`reflection-${name}`, t('reflections.tooLong', { count: REFLECTION_TEXT_MAX }));
      }
    }
    for (const principle of PRINCIPLES) {
      const sentence = ticked[principle];
      if (sentence === undefined) continue;
      if (!sentence.trim()) {
        found.set(
          `reflection-${principle}-how`,
          t('reflections.enterPrinciple', { principle: principleName(principle).toLowerCase() }),
        );
      } else if (sentence.trim().length > REFLECTION_TEXT_MAX) {
        found.set(`reflection-${principle}-how`, t('reflections.tooLong', { count: REFLECTION_TEXT_MAX }));
      }
    }
    setProblems(found);
    if (found.size) return;
    setBusy(true);
    try {
      await officerCall(
        '/api/reflections',
        jsonBody('POST', { event: event.trim(), formId: formId || undefined, ...texts, principles: ticked }),
      );
      nextScreenNotice.value = t('reflections.saved', { event: event.trim() });
      route(readPath(event.trim(), formId || null));
    } catch (error) {
      setProblems(new Map([[PAGE, problemText(error)]]));
      setBusy(false);
    }
  }

  return (
    <>
      {summary}
      <a href="/officer/reflections" class="back-link">
        {t('reflections.back')}
      </a>
      <PageHeading>
        {query.event ? t('reflections.writeFor', { event: query.event }) : t('reflections.writeTitle')}
      </PageHeading>
      <form onSubmit={save} noValidate>
        <TextField
          id="reflection-event"
          label={t('reflections.event')}
          hint={t('reflections.eventHint')}
          autoComplete="off"
          value={event}
          onValue={setEvent}
          error={fieldError('reflection-event')}
        />
        <SelectField
          id="reflection-form"
          label={t('reflections.colForm')}
          options={[
            { value: '', label: t('reflections.noForm') },
            ...forms.map((f) => ({ value: f.id, label: f.title })),
          ]}
          value={formId}
          onValue={setFormId}
        />
        {TEXTS.map((name) => (
          <TextAreaField
            key={name}
            id={`reflection-${name}`}
            label={t(`reflections.${name}`)}
            {...(name === 'whoCame' && { hint: t('reflections.whoCameHint') })}
            value={texts[name]}
            onValue={setText(name)}
            error={fieldError(`reflection-${name}`)}
          />
        ))}
        <div class="form-group">
          <fieldset aria-describedby="reflection-principles-hint">
            <legend class="field-label">{t('reflections.principlesLegend')}</legend>
            <div id="reflection-principles-hint" class="hint">
              {t('reflections.principlesHint')}
            </div>
            <div class="choices">
              {PRINCIPLES.map((principle) => {
                const id = `reflection-${principle}`;
                const on = ticked[principle] !== undefined;
                return (
                  <div key={principle}>
                    <div class="choice">
                      <input
                        class="choice__input"
                        type="checkbox"
                        id={id}
                        checked={on}
                        aria-controls={`${id}-reveal`}
                        aria-expanded={on}
                        onChange={() =>
                          setTicked((now) => {
                            const next = { ...now };
                            if (on) delete next[principle];
                            else next[principle] = '';
                            return next;
                          })
                        }
                      />
                      <label class="choice__label" for={id}>
                        {principleName(principle)}
                      </label>
                    </div>
                    <div id={`${id}-reveal`} class="reflection__reveal">
                      {on && (
                        <TextAreaField
                          id={`${id}-how`}
                          label={t('reflections.principleSentence', {
                            principle: principleName(principle).toLowerCase(),
                          })}
                          rows={2}
                          value={ticked[principle] ?? ''}
                          onValue={(value) => setTicked((now) => ({ ...now, [principle]: value }))}
                          error={fieldError(`${id}-how`)}
                        />
                      )}
                    </div>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        <button type="submit" class="button" disabled={busy}>
          {t('reflections.save')}
        </button>
      </form>
    </>
  );
}
