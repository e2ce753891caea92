import type { FormDefinition } from '../../src/core/form.ts';
import { TEST_PRIVACY } from '../../src/core/test-fixtures.ts';

/** A small consultation's first version, for tests that publish a next version of it. */
export const PARK_V1: FormDefinition = {
  id: 'park-survey',
  version: 1,
  defaultLanguage: 'en',
  title: { en: 'Our park' },
  description: { en: 'Tell us about the park.' },
  organisation: { en: 'Test council' },
  estimatedMinutes: 2,
  privacy: TEST_PRIVACY,
  questions: [
    { id: 'visits', type: 'yesno', required: true, label: { en: 'Do you visit the park?' } },
    { id: 'improve', type: 'text', required: false, maxLength: 200, label: { en: 'What would you improve?' } },
  ],
};
