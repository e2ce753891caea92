import type { FormDefinition } from './form.ts';
import type { SubmittedResponse } from './response.ts';
import { TEST_PRIVACY } from './test-privacy.ts';

export { EVERY_TYPE_ANSWERS, EVERY_TYPE_FORM } from './test-form-every-type.ts';
export { LOGIC_FORM } from './test-form-logic.ts';
export { TEST_PRIVACY } from './test-privacy.ts';

/** A small form of the commonest question types, for tests in every runtime. */
export const TEST_FORM: FormDefinition = {
  id: 'test-form',
  version: 1,
  defaultLanguage: 'en',
  title: { en: 'Test form' },
  description: { en: 'A form for tests.' },
  organisation: { en: 'Test council' },
  estimatedMinutes: 2,
  privacy: TEST_PRIVACY,
  questions: [
    {
      id: 'colour',
      type: 'single',
      required: true,
      label: { en: 'Colour?' },
      options: [
        { value: 'red', label: { en: 'Red' } },
        { value: 'blue', label: { en: 'Blue' } },
      ],
    },
    {
      id: 'pets',
      type: 'multiple',
      required: false,
      maxChoices: 2,
      label: { en: 'Pets?' },
      options: [
        { value: 'cat', label: { en: 'Cat' } },
        { value: 'dog', label: { en: 'Dog' } },
        { value: 'fish', label: { en: 'Fish' } },
      ],
    },
    {
      id: 'score',
      type: 'scale',
      required: false,
      label: { en: 'Score?' },
      lowLabel: { en: 'Low' },
      highLabel: { en: 'High' },
    },
    { id: 'comment', type: 'text', required: false, maxLength: 20, label: { en: 'Comment?' } },
  ],
};

let counter = 0;

/** A valid response to TEST_FORM (or to the form named in `overrides`); a new id each call unless given. */
export function testResponse(overrides: Partial<SubmittedResponse> = {}): SubmittedResponse {
  counter++;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    formId: TEST_FORM.id,
    formVersion: TEST_FORM.version,
    deviceId: 'device-1',
    channel: 'kiosk',
    language: 'en',
    submittedAt: '2026-11-30T10:00:00.000Z',
    answers: { colour: 'red' },
    ...overrides,
  };
}
