import type { FormDefinition } from './form.ts';
import type { Answers } from './response.ts';
import { TEST_PRIVACY } from './test-privacy.ts';

/**
 * A form with one question of every type, a show-if condition, a screen of two questions, a Welsh
 * translation and an Easy Read label: for tests that must cover everything a form can hold.
 */
export const EVERY_TYPE_FORM: FormDefinition = {
  id: 'every-type',
  version: 1,
  defaultLanguage: 'en',
  title: { en: 'Every type', cy: 'Pob math', 'en-x-easy': 'All the kinds of question' },
  description: { en: 'A form with every question type.' },
  organisation: { en: 'Test council' },
  estimatedMinutes: 5,
  privacy: TEST_PRIVACY,
  questions: [
    {
      id: 'intro',
      type: 'info',
      required: false,
      label: { en: 'About this' },
      body: { en: 'Tell us what you think.' },
      image: { src: '/images/park.png', alt: { en: 'A park' } },
    },
    {
      id: 'colour',
      type: 'single',
      required: true,
      label: { en: 'Which colour should the benches be?', 'en-x-easy': 'Bench colour?' },
      options: [
        { value: 'red', label: { en: 'Red' } },
        { value: 'blue', label: { en: 'Blue' } },
      ],
      other: { label: { en: 'Another colour' }, maxLength: 30 },
    },
    {
      id: 'pets',
      type: 'multiple',
      required: false,
      minChoices: 1,
      maxChoices: 2,
      label: { en: 'Which pets do you have?' },
      options: [
        { value: 'cat', label: { en: 'Cat' } },
        { value: 'dog', label: { en: 'Dog' } },
        { value: 'fish', label: { en: 'Fish' } },
        { value: 'none', label: { en: 'None of these' }, exclusive: true },
      ],
    },
    { id: 'name', type: 'text', required: false, maxLength: 40, label: { en: 'Your first name' } },
    { id: 'story', type: 'longtext', required: false, maxLength: 1000, label: { en: 'Tell us more' } },
    {
      id: 'hours',
      type: 'number',
      required: false,
      min: 0,
      max: 24,
      wholeNumber: true,
      suffix: { en: 'hours' },
      label: { en: 'How many hours a day do you spend outside?' },
    },
    {
      id: 'visited',
      type: 'date',
      required: false,
      min: '2020-01-01',
      max: '2026-12-31',
      sameScreenAsPrevious: true,
      label: { en: 'When did you last visit the park?' },
    },
    {
      id: 'satisfaction',
      type: 'scale',
      required: false,
      faces: true,
      label: { en: 'How happy are you with the park?' },
      lowLabel: { en: 'Not happy' },
      highLabel: { en: 'Very happy' },
    },
    {
      id: 'priorities',
      type: 'ranking',
      required: false,
      label: { en: 'Put these in order' },
      options: [
        { value: 'parks', label: { en: 'Parks' } },
        { value: 'roads', label: { en: 'Roads' } },
        { value: 'schools', label: { en: 'Schools' } },
      ],
    },
    {
      id: 'budget',
      type: 'points',
      required: false,
      total: 10,
      label: { en: 'Share 10 points' },
      options: [
        { value: 'parks', label: { en: 'Parks' } },
        { value: 'roads', label: { en: 'Roads' } },
        { value: 'schools', label: { en: 'Schools' } },
      ],
    },
    { id: 'contact', type: 'yesno', required: true, label: { en: 'May we contact you about this?' } },
    {
      id: 'contact-consent',
      type: 'consent',
      required: true,
      showIf: { equals: { question: 'contact', value: 'yes' } },
      label: { en: 'Your agreement' },
      statement: { en: 'I agree that the council may contact me about this consultation.' },
    },
    { id: 'district', type: 'postcode-district', required: false, label: { en: 'Your postcode district' } },
  ],
};

/** A complete, valid set of answers to EVERY_TYPE_FORM. */
export const EVERY_TYPE_ANSWERS: Answers = {
  colour: { other: 'Green' },
  pets: ['cat', 'dog'],
  name: 'Sam',
  story: 'The park is lovely in spring.',
  hours: 3,
  visited: '2026-05-01',
  satisfaction: 4,
  priorities: ['schools', 'parks', 'roads'],
  budget: { points: { parks: 5, roads: 0, schools: 5 } },
  contact: 'yes',
  'contact-consent': true,
  district: 'RG14',
};
