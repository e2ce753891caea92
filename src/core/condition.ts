import * as v from 'valibot';

/**
 * Show-if logic: a condition on answers to earlier questions.
 * - `{ equals: { question, value } }`: the answer is exactly this (a choice code, "yes", a number).
 * - `{ includes: { question, value } }`: a multiple-choice answer includes this choice.
 * - `{ answered: question }`: the question has an answer.
 * - `{ not: condition }`, `{ all: [conditions] }`, `{ any: [conditions] }`.
 */
export type Condition =
  | { equals: { question: string; value: string | number | boolean } }
  | { includes: { question: string; value: string } }
  | { answered: string }
  | { not: Condition }
  | { all: Condition[] }
  | { any: Condition[] };

const questionId = v.pipe(v.string(), v.minLength(1));

export const ConditionSchema: v.GenericSchema<Condition> = v.union(
  [
    v.strictObject({
      equals: v.strictObject({ question: questionId, value: v.union([v.string(), v.number(), v.boolean()]) }),
    }),
    v.strictObject({ includes: v.strictObject({ question: questionId, value: v.string() }) }),
    v.strictObject({ answered: questionId }),
    v.strictObject({ not: v.lazy(() => ConditionSchema) }),
    v.strictObject({ all: v.pipe(v.array(v.lazy(() => ConditionSchema)), v.minLength(1)) }),
    v.strictObject({ any: v.pipe(v.array(v.lazy(() => ConditionSchema)), v.minLength(1)) }),
  ],
  'A condition is one of equals, includes, answered, not, all or any.',
);
