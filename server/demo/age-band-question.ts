import type { Question } from '../../src/core/form.ts';

type SingleQuestion = Extract<Question, { type: 'single' }>;

/**
 * The optional age question every demo consultation ends with: age bands, never a date of birth, so
 * officers can compare who answered with the area's population (ONS Census 2021 counts by these bands).
 * A new object each call, so one form cannot change another's.
 */
export function ageBandQuestion(): SingleQuestion {
  return {
    id: 'age',
    type: 'single',
    required: false,
    label: { en: 'What is your age?' },
    hint: { en: 'This helps us see who we have heard from and who we are missing.' },
    options: [
      { value: 'under-16', label: { en: 'Under 16' } },
      { value: '16-24', label: { en: '16 to 24' } },
      { value: '25-34', label: { en: '25 to 34' } },
      { value: '35-44', label: { en: '35 to 44' } },
      { value: '45-54', label: { en: '45 to 54' } },
      { value: '55-64', label: { en: '55 to 64' } },
      { value: '65-74', label: { en: '65 to 74' } },
      { value: '75-plus', label: { en: '75 or over' } },
      { value: 'prefer-not-to-say', label: { en: 'Prefer not to say' } },
    ],
  };
}
