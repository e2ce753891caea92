import { performance } from 'node:perf_hooks';
import { DEMO_FORM } from '../server/demo/demo-form.ts';
import { type FormDefinition, formKey } from '../src/core/form.ts';
import { screens } from '../src/core/logic.ts';
import { type SubmittedResponse, validateResponse } from '../src/core/response.ts';
import { demoResponses } from '../tests/support/demo-responses.ts';
import { SIXTY_ANSWERS, SIXTY_FORM } from './sixty-question-form.ts';
import { median } from './stats.ts';

export interface EngineTimes {
  /** µs per call of validateResponse (shape, then answers against the form), as the endpoint runs it. */
  validateUs: number;
  /** µs per call of screens(form, answers), which every question screen runs on each render and Continue. */
  screensUs: number;
}

const forms = new Map([DEMO_FORM, SIXTY_FORM].map((form) => [formKey(form.id, form.version), form]));
const findForm = (formId: string, version: number) => forms.get(formKey(formId, version));

/** A valid response to the 5-question demo form, the baseline. */
export const DEMO_RESPONSE: SubmittedResponse = demoResponses(1, 'bench-device')[0] as SubmittedResponse;
const SIXTY_RESPONSE: SubmittedResponse = { ...DEMO_RESPONSE, formId: SIXTY_FORM.id, answers: SIXTY_ANSWERS };

/** µs per call of `fn`, over `iterations` calls after a warm-up of a tenth as many. */
function microsPerCall(iterations: number, fn: () => void): number {
  for (let i = 0; i < iterations / 10; i++) fn();
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return ((performance.now() - start) * 1000) / iterations;
}

function timeForm(form: FormDefinition, response: SubmittedResponse, iterations: number): EngineTimes {
  const result = validateResponse(response, findForm);
  if (!result.ok) throw new Error(`The ${form.id} bench response is not valid: ${result.error}`);
  return {
    validateUs: microsPerCall(iterations, () => validateResponse(response, findForm)),
    screensUs: microsPerCall(iterations, () => screens(form, response.answers)),
  };
}

/**
 * The form engine in Node, for the 60-question form and the 5-question demo form (baseline): `rounds`
 * rounds, the forms taking turns to go first; the median round of each is kept.
 */
export function measureFormEngine(iterations: number, rounds = 3): { sixty: EngineTimes; demo: EngineTimes } {
  const runs = Array.from({ length: rounds }, (_, round) => {
    const sixtyFirst = round % 2 === 1;
    const early = sixtyFirst ? timeForm(SIXTY_FORM, SIXTY_RESPONSE, iterations) : undefined;
    const demo = timeForm(DEMO_FORM, DEMO_RESPONSE, iterations);
    return { demo, sixty: early ?? timeForm(SIXTY_FORM, SIXTY_RESPONSE, iterations) };
  });
  const mid = (pick: (run: (typeof runs)[number]) => number) => median(runs.map(pick));
  return {
    demo: { validateUs: mid((r) => r.demo.validateUs), screensUs: mid((r) => r.demo.screensUs) },
    sixty: { validateUs: mid((r) => r.sixty.validateUs), screensUs: mid((r) => r.sixty.screensUs) },
  };
}
