import type { FormDefinition } from './form.ts';
import { TEST_PRIVACY } from './test-privacy.ts';

/**
 * A form whose questions depend on each other, for tests of show-if logic and screens:
 * has-pet → kind (single, cat/dog/other) → name (same screen as kind, cats only) → walks (dogs only) →
 * walk-note (information, same screen as walks, when walks is answered) → transport (multiple, with
 * "none") → bus-route (when transport includes bus) → follow-up (any of: no pet and walking, or a bus route).
 */
export const LOGIC_FORM: FormDefinition = {
  id: 'logic-form',
  version: 1,
  defaultLanguage: 'en',
  title: { en: 'Logic form' },
  description: { en: 'A form with show-if logic.' },
  organisation: { en: 'Test council' },
  estimatedMinutes: 3,
  privacy: TEST_PRIVACY,
  questions: [
    { id: 'has-pet', type: 'yesno', required: true, label: { en: 'Do you have a pet?' } },
    {
      id: 'kind',
      type: 'single',
      required: true,
      showIf: { equals: { question: 'has-pet', value: 'yes' } },
      label: { en: 'What kind?' },
      options: [
        { value: 'cat', label: { en: 'Cat' } },
        { value: 'dog', label: { en: 'Dog' } },
      ],
      other: { label: { en: 'Another animal' } },
    },
    {
      id: 'name',
      type: 'text',
      required: false,
      maxLength: 40,
      sameScreenAsPrevious: true,
      showIf: { equals: { question: 'kind', value: 'cat' } },
      label: { en: "Your cat's name" },
    },
    {
      id: 'walks',
      type: 'number',
      required: true,
      wholeNumber: true,
      min: 0,
      showIf: { equals: { question: 'kind', value: 'dog' } },
      label: { en: 'Walks a day' },
    },
    {
      id: 'walk-note',
      type: 'info',
      required: false,
      sameScreenAsPrevious: true,
      showIf: { answered: 'walks' },
      label: { en: 'Thank you' },
      body: { en: 'Walks help us plan paths.' },
    },
    {
      id: 'transport',
      type: 'multiple',
      required: true,
      label: { en: 'How do you travel?' },
      options: [
        { value: 'bus', label: { en: 'Bus' } },
        { value: 'car', label: { en: 'Car' } },
        { value: 'walk', label: { en: 'Walking' } },
        { value: 'none', label: { en: 'None of these' }, exclusive: true },
      ],
    },
    {
      id: 'bus-route',
      type: 'text',
      required: true,
      maxLength: 20,
      showIf: { includes: { question: 'transport', value: 'bus' } },
      label: { en: 'Which bus route?' },
    },
    {
      id: 'follow-up',
      type: 'longtext',
      required: false,
      maxLength: 500,
      showIf: {
        any: [
          {
            all: [
              { equals: { question: 'has-pet', value: 'no' } },
              { includes: { question: 'transport', value: 'walk' } },
            ],
          },
          { not: { not: { answered: 'bus-route' } } },
        ],
      },
      label: { en: 'Anything else?' },
    },
  ],
};
