import { OUTCOME_STATUSES, type Outcome } from '../../../core/results-page.ts';
import type { LocalisedText } from '../../../core/text.ts';
import { t } from '../../../i18n/i18n.ts';
import { SelectField, TextAreaField, TextField } from '../fields.tsx';
import { withText } from './edit-text.ts';
import { ItemButtons, type ItemControls } from './ThemeEditor.tsx';

/** One outcome with every field, and "what was done" with its date to add later. */
export function OutcomeEditor({
  outcome,
  onChange,
  controls,
}: {
  outcome: Outcome;
  onChange: (outcome: Outcome) => void;
  controls: ItemControls;
}) {
  const { index, count, language, original, error } = controls;
  const number = index + 1;
  const id = (field: string) => `outcome-${index}-${field}`;
  const originalHint = (text: LocalisedText | undefined) =>
    text && language !== original.language && text[original.language]
      ? t('officerResults.originalText', { language: original.name, text: text[original.language] })
      : undefined;
  const text = (field: 'action' | 'owner' | 'measure', label: string, area = false) => {
    const props = {
      id: id(field),
      label,
      hint: originalHint(outcome[field]),
      error: error(id(field)),
      value: outcome[field][language] ?? '',
      onValue: (words: string) => onChange({ ...outcome, [field]: withText(outcome[field], language, words) }),
    };
    return area ? <TextAreaField {...props} rows={2} /> : <TextField {...props} />;
  };
  const setUpdate = (change: { text?: LocalisedText; date?: string }) => {
    const next = { text: outcome.update?.text ?? {}, date: outcome.update?.date ?? '', ...change };
    const { update: _, ...rest } = outcome;
    onChange(Object.keys(next.text).length === 0 && next.date === '' ? rest : { ...rest, update: next });
  };
  return (
    <fieldset class="officer-results__item">
      <legend class="field-label">{t('officerResults.outcomeLegend', { number })}</legend>
      {text('action', t('officerResults.outcomeAction'), true)}
      {text('owner', t('officerResults.outcomeOwner'))}
      <TextField
        id={id('due')}
        label={t('officerResults.outcomeDue')}
        hint={t('officerResults.outcomeDueHint')}
        error={error(id('due'))}
        value={outcome.due}
        onValue={(due) => onChange({ ...outcome, due })}
      />
      {text('measure', t('officerResults.outcomeMeasure'), true)}
      <SelectField
        id={id('status')}
        label={t('officerResults.outcomeStatus')}
        options={OUTCOME_STATUSES.map((status) => ({ value: status, label: t(`officerResults.status.${status}`) }))}
        value={outcome.status}
        onValue={(status) => onChange({ ...outcome, status: status as Outcome['status'] })}
      />
      <TextAreaField
        id={id('update')}
        label={t('officerResults.outcomeUpdate')}
        hint={originalHint(outcome.update?.text)}
        error={error(id('update'))}
        value={outcome.update?.text[language] ?? ''}
        onValue={(words) => setUpdate({ text: withText(outcome.update?.text ?? {}, language, words) })}
        rows={2}
      />
      <TextField
        id={id('update-date')}
        label={t('officerResults.outcomeUpdateDate')}
        error={error(id('update-date'))}
        value={outcome.update?.date ?? ''}
        onValue={(date) => setUpdate({ date })}
      />
      <ItemButtons
        controls={controls}
        count={count}
        labels={{
          up: t('officerResults.moveOutcomeUp', { number }),
          down: t('officerResults.moveOutcomeDown', { number }),
          remove: t('officerResults.removeOutcome', { number }),
        }}
      />
    </fieldset>
  );
}
