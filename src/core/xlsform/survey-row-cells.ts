import type { Choice } from '../form.ts';
import type { LocalisedText } from '../text.ts';
import type { QuestionContext, QuestionRow } from './question-row.ts';
import { type ConstraintKind, type ConstraintLimits, readConstraint } from './xlsform-constraint.ts';

// Readers of one survey row's cells, each reporting what it cannot use (survey-question.ts puts them together).

export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

export function errorMessages(required?: LocalisedText, invalid?: LocalisedText) {
  if (!required && !invalid) return {};
  return { errors: { ...optional('required', required), ...optional('invalid', invalid) } };
}

const YES = new Set(['yes', 'true', '1', 'true()']);
const NO = new Set(['', 'no', 'false', '0', 'false()']);

export function readRequired(row: QuestionRow, ctx: QuestionContext): boolean {
  const value = ctx.table.cell(row.cells, 'required').toLowerCase();
  if (YES.has(value)) return true;
  if (!NO.has(value))
    ctx.line(
      row.number,
      'required',
      'warning',
      `"${value}" is not yes or no; Chorus cannot make a question required only sometimes, so "${row.name}" is optional.`,
    );
  return false;
}

export function readAppearance(row: QuestionRow, ctx: QuestionContext, known: string[]): string[] {
  const words = ctx.table.cell(row.cells, 'appearance').split(/\s+/).filter(Boolean);
  for (const word of words) {
    if (!known.includes(word))
      ctx.line(
        row.number,
        'appearance',
        'warning',
        `Appearance "${word}" has no Chorus equivalent (Chorus lays questions out for the tablet itself); not imported.`,
      );
  }
  return words;
}

export interface Parameters {
  take(key: string): string | undefined;
  reportUntaken(): void;
}

/** The parameters cell ("start=1 end=5 step=1"); whatever the question does not take is reported. */
export function readParameters(row: QuestionRow, ctx: QuestionContext): Parameters {
  const values = new Map<string, string>();
  for (const pair of ctx.table
    .cell(row.cells, 'parameters')
    .split(/[\s,;]+/)
    .filter(Boolean)) {
    const [key = '', value = ''] = pair.split('=');
    values.set(key.trim().toLowerCase(), value.trim());
  }
  const taken = new Set<string>();
  return {
    take(key) {
      taken.add(key);
      return values.get(key);
    },
    reportUntaken() {
      for (const key of values.keys()) {
        if (!taken.has(key))
          ctx.line(
            row.number,
            'parameters',
            'warning',
            `Parameter "${key}" means nothing to Chorus on a ${row.type[0]} question; not imported.`,
          );
      }
    },
  };
}

export function readLimits(row: QuestionRow, ctx: QuestionContext, kind: ConstraintKind): ConstraintLimits {
  const constraint = ctx.table.cell(row.cells, 'constraint');
  if (!constraint) return {};
  const read = readConstraint(constraint, kind);
  if (read.error)
    ctx.line(
      row.number,
      'constraint',
      'warning',
      `The constraint "${constraint}" could not be read (${read.error}); not imported.`,
    );
  for (const part of read.unread)
    ctx.line(row.number, 'constraint', 'warning', `Part of the constraint was not imported: ${part}.`);
  return read.limits;
}

export function listChoices(
  row: QuestionRow,
  ctx: QuestionContext,
  listName: string | undefined,
): Choice[] | undefined {
  if (!listName) {
    ctx.line(
      row.number,
      'type',
      'error',
      `"${row.type.join(' ')}" needs the name of its list of choices, like "select_one colours".`,
    );
    return undefined;
  }
  if (ctx.lists === null) return undefined;
  const list = ctx.lists.get(listName);
  if (!list) {
    ctx.line(
      row.number,
      'type',
      'error',
      `Question "${row.name}" uses the list "${listName}", which the choices sheet does not have.`,
    );
    return undefined;
  }
  list.used = true;
  return list.choices.map((choice) => ({ ...choice }));
}

export function otherLabel(row: QuestionRow, ctx: QuestionContext): LocalisedText {
  if (ctx.defaultLanguage !== 'en')
    ctx.line(
      row.number,
      'other_label',
      'warning',
      `The "Other" choice of "${row.name}" is labelled in English; add an "other_label" column in ${ctx.defaultLanguage}.`,
    );
  return { [ctx.defaultLanguage]: 'Other' };
}

function imageSource(row: QuestionRow, ctx: QuestionContext): string {
  return (
    ctx.table.cell(row.cells, 'media::image', ctx.defaultLanguage) ||
    ctx.table.cell(row.cells, 'image', ctx.defaultLanguage)
  );
}

export function readImage(row: QuestionRow, ctx: QuestionContext) {
  const src = imageSource(row, ctx);
  if (!src) return undefined;
  const alt = ctx.table.texts(row.cells, 'image_alt', ctx.defaultLanguage);
  if (!alt) {
    ctx.line(
      row.number,
      'media::image',
      'warning',
      `Image "${src}" was not imported: Chorus shows an image only with a description (add an "image_alt" column).`,
    );
    return undefined;
  }
  return { src, alt };
}

export function unreadImage(row: QuestionRow, ctx: QuestionContext, isNote: boolean): void {
  const src = imageSource(row, ctx);
  if (src && !isNote)
    ctx.line(
      row.number,
      'media::image',
      'warning',
      `Image "${src}" was not imported: Chorus shows images only in notes.`,
    );
}
