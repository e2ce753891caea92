import type { Question } from '../../core/form.ts';
import { type Answer, checkAnswer, isAnswered } from '../../core/response.ts';
import { t } from '../../i18n/i18n.ts';
import type { TextPicker } from './form-text.ts';

/**
 * What the person must fix before going on, in words for them (GOV.UK style: say what to do). The form's
 * own messages win where it has them. The endpoint runs the same shared check (checkAnswer) and would
 * refuse anything that got past this.
 */
export function problemFor(question: Question, answer: Answer | undefined, pick: TextPicker): string | null {
  if (question.type === 'info') return null;
  if (!isAnswered(answer)) {
    if (!question.required) return null;
    return question.errors?.required ? pick(question.errors.required).text : requiredMessage(question);
  }
  if (checkAnswer(question, answer as Answer) === null) return null;
  return question.errors?.invalid ? pick(question.errors.invalid).text : invalidMessage(question, answer as Answer);
}

function requiredMessage(question: Question): string {
  switch (question.type) {
    case 'multiple':
      return (question.minChoices ?? 1) > 1
        ? t('errors.selectAtLeast', { count: question.minChoices })
        : t('errors.selectOneOrMore');
    case 'text':
    case 'longtext':
      return t('errors.enterAnswer');
    case 'number':
      return t('errors.enterNumber');
    case 'date':
      return t('errors.enterDate');
    case 'points':
      return t('errors.sharePoints', { total: question.total });
    case 'consent':
      return t('errors.tickToAgree');
    case 'postcode-district':
      return t('errors.enterPostcodeDistrict');
    default:
      return t('errors.selectOne');
  }
}

function invalidMessage(question: Question, answer: Answer): string {
  switch (question.type) {
    case 'single':
      return typeof answer === 'object' ? t('errors.describeOther') : t('errors.selectOne');
    case 'multiple': {
      const count = Array.isArray(answer) ? answer.length : 0;
      if (question.maxChoices !== undefined && count > question.maxChoices)
        return t('errors.selectAtMost', { count: question.maxChoices });
      if (question.minChoices !== undefined && count < question.minChoices)
        return t('errors.selectAtLeast', { count: question.minChoices });
      return t('errors.exclusiveAlone');
    }
    case 'text':
    case 'longtext':
      return t('errors.tooLong', { count: question.maxLength });
    case 'number':
      return numberMessage(question, answer);
    case 'date':
      return t('errors.realDate');
    case 'points':
      return pointsMessage(question.total, answer);
    case 'postcode-district':
      return t('errors.postcodeDistrict');
    default:
      return t('errors.selectOne');
  }
}

function numberMessage(question: Extract<Question, { type: 'number' }>, answer: Answer): string {
  if (typeof answer !== 'number') return t('errors.numberLike');
  if (question.wholeNumber && !Number.isInteger(answer)) return t('errors.wholeNumber');
  const { min, max } = question;
  if (min !== undefined && max !== undefined) return t('errors.numberBetween', { min, max });
  if (min !== undefined) return t('errors.numberAtLeast', { min });
  return t('errors.numberAtMost', { max });
}

function pointsMessage(total: number, answer: Answer): string {
  if (typeof answer !== 'object' || answer === null || !('points' in answer)) return t('errors.wholePoints');
  const used = Object.values(answer.points).reduce((sum, n) => sum + n, 0);
  return t('errors.pointsAddUp', { total, used });
}
