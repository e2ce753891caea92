import { equalityBlock } from '../../src/core/equality/equality-block.ts';
import type { FormDefinition } from '../../src/core/form.ts';
import { quoteConsentQuestion } from '../../src/core/quote-consent-question.ts';
import { councilPrivacyNotice } from './privacy-notice.ts';

/**
 * A consultation on turning libraries into community hubs, seeded beside the demo. It asks people who do
 * not use a library what stops them, since they are the ones the change is for. The title, description and
 * first two questions are also in Welsh (`cy`) and Easy Read English (`en-x-easy`); the rest falls back to
 * English, so the page's fallback notice can be seen.
 *
 * Version 2 ends with the equality monitoring block ("About you", src/core/equality/) in place of version
 * 1's age question, so officers can compare who answered with the area's population.
 */
export const LIBRARY_HUBS_FORM: FormDefinition = {
  id: 'library-hubs',
  version: 2,
  defaultLanguage: 'en',
  title: {
    en: 'Libraries as community hubs',
    cy: 'Llyfrgelloedd fel canolfannau cymunedol',
    'en-x-easy': 'Libraries as places for everyone',
  },
  description: {
    en: 'We want our libraries to be places where everyone can meet, learn and get help. Tell us how you use libraries now and what would make you use them more. We will use your answers to plan changes from next April.',
    cy: "Rydym am i'n llyfrgelloedd fod yn lleoedd lle gall pawb gyfarfod, dysgu a chael help. Dywedwch wrthym sut rydych yn defnyddio llyfrgelloedd nawr a beth fyddai'n gwneud i chi eu defnyddio'n fwy. Byddwn yn defnyddio eich atebion i gynllunio newidiadau o fis Ebrill nesaf.",
    'en-x-easy':
      'We want libraries to be good places for everyone. Tell us what you would like to do there. Your answers help us plan changes.',
  },
  organisation: { en: 'Your local council' },
  estimatedMinutes: 6,
  quoteConsent: 'quote-consent',
  privacy: councilPrivacyNotice({
    purpose: 'We use your answers to decide what our libraries offer, when they open and who they work with.',
    retention:
      'We keep your answers for 2 years after this consultation closes, then delete them. Our reports show only totals and, if you agree, quotes without names.',
  }),
  questions: [
    {
      id: 'uses',
      type: 'multiple',
      required: true,
      label: {
        en: 'What would you use a library for?',
        cy: "Ar gyfer beth fyddech chi'n defnyddio llyfrgell?",
        'en-x-easy': 'What would you like to do at a library?',
      },
      hint: {
        en: 'Choose all that apply.',
        cy: "Dewiswch bob un sy'n berthnasol.",
        'en-x-easy': 'You can choose more than one.',
      },
      errors: {
        required: {
          en: 'Select what you would use a library for, or select "None of these"',
          cy: 'Dewiswch ar gyfer beth fyddech chi\'n defnyddio llyfrgell, neu dewiswch "Dim un o\'r rhain"',
          'en-x-easy': 'Choose at least one answer.',
        },
      },
      options: [
        {
          value: 'books',
          label: {
            en: 'Borrowing books, audiobooks or e-books',
            cy: 'Benthyg llyfrau, llyfrau llafar neu e-lyfrau',
            'en-x-easy': 'Borrow books to read or listen to',
          },
        },
        {
          value: 'computers',
          label: {
            en: 'Using a computer or the free wifi',
            cy: "Defnyddio cyfrifiadur neu'r wifi am ddim",
            'en-x-easy': 'Use a computer or the internet',
          },
        },
        {
          value: 'study',
          label: {
            en: 'Studying or working somewhere quiet',
            cy: 'Astudio neu weithio mewn lle tawel',
            'en-x-easy': 'Study or work somewhere quiet',
          },
        },
        {
          value: 'children',
          label: {
            en: 'Activities for children and families',
            cy: 'Gweithgareddau i blant a theuluoedd',
            'en-x-easy': 'Do activities with my children',
          },
        },
        {
          value: 'events',
          label: {
            en: 'Talks, clubs and events',
            cy: 'Sgyrsiau, clybiau a digwyddiadau',
            'en-x-easy': 'Go to talks and clubs',
          },
        },
        {
          value: 'digital-help',
          label: {
            en: 'Help with online forms, such as for benefits or housing',
            cy: 'Help gyda ffurflenni ar-lein, er enghraifft ar gyfer budd-daliadau neu dai',
            'en-x-easy': 'Get help filling in forms on the internet',
          },
        },
        {
          value: 'warm-space',
          label: {
            en: 'A warm, welcoming place to spend time',
            cy: 'Lle cynnes a chroesawgar i dreulio amser',
            'en-x-easy': 'Sit somewhere warm and friendly',
          },
        },
        {
          value: 'meeting-rooms',
          label: {
            en: 'Meeting rooms for community groups',
            cy: 'Ystafelloedd cyfarfod i grwpiau cymunedol',
            'en-x-easy': 'Meet with a community group',
          },
        },
        {
          value: 'none',
          exclusive: true,
          label: { en: 'None of these', cy: "Dim un o'r rhain" },
        },
      ],
    },
    {
      id: 'visit',
      type: 'single',
      required: true,
      label: {
        en: 'How often do you visit a library?',
        cy: "Pa mor aml ydych chi'n ymweld â llyfrgell?",
        'en-x-easy': 'How often do you go to a library?',
      },
      errors: {
        required: {
          en: 'Select how often you visit a library',
          cy: "Dewiswch pa mor aml rydych chi'n ymweld â llyfrgell",
          'en-x-easy': 'Choose one answer.',
        },
      },
      options: [
        {
          value: 'weekly',
          label: { en: 'At least once a week', cy: 'O leiaf unwaith yr wythnos', 'en-x-easy': 'Every week' },
        },
        {
          value: 'monthly',
          label: { en: 'At least once a month', cy: 'O leiaf unwaith y mis', 'en-x-easy': 'Every month' },
        },
        {
          value: 'few-times-a-year',
          label: { en: 'A few times a year', cy: "Ychydig o weithiau'r flwyddyn" },
        },
        {
          value: 'not-now',
          label: {
            en: 'I do not use a library at the moment',
            cy: 'Nid wyf yn defnyddio llyfrgell ar hyn o bryd',
            'en-x-easy': 'I do not go to a library now',
          },
        },
      ],
      other: {
        label: { en: 'Other, please specify', cy: 'Arall, nodwch', 'en-x-easy': 'Something else. Tell us what.' },
        maxLength: 200,
      },
    },
    {
      id: 'barriers',
      type: 'multiple',
      required: false,
      showIf: { equals: { question: 'visit', value: 'not-now' } },
      label: { en: 'What stops you from using a library?' },
      hint: { en: 'Choose all that apply.' },
      options: [
        { value: 'not-open-when-free', label: { en: 'It is not open when I am free' } },
        { value: 'too-far', label: { en: 'It is too far away or hard to get to' } },
        { value: 'access', label: { en: 'The building is hard to get into or around' } },
        { value: 'not-for-me', label: { en: 'I do not feel it is for people like me' } },
        { value: 'did-not-know', label: { en: 'I did not know what it offers' } },
        { value: 'online', label: { en: 'I get what I need online' } },
        { value: 'something-else', label: { en: 'Something else' } },
      ],
    },
    {
      id: 'barriers-other',
      type: 'text',
      required: false,
      maxLength: 300,
      showIf: { includes: { question: 'barriers', value: 'something-else' } },
      label: { en: 'What else stops you from using a library?' },
    },
    {
      id: 'opening-times',
      type: 'multiple',
      required: false,
      label: { en: 'When would you like your library to be open?' },
      hint: { en: 'Choose all that apply.' },
      options: [
        { value: 'weekday-mornings', label: { en: 'Weekday mornings' } },
        { value: 'weekday-afternoons', label: { en: 'Weekday afternoons' } },
        { value: 'weekday-evenings', label: { en: 'Weekday evenings, until 8pm' } },
        { value: 'saturdays', label: { en: 'Saturdays' } },
        { value: 'sundays', label: { en: 'Sundays' } },
      ],
    },
    {
      id: 'ideas-intro',
      type: 'info',
      required: false,
      label: { en: 'Our ideas for libraries' },
      body: {
        en: 'We cannot do everything at once, so we need to know what matters most. On the next screen you have 10 points to share between our ideas. Give more points to the ideas you like best.',
      },
    },
    {
      id: 'priorities',
      type: 'points',
      required: false,
      total: 10,
      label: { en: 'Share 10 points between these ideas' },
      hint: { en: 'You can give 0 points to an idea. Your points must add up to 10.' },
      errors: { invalid: { en: 'Your points must add up to 10' } },
      options: [
        { value: 'evening-hours', label: { en: 'Longer opening hours in the evening' } },
        { value: 'weekend-opening', label: { en: 'Opening at weekends' } },
        { value: 'quiet-study', label: { en: 'A quiet space to study or work' } },
        { value: 'children-activities', label: { en: 'More activities for children' } },
        { value: 'digital-help', label: { en: 'Help using computers, phones and the internet' } },
        { value: 'warm-space', label: { en: 'A warm space in winter' } },
        { value: 'meeting-rooms', label: { en: 'Rooms that community groups can book' } },
      ],
    },
    {
      id: 'reach',
      type: 'ranking',
      required: false,
      label: { en: 'Who should libraries do more to reach?' },
      hint: { en: 'Put these in order. Put the group you think matters most at the top.' },
      options: [
        { value: 'older-people', label: { en: 'Older people who live alone' } },
        { value: 'young-people', label: { en: 'Young people aged 11 to 18' } },
        { value: 'families', label: { en: 'Families with young children' } },
        { value: 'job-seekers', label: { en: 'People looking for work' } },
        { value: 'new-residents', label: { en: 'People new to the area or to the UK' } },
        { value: 'disabled-people', label: { en: 'Disabled people' } },
      ],
    },
    {
      id: 'council-services',
      type: 'yesno',
      required: false,
      label: { en: 'Would you use your library more if you could get help with other council services there?' },
      hint: { en: 'For example, help with council tax, housing or blue badges.' },
    },
    {
      id: 'ideas',
      type: 'longtext',
      required: false,
      maxLength: 1500,
      label: { en: 'Is there anything else you would like to tell us about libraries?' },
      hint: { en: 'For example, an idea, something that works well now, or something that needs to change.' },
    },
    quoteConsentQuestion(['barriers-other', 'ideas']),
    ...equalityBlock(),
  ],
};
