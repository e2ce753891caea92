import { useEffect, useRef, useState } from 'preact/hooks';
import type { Condition } from '../../../core/condition.ts';
import type { FormDefinition, Question, QuestionType } from '../../../core/form.ts';
import { t } from '../../../i18n/i18n.ts';
import { SelectField } from '../fields.tsx';
import { changeTypeInForm, type FormTypeChange, type Lost } from './change-type.ts';
import { changeForm } from './draft-session.ts';
import { QUESTION_TYPES } from './question-list.ts';
import { textIn } from './text-value.ts';
import { useFocusNext } from './use-focus-next.ts';

const typeName = (type: QuestionType) => t(`builder.types.${type}`);
const nameOf = (question: Question, language: string) => textIn(question.label, language).trim() || question.id;

/**
 * "Type of question" with a "Change type" button (never on the select's change: keyboard users arrow
 * through a select). When the change would lose something (choices, settings with something in them, other
 * questions' conditions), it asks first and names each loss, as deleting a question does; otherwise it
 * changes at once. Afterwards the focus is on the select and a polite status says what the question is now.
 * A published question keeps its type, so it only says which it is.
 */
export function ChangeType({ form, index, published }: { form: FormDefinition; index: number; published: boolean }) {
  const question = form.questions[index];
  const [chosen, setChosen] = useState<QuestionType>(question?.type ?? 'single');
  const [confirming, setConfirming] = useState<FormTypeChange | null>(null);
  const [status, setStatus] = useState('');
  const focusNext = useFocusNext();
  const type = question?.type;
  const questionId = question?.id;
  // The select follows the question when its type changes some other way (another officer's version), and a
  // confirmation is for one question: it goes if another takes this place (a move, a deletion).
  useEffect(() => {
    if (type) setChosen(type);
  }, [type]);
  useEffect(() => setConfirming(null), [questionId]);
  if (!question) return null;
  const id = `q${index}-type`;
  const language = form.defaultLanguage;

  if (published)
    return (
      <p>
        {t('builder.questions.changeType.label')}: {typeName(question.type)}
        <span class="hint"> {t('builder.questions.changeType.published')}</span>
      </p>
    );

  function apply(to: QuestionType, expected: string) {
    // From the form as it is now, in case it changed while the confirmation was open.
    let changed = false;
    changeForm((now) => {
      if (now.questions[index]?.id !== expected) return now;
      changed = true;
      return changeTypeInForm(now, index, to).form;
    });
    setConfirming(null);
    focusNext.current = id;
    // Said only when it happened: another question may have taken this place meanwhile.
    if (changed) setStatus(t('builder.questions.changeType.done', { position: index + 1, type: typeName(to) }));
  }

  function ask() {
    if (!question) return;
    if (chosen === question.type) {
      setStatus(t('builder.questions.changeType.same', { position: index + 1, type: typeName(chosen) }));
      return;
    }
    const change = changeTypeInForm(form, index, chosen);
    setStatus('');
    if (change.lost.length === 0 && change.broken.length === 0 && !change.quoteConsentLost) apply(chosen, question.id);
    else setConfirming(change);
  }

  return (
    <div class="builder-change-type">
      <SelectField
        id={id}
        label={t('builder.questions.changeType.label')}
        options={QUESTION_TYPES.map((value) => ({ value, label: typeName(value) }))}
        value={chosen}
        onValue={(v) => setChosen(v as QuestionType)}
      />
      <button type="button" id={`${id}-change`} class="button button--secondary" onClick={ask}>
        {t('builder.questions.changeType.button')}
      </button>
      <p role="status" class="visually-hidden">
        {status}
      </p>
      {confirming && (
        <ChangeConfirmation
          id={`${id}-confirm`}
          name={nameOf(question, language)}
          current={question.type}
          type={confirming.question.type}
          lost={confirming.lost.map(lostText)}
          conditions={confirming.broken.map((b) =>
            t('builder.questions.changeType.condition', {
              name: nameOf(form.questions[b.index] as Question, language),
              tests: b.tests
                .map((test) => testText(test, question, language))
                .join(t('builder.questions.changeType.or')),
            }),
          )}
          quoteConsent={confirming.quoteConsentLost}
          onChange={() => apply(confirming.question.type, confirming.question.id)}
          onKeep={() => {
            setConfirming(null);
            setChosen(question.type);
            focusNext.current = id;
          }}
        />
      )}
    </div>
  );
}

function lostText(lost: Lost): string {
  if (lost.kind === 'choices') return t('builder.questions.changeType.choices', { count: lost.count });
  const setting = t(`builder.questions.changeType.settings.${lost.setting}`);
  if (lost.words) return t('builder.questions.changeType.settingWords', { setting, words: lost.words });
  if (lost.value) return t('builder.questions.changeType.settingValue', { setting, value: lost.value });
  return t('builder.questions.changeType.setting', { setting });
}

/** "is “Yes”", "includes “Blue”", "is given": a test on the question, with its value as the officer wrote it. */
function testText(test: Condition, question: Question, language: string): string {
  if ('answered' in test) return t('builder.questions.changeType.test_answered');
  const [kind, value] =
    'equals' in test ? ['equals', test.equals.value] : ['includes', 'includes' in test ? test.includes.value : ''];
  const option = 'options' in question ? question.options.find((o) => o.value === String(value)) : undefined;
  const words = option
    ? textIn(option.label, language) || option.value
    : question.type === 'yesno' && (value === 'yes' || value === 'no')
      ? t(`builder.showIf.value_${value}`)
      : question.type === 'consent'
        ? t('builder.showIf.value_agreed')
        : String(value);
  return t(`builder.questions.changeType.test_${kind}`, { value: words });
}

function ChangeConfirmation(props: {
  id: string;
  name: string;
  current: QuestionType;
  type: QuestionType;
  lost: string[];
  conditions: string[];
  quoteConsent: boolean;
  onChange: () => void;
  onKeep: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const type = typeName(props.type);
  return (
    <section class="confirmation" aria-labelledby={`${props.id}-title`}>
      <h4 id={`${props.id}-title`} ref={heading} tabIndex={-1}>
        {t('builder.questions.changeType.confirmTitle', { name: props.name, type })}
      </h4>
      <p>{t('builder.questions.changeType.confirmIntro')}</p>
      <ul>
        {props.lost.map((text) => (
          <li key={text}>{text}</li>
        ))}
        {props.conditions.map((text) => (
          <li key={text}>{text}</li>
        ))}
        {props.quoteConsent && <li>{t('builder.questions.changeType.quoteConsent')}</li>}
      </ul>
      <div class="button-group">
        <button type="button" class="button button--warning" onClick={props.onChange}>
          {t('builder.questions.changeType.yes', { type })}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onKeep}>
          {t('builder.questions.changeType.no', { type: typeName(props.current) })}
        </button>
      </div>
    </section>
  );
}
