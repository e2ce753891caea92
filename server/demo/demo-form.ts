import type { FormDefinition } from '../../src/core/form.ts';
import { ageBandQuestion } from './age-band-question.ts';
import { councilPrivacyNotice } from './privacy-notice.ts';

/**
 * The consultation seeded on first start, so a newcomer sees Chorus work. Its service areas are the
 * council's own list of areas for co-production. Browser tests answer it by its visible wording.
 */
export const DEMO_FORM: FormDefinition = {
  id: 'shape-services',
  version: 1,
  defaultLanguage: 'en',
  title: { en: 'Which council services should we shape together?' },
  description: {
    en: 'We want to plan some of our services with the people who use them. Tell us which services matter most to you and how you would like to take part.',
  },
  organisation: { en: 'Your local council' },
  estimatedMinutes: 3,
  privacy: councilPrivacyNotice({
    purpose: 'We use your answers to choose which services to plan with residents, and how to involve them.',
    retention:
      'We keep your answers for 2 years after this consultation closes, then delete them. Our reports show only totals.',
  }),
  questions: [
    {
      id: 'areas',
      type: 'multiple',
      required: true,
      maxChoices: 3,
      label: { en: 'Which services would you most like to help shape?' },
      hint: { en: 'Choose up to 3.' },
      options: [
        { value: 'libraries', label: { en: 'Libraries as community hubs' } },
        { value: 'adult-care', label: { en: 'Adult social care' } },
        { value: 'children', label: { en: "Children's services" } },
        { value: 'planning', label: { en: 'Planning and neighbourhood plans' } },
        { value: 'environment', label: { en: 'The environment and electric vehicle charging points' } },
        {
          value: 'regulatory',
          label: { en: 'Regulatory services, such as food safety, trading standards and licensing' },
        },
      ],
    },
    {
      id: 'listening',
      type: 'scale',
      required: true,
      label: { en: 'How well does the council listen to people like you?' },
      hint: { en: '1 means not at all well. 5 means very well.' },
      lowLabel: { en: 'Not at all well' },
      highLabel: { en: 'Very well' },
    },
    {
      id: 'change',
      type: 'longtext',
      required: false,
      maxLength: 1200,
      label: { en: 'What is one thing the council should change about how it works with residents?' },
      hint: { en: 'Write as much or as little as you like.' },
    },
    {
      id: 'involvement',
      type: 'single',
      required: true,
      label: { en: 'How would you like to be involved?' },
      options: [
        { value: 'kept-informed', label: { en: 'Just tell me what the council decides' } },
        { value: 'short-surveys', label: { en: 'Answer short surveys like this one' } },
        { value: 'group-sessions', label: { en: 'Come to a group session now and then' } },
        { value: 'co-design', label: { en: 'Help design a service with staff over a few months' } },
        { value: 'not-now', label: { en: 'I do not want to be involved at the moment' } },
      ],
    },
    ageBandQuestion(),
  ],
};
