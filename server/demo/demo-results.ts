import type { ResultsContent } from '../../src/core/results-page.ts';
import type { Store } from '../store/store.ts';
import { LIBRARY_HUBS_FORM } from './library-hubs-form.ts';

/**
 * A published "You said, we did" page for the library hubs consultation, so the welcome screen, the results
 * page and the poster can be seen at once. The quotes are invented and say so; their response ids point at
 * no real response.
 */
export const DEMO_RESULTS: ResultsContent = {
  themes: [
    {
      id: 'opening-hours',
      title: { en: 'Opening hours', cy: 'Oriau agor' },
      said: {
        en: 'Many of you said the library is closed when you could visit, especially in the evening and on Sundays.',
        cy: "Dywedodd llawer ohonoch fod y llyfrgell ar gau pan allech chi ymweld, yn enwedig gyda'r nos ac ar ddydd Sul.",
      },
      quotes: [
        {
          responseId: '00000000-0000-4000-8000-00000000d001',
          questionId: 'ideas',
          text: 'Sample quote: I work until six, so I can never get there before it shuts.',
        },
      ],
    },
    {
      id: 'help-with-services',
      title: { en: 'Help with council services', cy: 'Help gyda gwasanaethau’r cyngor' },
      said: { en: 'People would like help with forms, council tax and blue badges in the library.' },
      quotes: [
        {
          responseId: '00000000-0000-4000-8000-00000000d002',
          questionId: 'ideas',
          text: 'Sample quote: Somebody to help with forms, face to face, would make a big difference.',
        },
      ],
    },
  ],
  outcomes: [
    {
      id: 'late-opening',
      action: {
        en: 'Open three libraries until 8pm on Tuesdays and Thursdays',
        cy: 'Agor tair llyfrgell tan 8pm ar ddydd Mawrth a dydd Iau',
      },
      owner: { en: 'Library service' },
      due: '2027-04-01',
      measure: { en: 'Evening visits counted every month' },
      status: 'done',
      update: { text: { en: 'Late opening started at three libraries.' }, date: '2027-03-28' },
    },
    {
      id: 'council-desk',
      action: { en: 'A council services help desk in the central library, twice a week' },
      owner: { en: 'Customer services' },
      due: '2027-06-30',
      measure: { en: 'Number of people helped at the desk' },
      status: 'in-progress',
    },
    {
      id: 'sunday-opening',
      action: { en: 'Look at Sunday opening at one library' },
      owner: { en: 'Library service' },
      due: '2027-09-30',
      measure: { en: 'A decision reported to the communities committee' },
      status: 'planned',
    },
    {
      id: 'mobile-library',
      action: { en: 'Add a stop for the mobile library on the estate' },
      owner: { en: 'Library service' },
      due: '2027-03-31',
      measure: { en: 'Stop added to the timetable' },
      status: 'not-done',
      update: {
        text: { en: 'The road is too narrow for the vehicle; we are looking for another place.' },
        date: '2027-03-15',
      },
    },
  ],
};

/** Publishes the demo results page once: an officer's own page (or an unpublished one) is never replaced. */
export async function seedDemoResults(store: Store, now = new Date()): Promise<void> {
  if (await store.results.findResults(LIBRARY_HUBS_FORM.id)) return;
  await store.results.saveResults(LIBRARY_HUBS_FORM.id, DEMO_RESULTS, null, now);
  await store.results.setResultsStatus(LIBRARY_HUBS_FORM.id, 'published', null, now);
}
