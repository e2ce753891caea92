import type { FormDefinition } from './form.ts';

/** A privacy notice for test forms: every published form must carry one. */
export const TEST_PRIVACY: FormDefinition['privacy'] = {
  controller: { en: 'Test council' },
  purpose: { en: 'To plan services (public task).' },
  retention: { en: 'Two years.' },
  rights: { en: 'Ask us to see or correct your answers.' },
};
