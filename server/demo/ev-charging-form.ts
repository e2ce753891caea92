import type { Condition, FormDefinition } from '../../src/core/form.ts';
import { quoteConsentQuestion } from '../../src/core/quote-consent-question.ts';
import { ageBandQuestion } from './age-band-question.ts';
import { councilPrivacyNotice } from './privacy-notice.ts';

const drivesAVehicle: Condition = { not: { equals: { question: 'vehicle', value: 'no-vehicle' } } };
const noOffStreetParking: Condition = { equals: { question: 'parking', value: 'no' } };

/**
 * A consultation on where to put public charge points, seeded beside the demo. Anyone can answer; the
 * questions about driving are shown only to people with a vehicle, and those about charging on the street
 * only to people who cannot charge at home. The title, description and first two questions are also in
 * Welsh (`cy`) and Easy Read English (`en-x-easy`).
 */
export const EV_CHARGING_FORM: FormDefinition = {
  id: 'ev-charging',
  version: 1,
  defaultLanguage: 'en',
  title: {
    en: 'Electric vehicle charging near you',
    cy: 'Gwefru cerbydau trydan yn agos atoch chi',
    'en-x-easy': 'Charging points for electric cars near you',
  },
  description: {
    en: 'We are planning where to put new public charge points for electric cars and vans over the next 3 years. Tell us where you need them and what worries you. You do not need to own an electric vehicle to answer.',
    cy: "Rydym yn cynllunio ble i osod mannau gwefru cyhoeddus newydd ar gyfer ceir a faniau trydan dros y 3 blynedd nesaf. Dywedwch wrthym ble mae eu hangen arnoch a beth sy'n eich poeni. Nid oes angen i chi fod yn berchen ar gerbyd trydan i ateb.",
    'en-x-easy':
      'We want to put more charging points for electric cars in our area. Tell us where you need them. You do not need an electric car to answer.',
  },
  organisation: { en: 'Your local council' },
  estimatedMinutes: 5,
  quoteConsent: 'quote-consent',
  privacy: councilPrivacyNotice({
    purpose: 'We use your answers to decide where to put new public charge points, and what kind.',
    retention:
      'We keep your answers for 2 years after this consultation closes, then delete them. Our reports and maps show only totals by area and, if you agree, quotes without names.',
  }),
  questions: [
    {
      id: 'vehicle',
      type: 'single',
      required: true,
      label: {
        en: 'Do you own an electric vehicle, or plan to get one?',
        cy: "Oes gennych chi gerbyd trydan, neu ydych chi'n bwriadu cael un?",
        'en-x-easy': 'Do you have an electric car, or will you get one?',
      },
      hint: {
        en: 'This means a car, van or motorbike that you plug in to charge, including plug-in hybrids.',
        cy: "Mae hyn yn golygu car, fan neu feic modur rydych chi'n ei blygio i mewn i'w wefru, gan gynnwys hybridau plygio i mewn.",
        'en-x-easy': 'An electric car is a car that you plug in to charge.',
      },
      errors: {
        required: {
          en: 'Select whether you own an electric vehicle or plan to get one',
          cy: "Dewiswch a oes gennych chi gerbyd trydan neu a ydych chi'n bwriadu cael un",
          'en-x-easy': 'Choose one answer.',
        },
      },
      options: [
        {
          value: 'own',
          label: { en: 'Yes, I have one now', cy: 'Oes, mae gen i un nawr' },
        },
        {
          value: 'within-a-year',
          label: {
            en: 'No, but I plan to get one in the next 12 months',
            cy: "Nac oes, ond rwy'n bwriadu cael un yn ystod y 12 mis nesaf",
            'en-x-easy': 'No, but I will get one in the next year',
          },
        },
        {
          value: 'later',
          label: {
            en: 'No, but I plan to get one in the next 1 to 5 years',
            cy: "Nac oes, ond rwy'n bwriadu cael un yn ystod y 1 i 5 mlynedd nesaf",
            'en-x-easy': 'No, but I will get one in 1 to 5 years',
          },
        },
        {
          value: 'not-planning',
          label: {
            en: 'No, and I have no plans to get one',
            cy: 'Nac oes, ac nid oes gen i gynlluniau i gael un',
            'en-x-easy': 'No, and I do not want one',
          },
        },
        {
          value: 'no-vehicle',
          label: {
            en: 'I do not have a car, van or motorbike',
            cy: 'Nid oes gen i gar, fan na beic modur',
          },
        },
      ],
    },
    {
      id: 'charge-area',
      type: 'postcode-district',
      required: false,
      label: {
        en: 'Where do you most need a public charge point?',
        cy: 'Ble mae angen man gwefru cyhoeddus arnoch fwyaf?',
        'en-x-easy': 'Where do you most need a charging point?',
      },
      hint: {
        en: 'Enter the first part of the postcode, for example RG14. Do not enter a full postcode.',
        cy: 'Rhowch ran gyntaf y cod post, er enghraifft RG14. Peidiwch â rhoi cod post llawn.',
        'en-x-easy': 'Write the first part of the postcode. For example, RG14.',
      },
      errors: {
        invalid: {
          en: 'Enter the first part of a postcode, like RG14',
          cy: 'Rhowch ran gyntaf cod post, fel RG14',
          'en-x-easy': 'Write only the first part of the postcode, like RG14.',
        },
      },
    },
    {
      id: 'miles',
      type: 'number',
      required: false,
      showIf: drivesAVehicle,
      min: 0,
      max: 2000,
      wholeNumber: true,
      suffix: { en: 'miles' },
      label: { en: 'How many miles do you drive in a typical week?' },
      hint: { en: 'A rough guess is fine.' },
      errors: { invalid: { en: 'Enter a whole number of miles, from 0 to 2,000' } },
    },
    {
      id: 'parking',
      type: 'yesno',
      required: false,
      showIf: drivesAVehicle,
      sameScreenAsPrevious: true,
      label: { en: 'Do you have off-street parking at home?' },
      hint: { en: 'For example, a driveway or garage where you could charge a vehicle.' },
    },
    {
      id: 'street-charging',
      type: 'yesno',
      required: false,
      showIf: noOffStreetParking,
      label: { en: 'Would you use a charge point on your street if there was one?' },
    },
    {
      id: 'walk-time',
      type: 'single',
      required: false,
      showIf: noOffStreetParking,
      sameScreenAsPrevious: true,
      label: { en: 'How far would you walk from a charge point to your home?' },
      options: [
        { value: 'up-to-2-minutes', label: { en: 'Up to 2 minutes' } },
        { value: 'up-to-5-minutes', label: { en: 'Up to 5 minutes' } },
        { value: 'up-to-10-minutes', label: { en: 'Up to 10 minutes' } },
        { value: 'over-10-minutes', label: { en: 'More than 10 minutes' } },
      ],
    },
    {
      id: 'concerns',
      type: 'multiple',
      required: false,
      label: { en: 'What worries you about public charge points?' },
      hint: { en: 'Choose all that apply.' },
      options: [
        { value: 'cost', label: { en: 'The cost of charging' } },
        { value: 'broken', label: { en: 'Charge points that do not work' } },
        { value: 'none-free', label: { en: 'Not finding a free charge point when I need one' } },
        { value: 'app-to-pay', label: { en: 'Needing a smartphone app to pay' } },
        { value: 'pavements', label: { en: 'Cables or charge points blocking pavements' } },
        { value: 'parking-spaces', label: { en: 'Losing parking spaces for other vehicles' } },
        { value: 'safety', label: { en: 'Feeling unsafe while charging after dark' } },
        { value: 'none', exclusive: true, label: { en: 'No concerns' } },
      ],
    },
    {
      id: 'locations',
      type: 'ranking',
      required: false,
      label: { en: 'Where should we put new charge points first?' },
      hint: { en: 'Put these in order. Put the place that matters most to you at the top.' },
      options: [
        { value: 'council-car-parks', label: { en: 'Council car parks' } },
        { value: 'residential-streets', label: { en: 'Residential streets' } },
        { value: 'supermarkets', label: { en: 'Supermarket car parks' } },
        { value: 'leisure-centres', label: { en: 'Leisure centres' } },
        { value: 'park-and-ride', label: { en: 'Park and ride sites' } },
      ],
    },
    {
      id: 'street-support',
      type: 'scale',
      required: false,
      label: { en: 'How much do you support charge points on residential streets?' },
      hint: { en: '1 means strongly against. 5 means strongly in favour.' },
      lowLabel: { en: 'Strongly against' },
      highLabel: { en: 'Strongly in favour' },
    },
    {
      id: 'comments',
      type: 'longtext',
      required: false,
      maxLength: 1500,
      label: { en: 'Is there anything else you would like to tell us about charge points?' },
    },
    quoteConsentQuestion(['comments']),
    ageBandQuestion(),
  ],
};
