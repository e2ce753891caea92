import type { FormDefinition, Question } from '../../src/core/form.ts';
import type { Answer } from '../../src/core/response.ts';
import type { StoredResponse } from '../store/store.ts';

export type Cell = string | number | null;

export const META_COLUMNS = [
  'response_id',
  'form_version',
  'submitted_at',
  'received_at',
  'device_id',
  'channel',
  'language',
  'event',
  /** "yes" for the answers so far of someone who left a kiosk mid-form (a partial response); else empty. */
  'partial',
  /** Paper returns (issue 8): the batch of paper questionnaires a keyed sheet came from; else empty. */
  'paper_batch',
  // Issue 8: who helped an assisted session and in which language; the device's partner organisation.
  'assisted_by',
  'conversation_language',
  'partner',
] as const;

/** A question that gets a column: its newest definition, and the versions that ask it. */
export interface ExportedQuestion {
  question: Question;
  versions: number[];
}

/**
 * The questions of the exported versions that ask something, one per id: the newest version's order, then
 * any only older versions asked. Info blocks ask nothing and get no column.
 */
export function exportedQuestions(versions: FormDefinition[]): ExportedQuestion[] {
  const byId = new Map<string, ExportedQuestion>();
  for (const form of [...versions].sort((a, b) => b.version - a.version)) {
    for (const question of form.questions) {
      if (question.type === 'info') continue;
      const known = byId.get(question.id);
      if (known) known.versions.unshift(form.version);
      else byId.set(question.id, { question, versions: [form.version] });
    }
  }
  return [...byId.values()];
}

export function headerCells(questions: ExportedQuestion[]): string[] {
  return [...META_COLUMNS, ...questions.map((q) => q.question.id)];
}

/**
 * Turns a stored response into its row: metadata, then one cell per question column. Each answer is one
 * cell an officer can read and a spreadsheet can filter, using choice codes (stable across languages and
 * wording changes), not labels:
 * - multiple, ranking: the codes joined by "; " (ranking most important first): `libraries; parks`
 * - single: the code, or `other: their words` for "Other, please specify"
 * - points: `code=points` joined by "; ", in the question's option order: `libraries=4; parks=6`
 * - consent: `yes` (it is only ever given, never refused); yesno, date, postcode district, text: as given
 * - number, scale: a number
 */
export function rowCellsFor(
  versions: FormDefinition[],
  questions: ExportedQuestion[],
): (response: StoredResponse) => Cell[] {
  const ids = questions.map((q) => q.question.id);
  const asked = new Map(versions.map((f) => [f.version, new Map(f.questions.map((q) => [q.id, q]))]));
  return (r) => {
    const own = asked.get(r.formVersion);
    return [
      r.id,
      r.formVersion,
      r.submittedAt,
      r.receivedAt,
      r.deviceId,
      r.channel,
      r.language,
      r.event ?? null,
      r.partial ? 'yes' : null,
      r.paperBatch ?? null,
      r.assistance?.by ?? null,
      r.assistance?.conversationLanguage ?? null,
      r.partner ?? null,
      ...ids.map((id) => answerCell(r.answers[id], own?.get(id))),
    ];
  };
}

/** One answer as a cell; `question` is the one the response's own form version asked. */
function answerCell(answer: Answer | undefined, question?: Question): Cell {
  if (answer === undefined) return null;
  if (typeof answer === 'string' || typeof answer === 'number') return answer;
  if (typeof answer === 'boolean') return answer ? 'yes' : 'no';
  if (Array.isArray(answer)) return answer.join('; ');
  if ('other' in answer) return `other: ${answer.other}`;
  return pointsInOptionOrder(answer.points, question)
    .map(([value, points]) => `${value}=${points}`)
    .join('; ');
}

/** The question's choices first, in its order; any choice it does not list (there should be none) after. */
function pointsInOptionOrder(points: Record<string, number>, question: Question | undefined): [string, number][] {
  const order = question && 'options' in question ? question.options.map((o) => o.value) : [];
  const known = order
    .filter((value) => Object.hasOwn(points, value))
    .map((value): [string, number] => [value, points[value] ?? 0]);
  const unknown = Object.entries(points).filter(([value]) => !order.includes(value));
  return [...known, ...unknown];
}
