import type { Question } from '../form.ts';
import type { QuestionContext, QuestionRow } from './question-row.ts';
import {
  errorMessages,
  listChoices,
  optional,
  otherLabel,
  type Parameters,
  readAppearance,
  readImage,
  readLimits,
  readParameters,
  readRequired,
  unreadImage,
} from './survey-row-cells.ts';
import type { ConstraintKind } from './xlsform-constraint.ts';

export type { QuestionContext, QuestionRow } from './question-row.ts';

/** Appearances Chorus reads; any other is reported. */
const APPEARANCES: Record<string, string[]> = {
  text: ['multiline', 'postcode-district'],
  range: ['faces'],
};

/**
 * The Chorus question (or questions: a select_multiple with `or_other` adds a follow-up) for one survey
 * row; undefined, with a report line, when the type has no Chorus equivalent or a part it needs is missing.
 */
export function buildQuestion(row: QuestionRow, ctx: QuestionContext): Question[] | undefined {
  const parameters = readParameters(row, ctx);
  const built = build(row, ctx, parameters);
  // Reported after the question took the parameters it uses, and only when it was built.
  if (built) parameters.reportUntaken();
  return built;
}

function build(row: QuestionRow, ctx: QuestionContext, parameters: Parameters): Question[] | undefined {
  const { table, defaultLanguage } = ctx;
  const text = (column: string) => table.texts(row.cells, column, defaultLanguage);
  const [type = '', listName, ...rest] = row.type;
  const label = text('label');
  if (!label) {
    ctx.line(row.number, 'label', 'error', `Question "${row.name}" has no label.`);
    return undefined;
  }
  const base = {
    id: row.id,
    label,
    ...optional('hint', text('hint')),
    required: readRequired(row, ctx),
    ...errorMessages(text('required_message'), text('constraint_message')),
  };
  const appearance = readAppearance(row, ctx, APPEARANCES[type] ?? []);
  const limits = (kind: ConstraintKind) => readLimits(row, ctx, kind);
  const choices = () => listChoices(row, ctx, listName);
  unreadImage(row, ctx, type === 'note');
  const chorusColumns = new Set(chorusColumnsOf(type));
  for (const column of CHORUS_ONLY_COLUMNS) {
    if (!chorusColumns.has(column) && text(column))
      ctx.line(row.number, column, 'warning', `"${column}" means nothing on a ${type} question and was not imported.`);
  }

  switch (type) {
    case 'note': {
      const { hint: givenHint, ...rest } = base;
      const body = text('body') ?? givenHint;
      const hint = text('body') ? givenHint : undefined;
      if (!text('body'))
        ctx.line(
          row.number,
          'body',
          'warning',
          base.hint
            ? `Note "${row.name}": its hint is shown as its text (Chorus notes have a heading and a text).`
            : `Note "${row.name}" has one text; Chorus shows it as both heading and text. Add a "body" column to give the text.`,
        );
      if (base.required)
        ctx.line(row.number, 'required', 'warning', `Note "${row.name}" cannot be required: it has nothing to answer.`);
      const image = readImage(row, ctx);
      return [
        {
          ...rest,
          ...optional('hint', hint),
          type: 'info',
          required: false,
          body: body ?? label,
          ...optional('image', image),
        },
      ];
    }
    case 'select_one': {
      const options = choices();
      if (!options) return undefined;
      const other = rest.includes('or_other');
      const maxLength = parameters.take('other_max_length');
      limits('other');
      return [
        {
          ...base,
          type: 'single',
          options,
          ...optional(
            'other',
            other
              ? {
                  label: text('other_label') ?? otherLabel(row, ctx),
                  ...optional('maxLength', maxLength === undefined ? undefined : Number(maxLength)),
                }
              : undefined,
          ),
        },
      ];
    }
    case 'select_multiple': {
      const options = choices();
      if (!options) return undefined;
      const { minChoices, maxChoices, exclusive } = limits('multiple');
      const marked = options.map((option) => (option.value === exclusive ? { ...option, exclusive: true } : option));
      if (exclusive !== undefined && !options.some((option) => option.value === exclusive))
        ctx.line(
          row.number,
          'constraint',
          'warning',
          `The constraint names "${exclusive}", which is not a choice of "${row.name}".`,
        );
      const question: Question = {
        ...base,
        type: 'multiple',
        options: marked,
        ...optional('minChoices', minChoices),
        ...optional('maxChoices', maxChoices),
      };
      if (!rest.includes('or_other')) return [question];
      // As ODK does: an "Other" choice, and a question asking which, shown when it is chosen.
      if (!options.some((option) => option.value === 'other'))
        question.options = [...marked, { value: 'other', label: otherLabel(row, ctx) }];
      const follow = ctx.freeId(`${row.id}-other`);
      ctx.line(
        row.number,
        'type',
        'warning',
        `Chorus multiple-choice questions have no "Other, please specify": "${row.name}" gets an "other" choice and a question "${follow}" shown when it is chosen.`,
      );
      return [
        question,
        {
          id: follow,
          type: 'text',
          required: false,
          maxLength: 500,
          label: { [defaultLanguage]: 'Please specify' },
          showIf: { includes: { question: row.id, value: 'other' } },
        },
      ];
    }
    case 'rank':
    case 'points': {
      const options = choices();
      if (!options) return undefined;
      limits('other');
      if (type === 'rank') return [{ ...base, type: 'ranking', options }];
      const total = Number(parameters.take('total'));
      if (!Number.isInteger(total) || total < 1) {
        ctx.line(row.number, 'parameters', 'error', `Points question "${row.name}" needs its total, like "total=10".`);
        return undefined;
      }
      return [{ ...base, type: 'points', options, total }];
    }
    case 'text': {
      if (appearance.includes('postcode-district')) {
        limits('other');
        return [{ ...base, type: 'postcode-district' }];
      }
      const { maxLength } = limits('text');
      // One line holds at most 500 characters: a longer limit asks for several lines.
      const long = appearance.includes('multiline') || (maxLength ?? 0) > 500;
      if (long && !appearance.includes('multiline'))
        ctx.line(
          row.number,
          'constraint',
          'warning',
          `"${row.name}" allows ${maxLength} characters, so it is asked with several lines (Chorus's one-line text holds at most 500).`,
        );
      if (maxLength !== undefined && maxLength > 10_000)
        ctx.line(row.number, 'constraint', 'warning', `Chorus allows at most 10000 characters, not ${maxLength}.`);
      const length = Math.min(maxLength ?? (long ? 10_000 : 500), 10_000);
      return [{ ...base, type: long ? 'longtext' : 'text', maxLength: length }];
    }
    case 'integer':
    case 'decimal': {
      const { min, max } = limits(type === 'integer' ? 'integer' : 'number');
      return [
        {
          ...base,
          type: 'number',
          ...optional('min', min as number | undefined),
          ...optional('max', max as number | undefined),
          ...(type === 'integer' ? { wholeNumber: true } : {}),
          ...optional('suffix', text('suffix')),
        },
      ];
    }
    case 'date': {
      const { min, max } = limits('date');
      return [
        {
          ...base,
          type: 'date',
          ...optional('min', min as string | undefined),
          ...optional('max', max as string | undefined),
        },
      ];
    }
    case 'range': {
      limits('other');
      const start = Number(parameters.take('start') ?? 1);
      const end = Number(parameters.take('end') ?? 10);
      const step = Number(parameters.take('step') ?? 1);
      const lowLabel = text('low_label');
      const highLabel = text('high_label');
      if (start === 1 && end === 5 && step === 1 && lowLabel && highLabel)
        return [
          { ...base, type: 'scale', lowLabel, highLabel, ...(appearance.includes('faces') ? { faces: true } : {}) },
        ];
      ctx.line(
        row.number,
        'parameters',
        'warning',
        `Range "${row.name}" becomes a number question from ${start} to ${end}: Chorus scales run from 1 to 5 in steps of 1 and name both ends (low_label, high_label).`,
      );
      return [
        {
          ...base,
          type: 'number',
          min: start,
          max: end,
          ...(Number.isInteger(step) && Number.isInteger(start) ? { wholeNumber: true } : {}),
        },
      ];
    }
    case 'yesno':
      limits('other');
      return [{ ...base, type: 'yesno' }];
    case 'acknowledge':
    case 'trigger': {
      limits('other');
      const statement = text('statement');
      if (!statement)
        ctx.line(
          row.number,
          'statement',
          'warning',
          `Agreement "${row.name}": its label is also used as the statement agreed to. Add a "statement" column to give the full text.`,
        );
      return [{ ...base, type: 'consent', statement: statement ?? label }];
    }
    default:
      return undefined;
  }
}

/** Columns that only Chorus reads (see README.md), and the types each means something on. */
const CHORUS_ONLY_COLUMNS = ['body', 'statement', 'other_label', 'low_label', 'high_label', 'suffix', 'image_alt'];
function chorusColumnsOf(type: string): string[] {
  const by: Record<string, string[]> = {
    note: ['body', 'image_alt'],
    acknowledge: ['statement'],
    trigger: ['statement'],
    select_one: ['other_label'],
    select_multiple: ['other_label'],
    range: ['low_label', 'high_label'],
    integer: ['suffix'],
    decimal: ['suffix'],
  };
  return by[type] ?? [];
}
