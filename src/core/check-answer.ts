import { isCalendarDate } from './calendar-date.ts';
import { type Question, SCALE_MAX, SCALE_MIN } from './form.ts';
import { isPostcodeDistrict } from './postcode-district.ts';
import type { Answer } from './response.ts';

/** How long "Other, please specify" may be when the form does not say. */
export const OTHER_MAX_LENGTH = 200;

/**
 * Checks one given answer against its question's rules. Returns an error naming the question, or null when
 * the answer is acceptable. Whether a blank answer may be skipped is checkAnswers' question, not this one's.
 * Text lengths are counted as the page's `maxlength` counts them (UTF-16 units), so the two never disagree.
 */
export function checkAnswer(question: Question, answer: Answer): string | null {
  const q = `Question "${question.id}"`;
  switch (question.type) {
    case 'info':
      return `${q} is information only and takes no answer.`;
    case 'single': {
      if (typeof answer === 'string') return choiceError(question, q, answer);
      if (!isObject(answer) || !('other' in answer)) return `${q} takes one choice.`;
      if (!question.other) return `${q} has no "Other" choice.`;
      if (typeof answer.other !== 'string' || answer.other.trim() === '')
        return `${q}: say what "Other" is, or choose another answer.`;
      const max = question.other.maxLength ?? OTHER_MAX_LENGTH;
      if (answer.other.length > max) return `${q} allows at most ${max} characters for "Other".`;
      return null;
    }
    case 'multiple': {
      const listError = choiceListError(question, q, answer);
      if (listError) return listError;
      const chosen = answer as string[];
      const exclusive = question.options.find((o) => o.exclusive && chosen.includes(o.value));
      if (exclusive)
        return chosen.length === 1 ? null : `${q}: "${exclusive.value}" cannot be chosen with other choices.`;
      if (question.minChoices !== undefined && chosen.length < question.minChoices)
        return `${q} needs at least ${plural(question.minChoices, 'choice')}.`;
      if (question.maxChoices !== undefined && chosen.length > question.maxChoices)
        return `${q} allows at most ${plural(question.maxChoices, 'choice')}.`;
      return null;
    }
    case 'ranking': {
      const listError = choiceListError(question, q, answer);
      if (listError) return listError;
      const missing = question.options.find((o) => !(answer as string[]).includes(o.value));
      return missing ? `${q} puts every choice in order, but "${missing.value}" is missing.` : null;
    }
    case 'points':
      return pointsError(question, q, answer);
    case 'text':
    case 'longtext':
      if (typeof answer !== 'string') return `${q} takes text.`;
      return answer.length > question.maxLength ? `${q} allows at most ${question.maxLength} characters.` : null;
    case 'number': {
      if (typeof answer !== 'number' || !Number.isFinite(answer)) return `${q} takes a number.`;
      if (question.wholeNumber && !Number.isInteger(answer)) return `${q} takes a whole number.`;
      const { min, max } = question;
      if ((min !== undefined && answer < min) || (max !== undefined && answer > max))
        return `${q} takes a number ${rangeWords(min, max, 'of at least', 'of at most')}.`;
      return null;
    }
    case 'date': {
      if (typeof answer !== 'string' || !isCalendarDate(answer)) return `${q} takes a real date written YYYY-MM-DD.`;
      const { min, max } = question;
      if ((min !== undefined && answer < min) || (max !== undefined && answer > max))
        return `${q} takes a date ${rangeWords(min, max, 'on or after', 'on or before')}.`;
      return null;
    }
    case 'scale':
      if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < SCALE_MIN || answer > SCALE_MAX)
        return `${q} takes a whole number from ${SCALE_MIN} to ${SCALE_MAX}.`;
      return null;
    case 'yesno':
      return answer === 'yes' || answer === 'no' ? null : `${q} takes "yes" or "no".`;
    case 'consent':
      return answer === true ? null : `${q} can only be answered by agreeing (true).`;
    case 'postcode-district':
      if (typeof answer === 'string' && isPostcodeDistrict(answer)) return null;
      return `${q} takes the first half of a UK postcode in capitals, like "RG14"; ${JSON.stringify(answer)} is not one.`;
  }
}

type WithOptions = Extract<Question, { options: unknown }>;

function choiceError(question: WithOptions, q: string, value: string): string | null {
  return question.options.some((o) => o.value === value) ? null : `${q} has no choice "${value}".`;
}

/** A list of known choice values, each given once. */
function choiceListError(question: WithOptions, q: string, answer: Answer): string | null {
  if (!Array.isArray(answer) || !answer.every((a) => typeof a === 'string')) return `${q} takes a list of choices.`;
  for (const value of answer) {
    const error = choiceError(question, q, value);
    if (error) return error;
  }
  return new Set(answer).size === answer.length ? null : `${q} has a choice given twice.`;
}

function pointsError(question: Extract<Question, { type: 'points' }>, q: string, answer: Answer): string | null {
  if (!isObject(answer) || !('points' in answer) || !isObject(answer.points))
    return `${q} takes points for each choice, like {"points": {"${question.options[0]?.value}": ${question.total}}}.`;
  let sum = 0;
  for (const [value, points] of Object.entries(answer.points)) {
    const error = choiceError(question, q, value);
    if (error) return error;
    if (typeof points !== 'number' || !Number.isInteger(points) || points < 0)
      return `${q} gives each choice a whole number of points, 0 or more; "${value}" has ${JSON.stringify(points)}.`;
    sum += points;
  }
  return sum === question.total
    ? null
    : `${q} shares out exactly ${question.total} points, but these add up to ${sum}.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rangeWords<T>(min: T | undefined, max: T | undefined, atLeast: string, atMost: string): string {
  if (min !== undefined && max !== undefined) return `from ${min} to ${max}`;
  return min !== undefined ? `${atLeast} ${min}` : `${atMost} ${max}`;
}
