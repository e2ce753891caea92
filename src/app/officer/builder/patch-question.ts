import type { Question } from '../../../core/form.ts';
import { changeForm } from './draft-session.ts';

export type Fields = Record<string, unknown>;

/** Sets (or, given undefined, removes) fields of the question at `index`. */
export function patchQuestion(index: number, fields: Fields): void {
  changeForm((form) => ({
    ...form,
    questions: form.questions.map((q, i) => (i === index ? (clean({ ...q, ...fields }) as Question) : q)),
  }));
}

/** The object without its undefined fields, so a draft's JSON has no empty keys. */
export function clean(object: Fields): Fields {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
