import type { Answer } from './response.ts';

/**
 * True when an answer counts as given. Blank text, an empty list, points shared between no choices and an
 * unticked consent (false) do not: they are what a screen holds before the person has answered, so they
 * count as skipped everywhere (required checks, show-if `answered`, the endpoint).
 *
 * "Other" with blank words does count as given: the person chose "Other", and checkAnswer asks them to
 * say what it is rather than treating the question as skipped.
 */
export function isAnswered(answer: Answer | undefined): boolean {
  if (answer === undefined || answer === false) return false;
  if (typeof answer === 'string') return answer.trim() !== '';
  if (Array.isArray(answer)) return answer.length > 0;
  if (typeof answer === 'object' && 'points' in answer) return Object.keys(answer.points).length > 0;
  return true;
}
